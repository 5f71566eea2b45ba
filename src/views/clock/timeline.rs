//! The timeline chart: one bar per computed due time, from the send moment, waiting time until
//! acceptance lighter. An SVG with a title and description; the table beside it has the numbers.

use guide_model::clock::date::DateTime;
use leptos::prelude::*;

/// One bar.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineBar {
    pub label: String,
    pub accepted: DateTime,
    pub due: DateTime,
    pub urgent: bool,
}

const ROW: f64 = 36.0;
const LEFT: f64 = 4.0;
const WIDTH: f64 = 600.0;

/// The chart, hours on the horizontal axis from the send moment.
#[component]
pub fn Timeline(sent: DateTime, bars: Vec<TimelineBar>) -> impl IntoView {
    if bars.is_empty() {
        return None;
    }
    let start = sent.total_minutes();
    let end = bars.iter().map(|b| b.due.total_minutes()).max().unwrap_or(start + 60).max(start + 60);
    let span = (end - start) as f64;
    let x = |t: i64| LEFT + (t - start) as f64 / span * (WIDTH - 2.0 * LEFT);
    let height = ROW * bars.len() as f64 + 30.0;
    let hours = (span / 60.0).ceil() as i64;
    let step = [1, 3, 6, 12, 24, 48].into_iter().find(|s| hours / s <= 8).unwrap_or(96);
    let ticks: Vec<i64> = (0..=hours / step).map(|i| i * step).collect();
    let desc = format!(
        "送信時刻から各サービスの返却期限までを横棒で示した図です。最も早い返却は{}、最も遅い返却は{}です。",
        bars.first().map(|b| b.due.label()).unwrap_or_default(),
        bars.last().map(|b| b.due.label()).unwrap_or_default()
    );
    Some(view! {
        <figure class="timeline">
            <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-labelledby="timeline-title timeline-desc" preserveAspectRatio="xMinYMin meet">
                <title id="timeline-title">"返却期限のタイムライン"</title>
                <desc id="timeline-desc">{desc}</desc>
                {ticks.into_iter().map(|h| {
                    let tx = x(start + h * 60);
                    view! {
                        <line x1=tx x2=tx y1="0" y2=height - 18.0 class="tick"/>
                        <text x=tx y=height - 4.0 class="tick-label">{format!("+{h}h")}</text>
                    }
                }).collect_view()}
                {bars.into_iter().enumerate().map(|(i, b)| {
                    let y = i as f64 * ROW + 4.0;
                    let (a, d) = (x(b.accepted.total_minutes()), x(b.due.total_minutes()));
                    let class = if b.urgent { "bar urgent" } else { "bar" };
                    view! {
                        <g>
                            <text x=LEFT y=y + 11.0 class="bar-label">{format!("{} — {}", b.label, b.due.label())}</text>
                            <rect x=LEFT y=y + 15.0 width=(a - LEFT).max(0.0) height="12" class="wait"/>
                            <rect x=a y=y + 15.0 width=(d - a).max(2.0) height="12" class=class/>
                        </g>
                    }
                }).collect_view()}
            </svg>
            <figcaption>"濃い棒は受付から返却期限まで、薄い部分は受付開始までの待ち時間です。"</figcaption>
        </figure>
    })
}
