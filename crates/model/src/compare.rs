//! The comparison table: one row per field, one cell per provider, as plain text that both the
//! compare page and its CSV download use. Unknown cells read 記載なし.

use crate::dataset::Dataset;
use crate::feature::FeatureGroup;
use crate::provider::Provider;

pub mod intake;

/// The text of an unknown value.
pub const NOT_STATED: &str = "記載なし";

/// One row of the comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareRow {
    pub label: &'static str,
    pub cells: Vec<String>,
}

impl CompareRow {
    /// Whether the providers differ on this row.
    pub fn differs(&self) -> bool {
        self.cells.windows(2).any(|w| w[0] != w[1])
    }
}

/// Joins a field's statements into one cell: the value when sources agree, each value with its
/// source when they differ, 記載なし when none is stated.
pub fn cell<'a>(data: &Dataset, statements: impl IntoIterator<Item = (Option<String>, &'a str)>) -> String {
    let mut distinct: Vec<(String, Vec<&str>)> = Vec::new();
    for (text, source) in statements {
        let Some(text) = text.filter(|t| !t.trim().is_empty()) else { continue };
        match distinct.iter_mut().find(|(t, _)| *t == text) {
            Some((_, sources)) => sources.push(source),
            None => distinct.push((text, vec![source])),
        }
    }
    match distinct.len() {
        0 => NOT_STATED.to_string(),
        1 => distinct.remove(0).0,
        _ => distinct
            .iter()
            .map(|(t, sources)| {
                let labels: Vec<&str> = sources.iter().map(|s| data.source_label(s)).collect();
                format!("{t}({})", labels.join("・"))
            })
            .collect::<Vec<_>>()
            .join(" / "),
    }
}

fn features(p: &Provider, group: FeatureGroup) -> Vec<(Option<String>, &str)> {
    let mut seen = Vec::new();
    p.features
        .iter()
        .filter(|f| f.code.group() == group)
        .filter(|f| {
            let new = !seen.contains(&f.code);
            seen.push(f.code);
            new
        })
        .map(|f| (Some(f.code.label().to_string()), "features"))
        .collect()
}

/// Joins several values of one provider (features, modalities) with "、".
fn list(values: Vec<(Option<String>, &str)>) -> String {
    let texts: Vec<String> = values.into_iter().filter_map(|(t, _)| t).collect();
    if texts.is_empty() {
        NOT_STATED.to_string()
    } else {
        texts.join("、")
    }
}

/// The rows comparing `providers`.
pub fn rows(data: &Dataset, providers: &[&Provider]) -> Vec<CompareRow> {
    type Field = fn(&Dataset, &Provider) -> String;
    let fields: [(&'static str, Field); 19] = [
        ("事業者", |_, p| p.name.clone()),
        ("サービス名", |d, p| {
            cell(d, p.service_names.iter().map(|f| (f.text.clone(), f.source.as_str())))
        }),
        ("検査・読影メニュー", |d, p| {
            cell(d, p.menu.iter().map(|f| (f.text.clone(), f.source.as_str())))
        }),
        ("通常読影の返却", |d, p| {
            cell(d, p.normal_return.iter().map(|f| (f.text.clone(), f.source.as_str())))
        }),
        ("緊急読影の返却", |d, p| {
            cell(d, p.urgent_return.iter().map(|f| (f.text.clone(), f.source.as_str())))
        }),
        ("その他の読影", |d, p| {
            let labelled = p.other_returns.iter().map(|f| {
                let text =
                    f.text.as_ref().map(|t| format!("{}: {t}", f.label.as_deref().unwrap_or_default()));
                (text, f.source.as_str())
            });
            cell(d, labelled)
        }),
        ("受付時間", intake::intake_cell),
        ("夕方・夜間・土日祝の受付", |_, p| intake::bands_cell(p)),
        ("導入期間", |d, p| cell(d, p.intro_period.iter().map(|f| (f.text.clone(), f.source.as_str())))),
        ("読影体制", |_, p| list(features(p, FeatureGroup::Reading))),
        ("セキュリティ", |_, p| list(features(p, FeatureGroup::Security))),
        ("料金", |_, p| list(features(p, FeatureGroup::Fees))),
        ("サポート", |_, p| list(features(p, FeatureGroup::Support))),
        ("地域", |_, p| {
            let mut areas: Vec<(Option<String>, &str)> = Vec::new();
            for r in &p.region {
                let place = r.place.clone().unwrap_or_else(|| r.area.label().to_string());
                // A region read from a name says so, as on the detail page.
                let text = Some(match crate::reading::region_basis(r.basis) {
                    crate::reading::Basis::Stated => place,
                    inferred => format!("{place}({})", inferred.label()),
                });
                if !areas.iter().any(|(t, _)| *t == text) {
                    areas.push((text, ""));
                }
            }
            list(areas)
        }),
        ("電話", |d, p| {
            let phones = p.phone.iter().map(|f| {
                let hours = f.hours.as_ref().map(|h| format!("({h})")).unwrap_or_default();
                (Some(format!("{}{hours}", f.number)), f.source.as_str())
            });
            cell(d, phones)
        }),
        ("Webサイト", |d, p| cell(d, p.website.iter().map(|f| (Some(f.url.clone()), f.source.as_str())))),
        ("おすすめ", |_, p| {
            p.pick.as_ref().map_or_else(String::new, |k| format!("{}で選ぶなら", k.criterion.label()))
        }),
        ("掲載元", |d, p| p.listed_in.iter().map(|s| d.source_label(s)).collect::<Vec<_>>().join("、")),
        ("調査時点", |_, p| as_of_label(&p.as_of)),
    ];
    fields
        .iter()
        .map(|(label, f)| CompareRow { label, cells: providers.iter().map(|p| f(data, p)).collect() })
        .collect()
}

/// "2022-11/2022-12" → "2022年11月〜2022年12月".
pub fn as_of_label(as_of: &str) -> String {
    let month = |m: &str| match m.split_once('-') {
        Some((y, mm)) => format!("{y}年{}月", mm.trim_start_matches('0')),
        None => m.to_string(),
    };
    match as_of.split_once('/') {
        Some((a, b)) => format!("{}〜{}", month(a), month(b)),
        None => month(as_of),
    }
}

/// The comparison as CSV that Excel in Japan opens correctly: UTF-8 with a byte order mark,
/// CRLF line ends, every field quoted.
pub fn csv(rows: &[CompareRow]) -> String {
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    let mut out = String::from("\u{feff}");
    for row in rows {
        let fields: Vec<String> =
            std::iter::once(row.label).chain(row.cells.iter().map(String::as_str)).map(quote).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}
