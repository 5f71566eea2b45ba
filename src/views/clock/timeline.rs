//! The timeline chart: one bar per due time from the send moment, the wait until acceptance
//! lighter. It is drawn in HTML for the width it has: each row is a line of text (the service,
//! its kind and due time) in the page's own type size, over a bar whose start and length are
//! percentages of the span, so the labels stay between 13 and 14 CSS px on a 320 px phone and
//! on a 1280 px screen alike (an SVG scaled to its width shrank them to 5 px on a phone). The
//! rows are a list a screen reader reads as text; the bars are hidden from it, and the table
//! below gives the same numbers.
//!
//! The chart draws the due times the stated words fix, not the estimated ones: a bar puts a
//! time on a scale with a precision an assumption does not have, and an estimate drawn beside
//! firm times would read as one of them. The estimated times are listed in their own table.

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

/// The chart, hours on the horizontal axis from the send moment.
#[component]
pub fn Timeline(sent: DateTime, bars: Vec<TimelineBar>) -> impl IntoView {
    if bars.is_empty() {
        return None;
    }
    let start = sent.total_minutes();
    let end = bars.iter().map(|b| b.due.total_minutes()).max().unwrap_or(start + 60).max(start + 60);
    let span = (end - start) as f64;
    let at = move |t: i64| ((t - start) as f64 / span * 100.0).clamp(0.0, 100.0);
    let hours = (span / 60.0).ceil() as i64;
    let step = [1, 3, 6, 12, 24, 48].into_iter().find(|s| hours / s <= 5).unwrap_or(96);
    // At most six hour marks: on a 320 px phone each still has room for its label.
    let ticks: Vec<i64> = (0..=hours / step).map(|i| i * step).collect();
    let desc = format!(
        "送信時刻から各サービスの返却期限までを横棒で示した図です。最も早い返却は{}、最も遅い返却は{}です。濃い棒は受付から返却期限まで、薄い部分は受付開始までの待ち時間です。",
        bars.first().map(|b| b.due.label()).unwrap_or_default(),
        bars.last().map(|b| b.due.label()).unwrap_or_default()
    );
    Some(view! {
        <figure class="timeline" aria-labelledby="timeline-title" aria-describedby="timeline-desc">
            <figcaption>
                <span class="timeline-title" id="timeline-title">"返却期限のタイムライン(記載どおりに計算できた期限)"</span>
                <span class="timeline-desc" id="timeline-desc">{desc}</span>
            </figcaption>
            <ol class="timeline-rows">
                {bars.into_iter().map(|b| {
                    let (a, d) = (at(b.accepted.total_minutes()), at(b.due.total_minutes()));
                    let class = if b.urgent { "bar urgent" } else { "bar" };
                    view! {
                        <li class="timeline-row">
                            <span class="timeline-label">{format!("{} — {}", b.label, b.due.label())}</span>
                            <span class="timeline-track" aria-hidden="true">
                                <span class="wait" style:width=format!("{a:.3}%")></span>
                                // A bar is never thinner than 3 px, and never runs past the track.
                                <span class=class style:left=format!("min({a:.3}%, calc(100% - 3px))")
                                    style:width=format!("max(3px, {:.3}%)", d - a)></span>
                            </span>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <div class="timeline-axis" aria-hidden="true">
                {ticks.into_iter().map(|h| {
                    let x = at(start + h * 60);
                    // Shifted by its own position, a label starts at the left edge and ends at the
                    // right one, so none hangs out of the chart.
                    view! {
                        <span class="tick-label" style:left=format!("{x:.3}%") style:transform=format!("translateX(-{x:.3}%)")>
                            {format!("+{h}h")}
                        </span>
                    }
                }).collect_view()}
            </div>
        </figure>
    })
}
