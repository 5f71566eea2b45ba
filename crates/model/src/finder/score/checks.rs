//! The checks of the finder, one per question of the profile: each adds its reasons and points
//! to the findings of one record. The hard ones (exams, hours, urgency) decide the verdict.

use crate::facts::Area;
use crate::feature::Feature;
use crate::provider::{Criterion, Provider};
use crate::reading::exam::{exam, Exam};
use crate::reading::promise::{all_windows, fastest_normal, promises};
use crate::reading::region_basis;

use super::{count, stated, Findings, Status, QUALITY, SECURITY};
use crate::finder::profile::{Facility, HoursNeed, Profile, Volume, HOURS};
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

fn weight(profile: &Profile, c: Criterion) -> i32 {
    if profile.priorities.is_empty() {
        return 1;
    }
    match profile.priorities.iter().position(|x| *x == c) {
        Some(0) => 3,
        Some(1) => 2,
        Some(_) => 1,
        None => 0,
    }
}

pub(super) fn priorities(r: &Record, p: &Provider, profile: &Profile, out: &mut Findings) {
    let groups = [
        (Criterion::Quality, &QUALITY[..], 4, "読影体制(二次読影・ダブルチェック等)の記載がありません"),
        (Criterion::Security, &SECURITY[..], 3, "認証やデータ保護の記載がありません"),
    ];
    for (criterion, group, cap, missing) in groups {
        let w = weight(profile, criterion);
        if w == 0 {
            continue;
        }
        let label = criterion.label();
        match count(r, group) {
            0 => out.add(Status::Unknown, 0, || format!("{label}: {missing}")),
            found => out.add(Status::Met, w * found.min(cap) as i32, || {
                format!("{label}: {}", stated(r, group).join("、"))
            }),
        }
    }
    let t = weight(profile, Criterion::ResponseTime);
    if t > 0 {
        let urgent = r.fastest_urgent;
        let mut points = match urgent {
            Some(m) if m <= 60 => 3,
            Some(m) if m <= 120 => 2,
            Some(m) if m <= 180 => 1,
            _ => 0,
        };
        points += i32::from(r.fastest_normal.is_some_and(|m| m <= 2 * 1440));
        points += i32::from(r.hours.is_some_and(|h| h.always));
        if urgent.is_none() && r.fastest_normal.is_none() {
            out.add(Status::Unknown, 0, || "対応時間: 返却時間の記載がありません".into());
        } else {
            out.add(Status::Met, t * points, || {
                let promises = promises(p);
                let urgent = r.quick.iter().find(|q| q.bounds && Some(q.minutes) == urgent).map(|q| {
                    let pr = &promises[q.promise];
                    format!("{}は{}", pr.label(), pr.rule().map(|r| r.describe()).unwrap_or_default())
                });
                let normal = fastest_normal(&promises).and(promises[0].rule());
                let normal = normal.map(|rule| format!("通常読影は{}", rule.describe()));
                let parts: Vec<String> = urgent.into_iter().chain(normal).collect();
                format!("対応時間: {}", parts.join("、"))
            });
        }
    }
}

pub(super) fn region(r: &Record, p: &Provider, profile: &Profile, out: &mut Findings) {
    let Some(wanted) = profile.region else { return };
    if r.has_area(wanted) || r.has_area(Area::Nationwide) {
        let how = if r.has_area(wanted) { wanted.label() } else { Area::Nationwide.label() };
        out.add(Status::Met, 2, || format!("地域: {how}の記載があります"));
    } else if r.infers_area(wanted) || r.infers_area(Area::Nationwide) {
        out.add(Status::Unknown, 0, || {
            let from: Vec<String> = p
                .region
                .iter()
                .filter(|x| x.area == wanted || x.area == Area::Nationwide)
                .map(|x| format!("{}: {}", x.area.label(), region_basis(x.basis).label()))
                .collect();
            format!("地域: {}。地域の記載ではありません", from.join("、"))
        });
    } else if r.areas == 0 {
        out.add(Status::Unknown, 0, || {
            "地域: 拠点や対応地域の記載がありません(遠隔のため地域を問わない場合もあります)".into()
        });
    } else {
        out.add(Status::Unmet, 0, || {
            let labels: Vec<&str> = p.region.iter().map(|r| r.area.label()).collect();
            format!("地域: 記載されている地域は{}です", labels.join("・"))
        });
    }
}

pub(super) fn volume(r: &Record, profile: &Profile, out: &mut Findings) {
    let (wanted, why): (&[Feature], &str) = match profile.volume {
        None => return,
        Some(Volume::Low) => {
            (&[Feature::NoInitialFee, Feature::NoMonthlyFee], "件数が少ないと固定費の比重が大きくなります")
        }
        Some(Volume::High) => (
            &[Feature::NoSliceSurcharge, Feature::NoPartSurcharge],
            "件数が多いと加算費用の影響が大きくなります",
        ),
        Some(Volume::Mid) => {
            return out
                .add(Status::Unknown, 0, || "件数: 受け入れ件数の上限や料金表は記載がありません".into())
        }
    };
    match count(r, wanted) {
        0 => out.add(Status::Unknown, 0, || {
            let labels: Vec<&str> = wanted.iter().map(|f| f.label()).collect();
            format!("料金: {}の記載がありません({why})", labels.join("・"))
        }),
        found => {
            out.add(Status::Met, found as i32, || format!("料金: {}({why})", stated(r, wanted).join("、")))
        }
    }
}

pub(super) fn facility(r: &Record, profile: &Profile, out: &mut Findings) {
    let (feature_ok, text): (bool, &str) = match profile.facility {
        None => return,
        Some(Facility::Clinic) => {
            (r.has_feature(Feature::Consultation), "読影医に質問・相談できると記載があります(専門外の相談に)")
        }
        Some(Facility::SmallHospital) => {
            (r.has_feature(Feature::SpecialistMatching), "領域ごとの専門医に割り振ると記載があります")
        }
        Some(Facility::AcuteHospital) => {
            (r.fastest_urgent.is_some_and(|m| m <= 120), "2時間以内の緊急読影の記載があります(救急対応に)")
        }
        Some(Facility::Screening) => {
            (r.has_modality(crate::modality::Modality::Screening), "健診・検診の読影を扱うと記載があります")
        }
    };
    if feature_ok {
        out.add(Status::Met, 2, || format!("施設の種類: {text}"));
    }
}
