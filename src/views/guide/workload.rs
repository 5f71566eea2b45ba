//! Guide section: radiologists' workload in Japan, as a bar chart, a table and text.
//!
//! Every number, year and source comes from `site.json` (`workload`). The chart is an inline SVG
//! that scales with its container (`viewBox`, width 100%), so it stays legible on phones.

use guide_model::guide::Section;
use guide_model::site::{Figure, Workload};
use leptos::prelude::*;

use super::GuideSection;

/// This section of the guide.
const SECTION: Section = Section::Workload;

/// Chart geometry, in SVG user units.
const CHART_WIDTH: f64 = 360.0;
/// Where the bars start (the country labels sit to the left of it).
const BAR_X: f64 = 76.0;
/// The length of the longest bar.
const BAR_MAX: f64 = 196.0;
/// The thickness of one bar.
const BAR_HEIGHT: f64 = 32.0;
/// The distance from one bar's top to the next.
const ROW_STEP: f64 = 48.0;
/// Space above the first bar and below the last.
const PAD: f64 = 8.0;

/// Formats a number with a comma every three digits: 8137 → "8,137", 2.7 → "2.7".
pub fn format_number(value: f64) -> String {
    let text = format!("{value}");
    let (sign, unsigned) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (int, frac) = match unsigned.split_once('.') {
        Some((int, frac)) => (int, Some(frac)),
        None => (unsigned, None),
    };
    if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) {
        return text;
    }
    let mut grouped = String::with_capacity(int.len() + int.len() / 3);
    for (i, digit) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    match frac {
        Some(frac) => format!("{sign}{grouped}.{frac}"),
        None => format!("{sign}{grouped}"),
    }
}

/// A figure with its unit: "8,137件".
fn with_unit(figure: &Figure) -> String {
    format!("{}{}", format_number(figure.value), figure.unit)
}

/// Exams per radiologist (chart, table, text), the report-count ratio and the regional note.
#[component]
pub fn WorkloadSection(
    /// The workload figures of `site.json`.
    workload: Workload,
) -> impl IntoView {
    let figures = workload.exams_per_radiologist.clone();
    let caption = format!("放射線科医1人あたりのCT/MRI検査数({})", workload.exams_year);
    let exams_source = format!("出典:{}", workload.exams_source);
    // The source ranks Japan first and the USA second; the data lists them in that order.
    let comparison = match figures.as_slice() {
        [first, second, ..] => Some(format!(
            "{}の放射線科医1人あたりのCT/MRI検査数は{}です。2番目に多い{}でも{}で、日本の放射線科医の負担は世界的に見ても大きいと言えます。医師一人ひとりの力で補うには限りがあります。",
            first.label,
            with_unit(first),
            second.label,
            with_unit(second)
        )),
        _ => None,
    };
    let rows = figures
        .iter()
        .map(|f| {
            view! {
                <tr>
                    <th scope="row">{f.label.clone()}</th>
                    <td class="num">{with_unit(f)}</td>
                </tr>
            }
        })
        .collect_view();
    let ratio = workload.report_ratio.clone();
    let ratio_value = format!("約{}{}", format_number(ratio.value), ratio.unit);
    let ratio_source = format!("{}・出典:{}", workload.report_ratio_year, workload.report_ratio_source);
    view! {
        <GuideSection id=SECTION.id() title=SECTION.title()>
            <p>
                "遠隔画像診断サービスが求められる背景には、放射線科医の大きな業務量と、地域による専門医の偏りがあります。"
            </p>

            <h3>"1人あたりの検査数"</h3>
            <figure class="guide-figure">
                <ExamsChart figures=figures caption=caption.clone() source=exams_source.clone()/>
                <figcaption class="source">{exams_source.clone()}</figcaption>
            </figure>
            <table class="guide-data">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">"国"</th>
                        <th scope="col">"検査数"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            {comparison.map(|text| view! { <p>{text}</p> })}

            <h3>"報告書の作成数"</h3>
            <p class="guide-stat">
                <span class="guide-stat-value">{ratio_value}</span>
                <span class="guide-stat-label">{ratio.label}</span>
            </p>
            <p class="source">{ratio_source}</p>

            <h3>"地域による偏り"</h3>
            <p>{workload.regional_note.clone()}</p>
            <p class="source">{format!("出典:{}", workload.regional_source)}</p>
            <p>
                "遠隔画像診断サービスを利用すれば、放射線科の常勤医がいない施設でも、撮影した画像を診断に効率よく生かせます。"
            </p>
        </GuideSection>
    }
}

/// A horizontal bar chart of exams per radiologist, one bar per country.
#[component]
fn ExamsChart(
    /// The bars, in order.
    figures: Vec<Figure>,
    /// The chart's accessible name.
    caption: String,
    /// The source, read after the values.
    source: String,
) -> impl IntoView {
    let max = figures.iter().map(|f| f.value).fold(0.0_f64, f64::max);
    let height = PAD * 2.0 + ROW_STEP * figures.len().max(1) as f64 - (ROW_STEP - BAR_HEIGHT);
    let values: Vec<String> = figures.iter().map(|f| format!("{}は{}", f.label, with_unit(f))).collect();
    let description = format!("{}です。{}", values.join("、"), source);
    let bars = figures
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let y = PAD + ROW_STEP * i as f64;
            let middle = y + BAR_HEIGHT / 2.0;
            let width = if max > 0.0 { (f.value / max * BAR_MAX * 10.0).round() / 10.0 } else { 0.0 };
            let width = width.max(1.0);
            let bar_class = if i == 0 { "guide-chart-bar guide-chart-bar-first" } else { "guide-chart-bar" };
            view! {
                <g>
                    <text x=BAR_X - 8.0 y=middle class="guide-chart-label" text-anchor="end" dominant-baseline="central">
                        {f.label.clone()}
                    </text>
                    <rect x=BAR_X y=y width=width height=BAR_HEIGHT rx="3" class=bar_class></rect>
                    <text x=BAR_X + width + 8.0 y=middle class="guide-chart-value" dominant-baseline="central">
                        {with_unit(f)}
                    </text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg
            class="guide-chart"
            viewBox=format!("0 0 {CHART_WIDTH} {height}")
            width="100%"
            role="img"
            aria-labelledby="workload-chart-title"
            aria-describedby="workload-chart-desc"
        >
            <title id="workload-chart-title">{caption}</title>
            <desc id="workload-chart-desc">{description}</desc>
            {bars}
            <line x1=BAR_X y1="0" x2=BAR_X y2=height class="guide-chart-axis"></line>
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::format_number;

    #[test]
    fn groups_thousands() {
        assert_eq!(format_number(8137.0), "8,137");
        assert_eq!(format_number(2975.0), "2,975");
        assert_eq!(format_number(109445.0), "109,445");
        assert_eq!(format_number(1234567.0), "1,234,567");
        assert_eq!(format_number(999.0), "999");
        assert_eq!(format_number(0.0), "0");
        assert_eq!(format_number(2.7), "2.7");
        assert_eq!(format_number(-1234.5), "-1,234.5");
    }
}
