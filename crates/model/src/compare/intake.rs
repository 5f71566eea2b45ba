//! The compare table's rows on when requests are accepted: the intake windows each return
//! promise states, and what they say about evenings, nights and weekends, read by the same rule as the
//! directory's hours filter (`crate::hours`): a band the windows cover whole, one they reach in
//! part, or one outside them. A provider that states no windows reads 記載なし.

use crate::compare::{cell, NOT_STATED};
use crate::dataset::Dataset;
use crate::describe::describe_windows;
use crate::facts::ReturnFact;
use crate::hours::{reach, Reach};
use crate::provider::Provider;
use crate::rule::Window;

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

/// Weekday evenings (18時〜22時), nights (22時〜翌6時) and weekends and holidays: covered whole, in part, or not, by the
/// windows of all the provider's promises. Where an optional service (24/365サービス) is what
/// reaches a band, it is named: the standard promises alone do not.
pub fn bands_cell(p: &Provider) -> String {
    let windows = |facts: &[&Vec<ReturnFact>]| -> Vec<Window> {
        facts.iter().copied().flatten().filter_map(|f| f.intake.clone()).flatten().collect()
    };
    let all = windows(&[&p.normal_return, &p.urgent_return, &p.other_returns]);
    if all.is_empty() {
        return NOT_STATED.to_string();
    }
    let (all, standard) = (reach(&all), reach(&windows(&[&p.normal_return, &p.urgent_return])));
    let bands: [(&str, Band); 3] = [
        ("平日の夕方・夜", |r| (r.full.evenings, r.evenings)),
        ("夜間", |r| (r.full.nights, r.nights)),
        ("土日・祝日", |r| (r.full.weekends, r.weekends)),
    ];
    let texts = bands.map(|(name, band)| {
        let mut text = format!("{name}: {}", coverage(band(&all)));
        if band(&all) != band(&standard) {
            // The options whose own windows reach the band.
            let options: Vec<&str> = p
                .other_returns
                .iter()
                .filter(|f| f.intake.as_ref().is_some_and(|w| band(&reach(w)).1))
                .filter_map(|f| f.label.as_deref())
                .fold(Vec::new(), |mut names, name| {
                    if !names.contains(&name) {
                        names.push(name);
                    }
                    names
                });
            text.push_str(&format!("({})", options.join("・")));
        }
        text
    });
    texts.join(" / ")
}

/// A band of the week, read off what windows reach: (covered whole, reached at all).
type Band = fn(&Reach) -> (bool, bool);

/// How a band's (covered whole, reached) reads.
fn coverage((whole, some): (bool, bool)) -> &'static str {
    match (whole, some) {
        (true, _) => "受付時間に含まれる",
        (false, true) => "一部の時間のみ",
        (false, false) => "受付時間外",
    }
}
