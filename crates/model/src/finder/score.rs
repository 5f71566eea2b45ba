//! Scoring: hard requirements decide the verdict; preferences add points. Every reason is a
//! plain Japanese sentence marked met, unmet, unknown or informative.

use crate::directory::facet::Facet;
use crate::facts::{Area, ReturnFact};
use crate::feature::Feature;
use crate::provider::{Criterion, Provider};
use crate::rule::{Day, Due};

use super::profile::{Facility, HoursNeed, Profile, Volume};

/// How a reason bears on the facility.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Met,
    Unmet,
    Unknown,
}

/// One line of explanation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    pub status: Status,
    pub text: String,
    /// Points this line adds.
    pub points: i32,
}

/// The outcome for one provider.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verdict {
    /// Every requirement is met as stated.
    Match,
    /// No requirement is contradicted, but some are not stated: confirm with the provider.
    Unconfirmed,
    /// A requirement is contradicted by what the sources state.
    Excluded,
}

/// A provider assessed against a profile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// Position of the provider in the list given to [`assess`].
    pub index: usize,
    pub verdict: Verdict,
    pub score: i32,
    pub reasons: Vec<Reason>,
}

const QUALITY: [Feature; 7] = [
    Feature::DoubleReading,
    Feature::SecondaryReading,
    Feature::TripleReading,
    Feature::BlindReading,
    Feature::ReportCheck,
    Feature::SpecialistMatching,
    Feature::RadiologistProfiles,
];
const SECURITY: [Feature; 6] = [
    Feature::PrivacyMark,
    Feature::MedisPrivacyMark,
    Feature::MultiSiteDataCenter,
    Feature::OwnDataCenter,
    Feature::DedicatedLine,
    Feature::NetworkMonitoring,
];

fn reason(status: Status, text: impl Into<String>, points: i32) -> Reason {
    Reason { status, text: text.into(), points }
}

fn has(p: &Provider, f: Feature) -> bool {
    p.features.iter().any(|x| x.code == f)
}

fn stated(p: &Provider, group: &[Feature]) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for f in group.iter().filter(|f| has(p, **f)) {
        out.push(f.label());
    }
    out
}

/// Assesses every provider and returns them best first: matches, then unconfirmed, then excluded;
/// by points within each; ties in 五十音 order.
pub fn assess(providers: &[Provider], profile: &Profile) -> Vec<Assessment> {
    let mut out: Vec<Assessment> =
        providers.iter().enumerate().map(|(i, p)| assess_one(i, p, profile)).collect();
    out.sort_by(|a, b| {
        (a.verdict, -a.score)
            .cmp(&(b.verdict, -b.score))
            .then_with(|| providers[a.index].reading.cmp(&providers[b.index].reading))
    });
    out
}

fn assess_one(index: usize, p: &Provider, profile: &Profile) -> Assessment {
    let mut hard = Vec::new();
    hard.extend(exams(p, profile));
    hard.extend(hours(p, profile));
    hard.extend(urgency(p, profile));
    let verdict = if hard.iter().any(|r| r.status == Status::Unmet) {
        Verdict::Excluded
    } else if hard.iter().any(|r| r.status == Status::Unknown) {
        Verdict::Unconfirmed
    } else {
        Verdict::Match
    };
    let mut reasons = hard;
    reasons.extend(priorities(p, profile));
    reasons.extend(region(p, profile));
    reasons.extend(volume(p, profile));
    reasons.extend(facility(p, profile));
    let score = reasons.iter().map(|r| r.points).sum();
    Assessment { index, verdict, score, reasons }
}

fn exams(p: &Provider, profile: &Profile) -> Vec<Reason> {
    let covered: Vec<_> = p.menu.iter().flat_map(|m| m.modalities.iter().copied()).collect();
    profile
        .modalities
        .iter()
        .map(|m| {
            if covered.contains(m) {
                reason(Status::Met, format!("{}を扱うと記載があります", m.label()), 0)
            } else if covered.is_empty() {
                reason(
                    Status::Unknown,
                    format!("{}を扱うか記載がありません(検査メニューの記載なし)", m.label()),
                    0,
                )
            } else {
                reason(Status::Unmet, format!("検査メニューに{}の記載がありません", m.label()), 0)
            }
        })
        .collect()
}

fn hours(p: &Provider, profile: &Profile) -> Vec<Reason> {
    let values = Facet::Hours.values(p);
    let known = !values.contains(&crate::directory::UNKNOWN);
    profile
        .hours
        .iter()
        .map(|h| {
            let (code, label) = match h {
                HoursNeed::WeekdayDay => {
                    let any = p.normal_return.iter().chain(&p.urgent_return).any(|r| r.text.is_some());
                    return if any {
                        reason(Status::Met, "平日の日中の依頼に対応する返却の記載があります", 0)
                    } else {
                        reason(Status::Unknown, "平日の日中の受付・返却の記載がありません", 0)
                    };
                }
                HoursNeed::Nights => ("nights", "夜間(22時〜翌6時)"),
                HoursNeed::Weekends => ("weekends", "土日・祝日"),
            };
            if values.contains(&code) {
                reason(Status::Met, format!("{label}に依頼を受け付けると記載があります"), 0)
            } else if known {
                reason(Status::Unmet, format!("記載された受付時間に{label}が含まれていません"), 0)
            } else {
                reason(Status::Unknown, format!("受付時間の記載がなく、{label}に依頼できるか分かりません"), 0)
            }
        })
        .collect()
}

/// Urgent promises within minutes, with whether their windows cover the hours needed.
fn urgency(p: &Provider, profile: &Profile) -> Option<Reason> {
    let limit = profile.urgent_within?;
    let quick: Vec<&ReturnFact> = p
        .urgent_return
        .iter()
        .chain(&p.other_returns)
        .filter(|r| matches!(r.rule.as_ref().map(|r| &r.due), Some(Due::Minutes { .. })))
        .collect();
    let minutes = |r: &ReturnFact| r.rule.as_ref().map_or(u32::MAX, |r| r.due.rough_minutes());
    let covers = |r: &ReturnFact| -> Option<bool> {
        let windows = r.intake.as_ref()?;
        let on = |days: &[Day]| windows.iter().any(|w| w.days.iter().any(|d| days.contains(d)));
        let nights =
            windows.iter().any(|w| w.to < w.from || w.from.minutes < 6 * 60 || w.to.minutes >= 23 * 60);
        Some(profile.hours.iter().all(|h| match h {
            HoursNeed::WeekdayDay => on(&[Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri]),
            HoursNeed::Nights => nights,
            HoursNeed::Weekends => on(&[Day::Sat, Day::Sun, Day::Hol]),
        }))
    };
    let fast: Vec<&&ReturnFact> = quick.iter().filter(|r| minutes(r) <= limit).collect();
    let when = if profile.hours.iter().any(|h| *h != HoursNeed::WeekdayDay) {
        "希望する時間帯に"
    } else {
        ""
    };
    let limit_label = format!("{}時間以内", limit / 60);
    if fast.iter().any(|r| covers(r) == Some(true) || (profile.hours.is_empty() && covers(r).is_none())) {
        let best = fast.iter().map(|r| minutes(r)).min().unwrap_or(limit);
        return Some(reason(
            Status::Met,
            format!("{when}緊急読影を{}分以内に返却すると記載があります(希望: {limit_label})", best),
            0,
        ));
    }
    if fast.iter().any(|r| covers(r).is_none()) {
        return Some(reason(
            Status::Unknown,
            format!("{limit_label}の緊急読影の記載はありますが、受付時間の記載がありません"),
            0,
        ));
    }
    if !fast.is_empty() {
        return Some(reason(
            Status::Unmet,
            format!("{limit_label}の緊急読影は、記載された受付時間が希望の時間帯と合いません"),
            0,
        ));
    }
    if p.urgent_return.iter().any(|r| r.not_offered) {
        return Some(reason(Status::Unmet, "緊急読影には対応していないと記載があります", 0));
    }
    if !quick.is_empty() {
        let best = quick.iter().map(|r| minutes(r)).min().unwrap_or(0);
        return Some(reason(
            Status::Unmet,
            format!("緊急読影の返却は最短{best}分と記載があり、{limit_label}に届きません"),
            0,
        ));
    }
    Some(reason(Status::Unknown, format!("{limit_label}で返却できるか、緊急読影の時間の記載がありません"), 0))
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

fn priorities(p: &Provider, profile: &Profile) -> Vec<Reason> {
    let mut out = Vec::new();
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
        let found = stated(p, group);
        out.push(if found.is_empty() {
            reason(Status::Unknown, format!("{label}: {missing}"), 0)
        } else {
            reason(Status::Met, format!("{label}: {}", found.join("、")), w * found.len().min(cap) as i32)
        });
    }
    let t = weight(profile, Criterion::ResponseTime);
    if t > 0 {
        let urgent = crate::directory::facet::fastest_urgent_minutes(p);
        let normal = crate::directory::facet::fastest_normal_minutes(p);
        let mut points = match urgent {
            Some(m) if m <= 60 => 3,
            Some(m) if m <= 120 => 2,
            Some(m) if m <= 180 => 1,
            _ => 0,
        };
        points += i32::from(normal.is_some_and(|m| m <= 2 * 1440));
        points += i32::from(Facet::Hours.values(p).contains(&"always"));
        let mut parts = Vec::new();
        if let Some(m) = urgent {
            parts.push(format!("緊急読影は最短{m}分"));
        }
        if let Some(due) = p.normal_return.iter().find_map(|r| r.rule.as_ref()) {
            parts.push(format!("通常読影は{}", due.describe()));
        }
        out.push(if parts.is_empty() {
            reason(Status::Unknown, "対応時間: 返却時間の記載がありません", 0)
        } else {
            reason(Status::Met, format!("対応時間: {}", parts.join("、")), t * points)
        });
    }
    out
}

fn region(p: &Provider, profile: &Profile) -> Option<Reason> {
    let wanted = profile.region?;
    let areas: Vec<Area> = p.region.iter().map(|r| r.area).collect();
    Some(if areas.contains(&wanted) || areas.contains(&Area::Nationwide) {
        let how = if areas.contains(&wanted) { wanted.label() } else { Area::Nationwide.label() };
        reason(Status::Met, format!("地域: {how}の記載があります"), 2)
    } else if areas.is_empty() {
        reason(
            Status::Unknown,
            "地域: 拠点や対応地域の記載がありません(遠隔のため地域を問わない場合もあります)",
            0,
        )
    } else {
        let labels: Vec<&str> = areas.iter().map(|a| a.label()).collect();
        reason(Status::Unmet, format!("地域: 記載されている地域は{}です", labels.join("・")), 0)
    })
}

fn volume(p: &Provider, profile: &Profile) -> Option<Reason> {
    let (wanted, why): (&[Feature], &str) = match profile.volume? {
        Volume::Low => {
            (&[Feature::NoInitialFee, Feature::NoMonthlyFee], "件数が少ないと固定費の比重が大きくなります")
        }
        Volume::High => (
            &[Feature::NoSliceSurcharge, Feature::NoPartSurcharge],
            "件数が多いと加算費用の影響が大きくなります",
        ),
        Volume::Mid => {
            return Some(reason(Status::Unknown, "件数: 受け入れ件数の上限や料金表は記載がありません", 0))
        }
    };
    let found: Vec<&str> = wanted.iter().filter(|f| has(p, **f)).map(|f| f.label()).collect();
    Some(if found.is_empty() {
        reason(
            Status::Unknown,
            format!(
                "料金: {}の記載がありません({why})",
                wanted.iter().map(|f| f.label()).collect::<Vec<_>>().join("・")
            ),
            0,
        )
    } else {
        reason(Status::Met, format!("料金: {}({why})", found.join("、")), found.len() as i32)
    })
}

fn facility(p: &Provider, profile: &Profile) -> Option<Reason> {
    let (feature_ok, text): (bool, &str) = match profile.facility? {
        Facility::Clinic => {
            (has(p, Feature::Consultation), "読影医に質問・相談できると記載があります(専門外の相談に)")
        }
        Facility::SmallHospital => {
            (has(p, Feature::SpecialistMatching), "領域ごとの専門医に割り振ると記載があります")
        }
        Facility::AcuteHospital => (
            crate::directory::facet::fastest_urgent_minutes(p).is_some_and(|m| m <= 120),
            "2時間以内の緊急読影の記載があります(救急対応に)",
        ),
        Facility::Screening => (
            p.menu.iter().any(|m| m.modalities.contains(&crate::modality::Modality::Screening)),
            "健診・検診の読影を扱うと記載があります",
        ),
    };
    feature_ok.then(|| reason(Status::Met, format!("施設の種類: {text}"), 2))
}
