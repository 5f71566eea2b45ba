//! The readings report: every reading of a provider, one line each, with the words it rests on
//! and its basis, so that a reviewer audits all of them in one read
//! (`validate-providers --readings FILE`).

use crate::describe::{describe_days, describe_windows};
use crate::facts::{PeriodFact, ReturnFact};
use crate::provider::Provider;

use super::promise::{promises, rule_basis};
use super::Basis;

/// One reading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// The field and statement (e.g. `menu[0]`, `urgent_return[1].intake`).
    pub field: String,
    /// The source's words it is read from, and the source.
    pub words: String,
    /// What the guide reads.
    pub reading: String,
    pub basis: Basis,
}

/// The basis of an introduction period, from its bounds and qualifier.
pub fn period_basis(f: &PeriodFact) -> Basis {
    match (f.min_days, f.max_days) {
        (Some(_), None) => Basis::Minimum,
        (Some(a), Some(b)) if a < b => Basis::Range,
        _ if f.approx => Basis::Approximate,
        _ => Basis::Stated,
    }
}

/// The period as read: 21〜28日, 3日以上, 14日.
pub fn describe_period(f: &PeriodFact) -> Option<String> {
    let approx = if f.approx { "約" } else { "" };
    Some(match (f.min_days, f.max_days) {
        (Some(a), Some(b)) if a == b => format!("{approx}{a}日"),
        (Some(a), Some(b)) => format!("{approx}{a}〜{b}日"),
        (Some(a), None) => format!("最短{approx}{a}日(上限の記載なし)"),
        (None, Some(b)) => format!("{approx}{b}日以内"),
        (None, None) => return None,
    })
}

/// Every reading of `p`.
pub fn lines(p: &Provider) -> Vec<Line> {
    let mut out = Vec::new();
    let mut push = |field: String, words: String, reading: String, basis: Basis| {
        out.push(Line { field, words, reading, basis });
    };
    let quote = |text: &Option<String>, source: &str| {
        format!("「{}」({source})", text.as_deref().unwrap_or("記載なし"))
    };
    for (i, m) in p.menu.iter().enumerate() {
        let words = quote(&m.text, &m.source);
        for code in m.sorted_modalities() {
            push(format!("menu[{i}]"), words.clone(), code.label().into(), Basis::Stated);
        }
        for inf in &m.inferred {
            push(
                format!("menu[{i}]"),
                words.clone(),
                inf.code.label().into(),
                Basis::Inferred(format!("「{}」", inf.from)),
            );
        }
        if m.is_partial() {
            push(format!("menu[{i}]"), words.clone(), "メニューの一覧(一部)".into(), Basis::Partial);
        }
    }
    let returns: [(&str, &[ReturnFact]); 3] = [
        ("normal_return", &p.normal_return),
        ("urgent_return", &p.urgent_return),
        ("other_returns", &p.other_returns),
    ];
    for (field, facts) in returns {
        for (i, f) in facts.iter().enumerate() {
            let words = quote(&f.text, &f.source);
            let at = |part: &str| format!("{field}[{i}]{part}");
            if f.not_offered {
                push(at(""), words.clone(), "対応なし".into(), Basis::Stated);
            }
            if let Some(rule) = &f.rule {
                push(at(".rule"), words.clone(), rule.describe_readings(), rule_basis(rule));
            } else if f.text.is_some() && !f.not_offered {
                push(at(".rule"), words.clone(), "計算できる返却ルールなし".into(), Basis::Stated);
            }
            if let Some(w) = &f.intake {
                push(at(".intake"), words.clone(), format!("受付 {}", describe_windows(w)), Basis::Stated);
            }
            if let Some(c) = f.cutoff {
                push(at(".cutoff"), words.clone(), format!("締切 {c}(受付開始の記載なし)"), Basis::Stated);
            }
            if f.option {
                push(at(".option"), words.clone(), "オプションのサービス".into(), Basis::Stated);
            }
        }
    }
    for pr in promises(p).iter().filter(|pr| pr.windows_joined) {
        let words = pr
            .statements
            .iter()
            .filter(|f| f.intake.is_some())
            .map(|f| f.source.as_str())
            .collect::<Vec<_>>();
        let windows = describe_windows(pr.windows.as_deref().unwrap_or_default());
        let from = format!("{}の受付時間を合わせた読み", words.join("・"));
        push(pr.label(), from, format!("受付 {windows}"), Basis::Stated);
    }
    for (i, f) in p.intro_period.iter().enumerate() {
        if let Some(reading) = describe_period(f) {
            push(format!("intro_period[{i}]"), quote(&f.text, &f.source), reading, period_basis(f));
        }
    }
    for (i, b) in p.business_days.iter().enumerate() {
        let words = format!("「{}」({})", b.text, b.source);
        push(
            format!("business_days[{i}]"),
            words,
            format!("営業日 {}", describe_days(&b.open)),
            Basis::Stated,
        );
    }
    for (i, f) in p.features.iter().enumerate() {
        push(
            format!("features[{i}]"),
            format!("{}({})", f.text, f.source),
            f.code.label().into(),
            Basis::Stated,
        );
    }
    for (i, r) in p.region.iter().enumerate() {
        let words = format!("{}({})", r.place.as_deref().unwrap_or(&p.name), r.source);
        push(format!("region[{i}]"), words, r.area.label().into(), super::region_basis(r.basis));
    }
    for (i, c) in p.radiologists.iter().enumerate() {
        let basis = if c.approx { Basis::Approximate } else { Basis::Stated };
        push(
            format!("radiologists[{i}]"),
            format!("「{}」({})", c.text, c.source),
            format!("{}名", c.count),
            basis,
        );
    }
    for (i, y) in p.since.iter().enumerate() {
        push(
            format!("since[{i}]"),
            format!("「{}」({})", y.text, y.source),
            format!("{}年", y.year),
            Basis::Stated,
        );
    }
    out
}
