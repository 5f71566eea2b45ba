//! Scoring: hard requirements decide the verdict; preferences add points. Every reason is a
//! plain Japanese sentence marked met, unmet, unknown or informative.

use crate::directory::facet::Facet;
use crate::directory::index::Index;
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

/// A provider's place in the ranking. Its reasons come from [`explain`], for the results shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// Position of the provider in the list given to [`assess`].
    pub index: usize,
    pub verdict: Verdict,
    pub score: i32,
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

/// What the checks find about one provider: the verdict and the points always, the sentences
/// only when they are to be shown. Ranking every provider needs none of the sentences, so each
/// check passes its sentence as a closure that runs only then.
struct Findings {
    /// Whether the checks now running are hard requirements (they decide the verdict).
    hard: bool,
    unmet: bool,
    unknown: bool,
    score: i32,
    reasons: Option<Vec<Reason>>,
}

impl Findings {
    fn new(explained: bool) -> Findings {
        Findings { hard: false, unmet: false, unknown: false, score: 0, reasons: explained.then(Vec::new) }
    }

    fn add(&mut self, status: Status, points: i32, text: impl FnOnce() -> String) {
        if self.hard {
            self.unmet |= status == Status::Unmet;
            self.unknown |= status == Status::Unknown;
        }
        self.score += points;
        if let Some(reasons) = &mut self.reasons {
            reasons.push(Reason { status, text: text(), points });
        }
    }

    fn verdict(&self) -> Verdict {
        match (self.unmet, self.unknown) {
            (true, _) => Verdict::Excluded,
            (false, true) => Verdict::Unconfirmed,
            (false, false) => Verdict::Match,
        }
    }
}

fn has(p: &Provider, f: Feature) -> bool {
    p.features.iter().any(|x| x.code == f)
}

/// The labels of the features of `group` that `p` states.
fn stated(p: &Provider, group: &[Feature]) -> Vec<&'static str> {
    group.iter().filter(|f| has(p, **f)).map(|f| f.label()).collect()
}

/// Assesses every provider of the indexed list and returns them best first: matches, then
/// unconfirmed, then excluded; by points within each; ties in 五十音 order.
pub fn assess(providers: &[Provider], index: &Index, profile: &Profile) -> Vec<Assessment> {
    // The bits of the hours options the checks ask about, found once rather than per provider.
    let bits = HOURS_ASKED.map(|code| (code, index.option_bit(Facet::Hours, code)));
    // Each sort key is kept beside its assessment, so sorting compares values in one array.
    let mut keyed: Vec<((Verdict, i32, u32), Assessment)> = providers
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let has = index.facet_bits(i, Facet::Hours);
            let hours = |code: &str| {
                debug_assert!(HOURS_ASKED.contains(&code), "the hours option {code} is not in HOURS_ASKED");
                bits.iter().any(|&(c, bit)| c == code && has & bit != 0)
            };
            let findings = check(p, &hours, profile, false);
            let assessment = Assessment { index: i, verdict: findings.verdict(), score: findings.score };
            ((assessment.verdict, -assessment.score, index.rank(i)), assessment)
        })
        .collect();
    // The 五十音 rank is unique, so the order is total and the unstable sort deterministic.
    keyed.sort_unstable_by_key(|(key, _)| *key);
    keyed.into_iter().map(|(_, a)| a).collect()
}

/// Every option of the hours facet that the checks ask about (`hours(code)` in `check`).
const HOURS_ASKED: [&str; 4] = [crate::directory::UNKNOWN, "nights", "weekends", "always"];

/// Why `p` stands where it does for `profile`: the requirements first, then the preferences.
pub fn explain(p: &Provider, profile: &Profile) -> Vec<Reason> {
    let values = Facet::Hours.values(p);
    let hours = |code: &str| values.contains(&code);
    check(p, &hours, profile, true).reasons.unwrap_or_default()
}

/// Runs every check. `hours` tells whether the provider has an option of the directory's
/// hours facet (worked out from its intake windows, which is slow to do for every provider).
fn check(p: &Provider, hours: &dyn Fn(&str) -> bool, profile: &Profile, explained: bool) -> Findings {
    let mut out = Findings::new(explained);
    out.hard = true;
    exams(p, profile, &mut out);
    hours_needed(p, hours, profile, &mut out);
    urgency(p, profile, &mut out);
    out.hard = false;
    priorities(p, hours, profile, &mut out);
    region(p, profile, &mut out);
    volume(p, profile, &mut out);
    facility(p, profile, &mut out);
    out
}

fn exams(p: &Provider, profile: &Profile, out: &mut Findings) {
    let menu_stated = p.menu.iter().any(|m| !m.modalities.is_empty());
    for m in &profile.modalities {
        if p.menu.iter().any(|x| x.modalities.contains(m)) {
            out.add(Status::Met, 0, || format!("{}を扱うと記載があります", m.label()));
        } else if !menu_stated {
            out.add(Status::Unknown, 0, || {
                format!("{}を扱うか記載がありません(検査メニューの記載なし)", m.label())
            });
        } else {
            out.add(Status::Unmet, 0, || format!("検査メニューに{}の記載がありません", m.label()));
        }
    }
}

fn hours_needed(p: &Provider, hours: &dyn Fn(&str) -> bool, profile: &Profile, out: &mut Findings) {
    let known = !hours(crate::directory::UNKNOWN);
    for h in &profile.hours {
        let (code, label) = match h {
            HoursNeed::WeekdayDay => {
                if p.normal_return.iter().chain(&p.urgent_return).any(|r| r.text.is_some()) {
                    out.add(Status::Met, 0, || "平日の日中の依頼に対応する返却の記載があります".into());
                } else {
                    out.add(Status::Unknown, 0, || "平日の日中の受付・返却の記載がありません".into());
                }
                continue;
            }
            HoursNeed::Nights => ("nights", "夜間(22時〜翌6時)"),
            HoursNeed::Weekends => ("weekends", "土日・祝日"),
        };
        if hours(code) {
            out.add(Status::Met, 0, || format!("{label}に依頼を受け付けると記載があります"));
        } else if known {
            out.add(Status::Unmet, 0, || format!("記載された受付時間に{label}が含まれていません"));
        } else {
            out.add(Status::Unknown, 0, || {
                format!("受付時間の記載がなく、{label}に依頼できるか分かりません")
            });
        }
    }
}

/// Urgent promises within minutes, with whether their windows cover the hours needed.
fn urgency(p: &Provider, profile: &Profile, out: &mut Findings) {
    let Some(limit) = profile.urgent_within else { return };
    let quick = || {
        p.urgent_return
            .iter()
            .chain(&p.other_returns)
            .filter(|r| matches!(r.rule.as_ref().map(|r| &r.due), Some(Due::Minutes { .. })))
    };
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
    let fast = || quick().filter(|r| minutes(r) <= limit);
    let when = if profile.hours.iter().any(|h| *h != HoursNeed::WeekdayDay) {
        "希望する時間帯に"
    } else {
        ""
    };
    let limit_label = || format!("{}時間以内", limit / 60);
    if fast().any(|r| covers(r) == Some(true) || (profile.hours.is_empty() && covers(r).is_none())) {
        let best = fast().map(minutes).min().unwrap_or(limit);
        out.add(Status::Met, 0, || {
            format!("{when}緊急読影を{best}分以内に返却すると記載があります(希望: {})", limit_label())
        });
    } else if fast().any(|r| covers(r).is_none()) {
        out.add(Status::Unknown, 0, || {
            format!("{}の緊急読影の記載はありますが、受付時間の記載がありません", limit_label())
        });
    } else if fast().next().is_some() {
        out.add(Status::Unmet, 0, || {
            format!("{}の緊急読影は、記載された受付時間が希望の時間帯と合いません", limit_label())
        });
    } else if p.urgent_return.iter().any(|r| r.not_offered) {
        out.add(Status::Unmet, 0, || "緊急読影には対応していないと記載があります".into());
    } else if let Some(best) = quick().map(minutes).min() {
        out.add(Status::Unmet, 0, || {
            format!("緊急読影の返却は最短{best}分と記載があり、{}に届きません", limit_label())
        });
    } else {
        out.add(Status::Unknown, 0, || {
            format!("{}で返却できるか、緊急読影の時間の記載がありません", limit_label())
        });
    }
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

fn priorities(p: &Provider, hours: &dyn Fn(&str) -> bool, profile: &Profile, out: &mut Findings) {
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
        match group.iter().filter(|f| has(p, **f)).count() {
            0 => out.add(Status::Unknown, 0, || format!("{label}: {missing}")),
            found => out.add(Status::Met, w * found.min(cap) as i32, || {
                format!("{label}: {}", stated(p, group).join("、"))
            }),
        }
    }
    let t = weight(profile, Criterion::ResponseTime);
    if t > 0 {
        let urgent = crate::directory::facet::fastest_urgent_minutes(p);
        let normal = p.normal_return.iter().find_map(|r| r.rule.as_ref());
        let mut points = match urgent {
            Some(m) if m <= 60 => 3,
            Some(m) if m <= 120 => 2,
            Some(m) if m <= 180 => 1,
            _ => 0,
        };
        points +=
            i32::from(crate::directory::facet::fastest_normal_minutes(p).is_some_and(|m| m <= 2 * 1440));
        points += i32::from(hours("always"));
        if urgent.is_none() && normal.is_none() {
            out.add(Status::Unknown, 0, || "対応時間: 返却時間の記載がありません".into());
        } else {
            out.add(Status::Met, t * points, || {
                let urgent = urgent.map(|m| format!("緊急読影は最短{m}分"));
                let normal = normal.map(|due| format!("通常読影は{}", due.describe()));
                let parts: Vec<String> = urgent.into_iter().chain(normal).collect();
                format!("対応時間: {}", parts.join("、"))
            });
        }
    }
}

fn region(p: &Provider, profile: &Profile, out: &mut Findings) {
    let Some(wanted) = profile.region else { return };
    let stated = |area: Area| p.region.iter().any(|r| r.area == area);
    if stated(wanted) || stated(Area::Nationwide) {
        let how = if stated(wanted) { wanted.label() } else { Area::Nationwide.label() };
        out.add(Status::Met, 2, || format!("地域: {how}の記載があります"));
    } else if p.region.is_empty() {
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

fn volume(p: &Provider, profile: &Profile, out: &mut Findings) {
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
    match wanted.iter().filter(|f| has(p, **f)).count() {
        0 => out.add(Status::Unknown, 0, || {
            let labels: Vec<&str> = wanted.iter().map(|f| f.label()).collect();
            format!("料金: {}の記載がありません({why})", labels.join("・"))
        }),
        found => {
            out.add(Status::Met, found as i32, || format!("料金: {}({why})", stated(p, wanted).join("、")))
        }
    }
}

fn facility(p: &Provider, profile: &Profile, out: &mut Findings) {
    let (feature_ok, text): (bool, &str) = match profile.facility {
        None => return,
        Some(Facility::Clinic) => {
            (has(p, Feature::Consultation), "読影医に質問・相談できると記載があります(専門外の相談に)")
        }
        Some(Facility::SmallHospital) => {
            (has(p, Feature::SpecialistMatching), "領域ごとの専門医に割り振ると記載があります")
        }
        Some(Facility::AcuteHospital) => (
            crate::directory::facet::fastest_urgent_minutes(p).is_some_and(|m| m <= 120),
            "2時間以内の緊急読影の記載があります(救急対応に)",
        ),
        Some(Facility::Screening) => (
            p.menu.iter().any(|m| m.modalities.contains(&crate::modality::Modality::Screening)),
            "健診・検診の読影を扱うと記載があります",
        ),
    };
    if feature_ok {
        out.add(Status::Met, 2, || format!("施設の種類: {text}"));
    }
}
