//! The hard requirements of the finder (exams, hours, urgency), one check per question of the
//! profile: each adds its reasons to the findings of one record and decides the verdict.

use crate::provider::Provider;
use crate::reading::exam::{exam, Exam};
use crate::reading::promise::{all_windows, promises};

use super::{Findings, Status};
use crate::finder::profile::{HoursNeed, Profile, HOURS};
use crate::finder::record::{cover, Cover, Quick, Record};

pub(super) fn exams(r: &Record, p: &Provider, profile: &Profile, out: &mut Findings) {
    for m in &profile.modalities {
        let label = m.label();
        if r.has_modality(*m) {
            out.add(Status::Met, 0, || format!("検査メニューに{label}の記載があります"));
            continue;
        }
        if !r.menu_stated {
            out.add(Status::Unknown, 0, || format!("{label}を扱うか分かりません(検査メニューの記載なし)"));
            continue;
        }
        if !r.infers_modality(*m) && !r.menu_partial {
            out.unlisted += 1;
        }
        // The sentence quotes the menu's words, so it needs the provider; ranking skips it.
        out.add(Status::Unknown, 0, || match exam(p, *m) {
            Exam::Inferred { from } => {
                format!(
                    "検査メニューの「{from}」から{label}を扱うと推定されますが、{label}とは書かれていません"
                )
            }
            Exam::NotInPartial { text } => {
                format!("記載のメニュー(「{text}」)に{label}はありませんが、一部の記載です")
            }
            Exam::NotListed { text } => format!(
                "記載のメニュー(「{text}」)に{label}は挙がっていません(扱わないとの記載でもありません)"
            ),
            Exam::Named | Exam::NoMenu => unreachable!("handled above"),
        });
    }
}

/// The words for a band the visitor asks about.
fn band_label(h: HoursNeed) -> &'static str {
    HOURS.iter().find(|(need, _, _)| *need == h).map_or("", |(_, _, label)| label)
}

pub(super) fn hours_needed(r: &Record, p: &Provider, profile: &Profile, out: &mut Findings) {
    for &h in &profile.hours {
        let label = band_label(h);
        let Some(reach) = &r.hours else {
            out.add(Status::Unknown, 0, || {
                let why = if p.normal_return.iter().chain(&p.urgent_return).any(|f| f.cutoff.is_some()) {
                    "受付の締切時刻の記載はありますが、受付時間の記載はなく"
                } else if r.returns_described {
                    "返却の記載はありますが、受付時間の記載はなく"
                } else {
                    "受付時間の記載がなく"
                };
                format!("{why}、{label}に依頼できるか分かりません")
            });
            continue;
        };
        match cover(reach, h) {
            Cover::Whole => out.add(Status::Met, 0, || format!("{label}に依頼を受け付けると記載があります")),
            Cover::Part => out.add(Status::Unknown, 0, || {
                let windows = crate::describe::describe_coverage(&all_windows(p).unwrap_or_default());
                format!("記載された受付時間({windows})は{label}の一部にとどまります")
            }),
            Cover::None => {
                out.add(Status::Unmet, 0, || format!("記載された受付時間に{label}が含まれていません"))
            }
        }
    }
}

/// How one urgent promise answers the limit and the bands asked.
fn quick_status(q: &Quick, limit: u32, needs: &[HoursNeed]) -> Status {
    if q.minutes > limit {
        // A stated bound or best case slower than asked is a stated mismatch.
        return Status::Unmet;
    }
    if !q.bounds {
        return Status::Unknown;
    }
    if needs.is_empty() {
        return Status::Met;
    }
    let Some(reach) = &q.reach else { return Status::Unknown };
    let covers: Vec<Cover> = needs.iter().map(|h| cover(reach, *h)).collect();
    if covers.iter().all(|c| *c == Cover::Whole) {
        Status::Met
    } else if covers.iter().all(|c| *c == Cover::None) {
        Status::Unmet
    } else {
        Status::Unknown
    }
}

/// Urgent promises within minutes, with whether their windows cover the hours needed. The best
/// promise decides: a match, else one to confirm, else a stated mismatch.
pub(super) fn urgency(r: &Record, p: &Provider, profile: &Profile, out: &mut Findings) {
    let Some(limit) = profile.urgent_within else { return };
    let needs = &profile.hours;
    // The sentences are built only when shown: ranking every provider needs none of them.
    let limit_label = || format!("{}時間以内", limit / 60);
    let best = |status: Status| r.quick.iter().find(|q| quick_status(q, limit, needs) == status);
    let describe = |q: &Quick| {
        let promises = promises(p);
        let pr = &promises[q.promise];
        let rule = pr.rule().map(|rule| rule.describe()).unwrap_or_default();
        (pr.label(), rule, pr.windows.as_deref().map(crate::describe::describe_windows))
    };
    let when = || if needs.is_empty() { String::new() } else { format!("{}の依頼を", bands(needs)) };
    if let Some(q) = best(Status::Met) {
        out.add(Status::Met, 0, || {
            let (label, rule, _) = describe(q);
            let target = if q.approx { "(目安・上限としての記載)" } else { "" };
            format!("{}{label}で{rule}に返却すると記載があります{target}(希望: {})", when(), limit_label())
        });
    } else if let Some(q) = best(Status::Unknown) {
        out.add(Status::Unknown, 0, || {
            let (label, rule, windows) = describe(q);
            let why = if !q.bounds {
                "最短または解釈が分かれる記載で、必ずその時間とは限りません".to_string()
            } else {
                match windows {
                    None => "受付時間の記載がありません".to_string(),
                    Some(w) => format!("記載された受付時間({w})は希望の時間帯の一部にとどまります"),
                }
            };
            format!("{label}は「{rule}」と記載がありますが、{why}")
        });
    } else if let Some(q) = r.quick.iter().find(|q| q.minutes <= limit) {
        out.add(Status::Unmet, 0, || {
            let (label, rule, windows) = describe(q);
            let windows = windows.unwrap_or_default();
            format!("{label}は「{rule}」と記載がありますが、記載された受付時間({windows})は希望の時間帯と合いません")
        });
    } else if r.urgent_not_offered {
        out.add(Status::Unmet, 0, || "緊急読影には対応していないと記載があります".into());
    } else if let Some(q) = r.quick.first() {
        out.add(Status::Unmet, 0, || {
            let (label, rule, _) = describe(q);
            format!("{label}の返却は「{rule}」と記載があり、{}に届きません", limit_label())
        });
    } else {
        out.add(Status::Unknown, 0, || {
            format!("{}で返却できるか、緊急読影の時間の記載がありません", limit_label())
        });
    }
}

/// The bands asked, joined: 夜間(22時〜翌6時)・土日・祝日.
fn bands(needs: &[HoursNeed]) -> String {
    needs.iter().map(|h| band_label(*h)).collect::<Vec<_>>().join("・")
}
