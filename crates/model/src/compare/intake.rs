//! The compare table's rows on when requests are accepted: the intake windows each return
//! promise states, and what they say about evenings, nights and weekends, read by the same rule as the
//! directory's hours filter (`crate::hours`): a band the windows cover whole, one they reach in
//! part, or one outside them. A provider that states no windows reads 記載なし.

use crate::compare::{cell, NOT_STATED};
use crate::dataset::Dataset;
use crate::describe::describe_windows;
use crate::finder::profile::HoursNeed;
use crate::finder::record::{cover, Cover};
use crate::hours::reach;
use crate::provider::Provider;
use crate::reading::promise::all_windows;

/// Each promise's stated intake windows or cut-off, named by its kind (通常, 緊急, or the
/// option's name), with sources where they differ.
pub fn intake_cell(data: &Dataset, p: &Provider) -> String {
    let kinds = [("通常", &p.normal_return), ("緊急", &p.urgent_return), ("", &p.other_returns)];
    let promises = kinds.into_iter().flat_map(|(kind, facts)| facts.iter().map(move |f| (kind, f)));
    cell(
        data,
        promises.map(|(kind, f)| {
            let kind = f.label.as_deref().unwrap_or(kind);
            let hours = match (&f.intake, f.cutoff) {
                (Some(windows), _) => Some(describe_windows(windows)),
                (None, Some(cutoff)) => Some(format!("{cutoff}までの受付(開始の記載なし)")),
                (None, None) => None,
            };
            (hours.map(|h| format!("{kind}: {h}")), f.source.as_str())
        }),
    )
}

/// The bands the row speaks of, by the finder's names for them, shortened.
const BANDS: [(HoursNeed, &str); 3] = [
    (HoursNeed::Evenings, "平日の夕方・夜"),
    (HoursNeed::Nights, "夜間"),
    (HoursNeed::Weekends, "土日・祝日"),
];

/// Weekday evenings (18時〜22時), nights (22時〜翌6時) and weekends and holidays: covered whole,
/// in part, or not, by the windows of all the provider's promises (`finder::record::cover`, the
/// rule of the hours filter and the finder). Where an optional service (24/365サービス) is what
/// reaches a band, it is named: the standard promises alone do not.
pub fn bands_cell(p: &Provider) -> String {
    let Some(all) = all_windows(p) else { return NOT_STATED.to_string() };
    let standard = p.normal_return.iter().chain(&p.urgent_return).flat_map(|f| f.intake.iter().flatten());
    let (all, standard) = (reach(all), reach(standard));
    let texts = BANDS.map(|(band, name)| {
        let how = cover(&all, band);
        let mut text = format!("{name}: {}", coverage(how));
        if how != cover(&standard, band) {
            // The options whose own windows reach the band.
            let mut options: Vec<&str> = Vec::new();
            for f in &p.other_returns {
                let reaches = f.intake.as_ref().is_some_and(|w| cover(&reach(w), band) != Cover::None);
                match f.label.as_deref() {
                    Some(label) if reaches && !options.contains(&label) => options.push(label),
                    _ => {}
                }
            }
            text.push_str(&format!("({})", options.join("・")));
        }
        text
    });
    texts.join(" / ")
}

/// How a band stands, in words.
fn coverage(how: Cover) -> &'static str {
    match how {
        Cover::Whole => "受付時間に含まれる",
        Cover::Part => "一部の時間のみ",
        Cover::None => "受付時間外",
    }
}
