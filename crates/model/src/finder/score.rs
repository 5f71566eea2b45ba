//! Scoring: hard requirements decide the verdict; preferences add points. Every reason is a
//! plain Japanese sentence marked met, unmet, unknown or informative.

use crate::facts::Area;
use crate::feature::Feature;
use crate::provider::{Criterion, Provider};

use super::profile::{Facility, HoursNeed, Profile, Volume};
use super::record::{need_bit, Quick, Record, Records};

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
    Match = 0,
    /// No requirement is contradicted, but some are not stated: confirm with the provider.
    Unconfirmed = 1,
    /// A requirement is contradicted by what the sources state.
    Excluded = 2,
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

/// The labels of the features of `group` that `r` states.
fn stated(r: &Record, group: &[Feature]) -> Vec<&'static str> {
    group.iter().filter(|f| r.has_feature(**f)).map(|f| f.label()).collect()
}

fn count(r: &Record, group: &[Feature]) -> usize {
    group.iter().filter(|f| r.has_feature(**f)).count()
}

/// Assesses every provider of the list and returns them best first: matches, then
/// unconfirmed, then excluded; by points within each; ties in 五十音 order. `records` are
/// those of `providers` ([`Records::build`]).
pub fn assess(providers: &[Provider], records: &Records, profile: &Profile) -> Vec<Assessment> {
    debug_assert_eq!(providers.len(), records.rows.len(), "the records are of another list");
    // One integer per provider, ordered as the ranking is; sorting integers is the cheapest sort.
    let mut keys: Vec<u64> = records
        .rows
        .iter()
        .zip(providers)
        .map(|(r, p)| {
            let findings = check(r, p, profile, false);
            sort_key(findings.verdict(), findings.score, r.rank)
        })
        .collect();
    keys.sort_unstable();
    keys.into_iter()
        .map(|key| {
            let (verdict, score, rank) = from_sort_key(key);
            Assessment { index: records.by_rank[rank as usize] as usize, verdict, score }
        })
        .collect()
}

/// Above any score the checks can give (about 50 points at most), within the 24 bits kept for it.
const MAX_SCORE: i32 = 0xFF_FFFF;
/// The verdicts in the order of their numbers (`verdict as u64`).
const VERDICTS: [Verdict; 3] = [Verdict::Match, Verdict::Unconfirmed, Verdict::Excluded];

/// The ranking order as one integer: the verdict (8 bits), then the points, more first (24 bits),
/// then the 五十音 rank (32 bits), which is unique, so the order is total.
fn sort_key(verdict: Verdict, score: i32, rank: u32) -> u64 {
    debug_assert!((0..=MAX_SCORE).contains(&score), "score {score} out of range");
    let fewer_points = (MAX_SCORE - score.clamp(0, MAX_SCORE)) as u64;
    (verdict as u64) << 56 | fewer_points << 32 | u64::from(rank)
}

/// The verdict, score and 五十音 rank of a [`sort_key`].
fn from_sort_key(key: u64) -> (Verdict, i32, u32) {
    let fewer_points = ((key >> 32) & MAX_SCORE as u64) as i32;
    (VERDICTS[(key >> 56) as usize], MAX_SCORE - fewer_points, key as u32)
}

/// Why `p` stands where it does for `profile`: the requirements first, then the preferences.
pub fn explain(p: &Provider, profile: &Profile) -> Vec<Reason> {
    check(&Record::alone(p), p, profile, true).reasons.unwrap_or_default()
}

/// Runs every check on the record `r` of `p`. The checks decide on the record alone; `p` is
/// read only to word the sentences, so ranking touches no provider.
fn check(r: &Record, p: &Provider, profile: &Profile, explained: bool) -> Findings {
    let mut out = Findings::new(explained);
    out.hard = true;
    exams(r, profile, &mut out);
    hours_needed(r, profile, &mut out);
    urgency(r, profile, &mut out);
    out.hard = false;
    priorities(r, p, profile, &mut out);
    region(r, p, profile, &mut out);
    volume(r, profile, &mut out);
    facility(r, profile, &mut out);
    out
}

fn exams(r: &Record, profile: &Profile, out: &mut Findings) {
    for m in &profile.modalities {
        if r.has_modality(*m) {
            out.add(Status::Met, 0, || format!("{}を扱うと記載があります", m.label()));
        } else if !r.menu_stated {
            out.add(Status::Unknown, 0, || {
                format!("{}を扱うか記載がありません(検査メニューの記載なし)", m.label())
            });
        } else {
            out.add(Status::Unmet, 0, || format!("検査メニューに{}の記載がありません", m.label()));
        }
    }
}

fn hours_needed(r: &Record, profile: &Profile, out: &mut Findings) {
    for h in &profile.hours {
        let (has, label) = match h {
            HoursNeed::WeekdayDay => {
                if r.returns_described {
                    out.add(Status::Met, 0, || "平日の日中の依頼に対応する返却の記載があります".into());
                } else {
                    out.add(Status::Unknown, 0, || "平日の日中の受付・返却の記載がありません".into());
                }
                continue;
            }
            HoursNeed::Nights => (r.hours.nights, "夜間(22時〜翌6時)"),
            HoursNeed::Weekends => (r.hours.weekends, "土日・祝日"),
        };
        if has {
            out.add(Status::Met, 0, || format!("{label}に依頼を受け付けると記載があります"));
        } else if r.hours.stated {
            out.add(Status::Unmet, 0, || format!("記載された受付時間に{label}が含まれていません"));
        } else {
            out.add(Status::Unknown, 0, || {
                format!("受付時間の記載がなく、{label}に依頼できるか分かりません")
            });
        }
    }
}

/// Urgent promises within minutes, with whether their windows cover the hours needed.
fn urgency(r: &Record, profile: &Profile, out: &mut Findings) {
    let Some(limit) = profile.urgent_within else { return };
    let needs = profile.hours.iter().fold(0, |bits, h| bits | need_bit(*h));
    // The promises are quickest first, so the fast ones are a prefix.
    let fast = &r.quick[..r.quick.partition_point(|q| q.minutes <= limit)];
    let covered = |q: &Quick| q.covers.map(|times| times & needs == needs);
    let when = if profile.hours.iter().any(|h| *h != HoursNeed::WeekdayDay) {
        "希望する時間帯に"
    } else {
        ""
    };
    let limit_label = || format!("{}時間以内", limit / 60);
    if fast.iter().any(|q| covered(q) == Some(true) || (needs == 0 && q.covers.is_none())) {
        let best = fast[0].minutes;
        out.add(Status::Met, 0, || {
            format!("{when}緊急読影を{best}分以内に返却すると記載があります(希望: {})", limit_label())
        });
    } else if fast.iter().any(|q| q.covers.is_none()) {
        out.add(Status::Unknown, 0, || {
            format!("{}の緊急読影の記載はありますが、受付時間の記載がありません", limit_label())
        });
    } else if !fast.is_empty() {
        out.add(Status::Unmet, 0, || {
            format!("{}の緊急読影は、記載された受付時間が希望の時間帯と合いません", limit_label())
        });
    } else if r.urgent_not_offered {
        out.add(Status::Unmet, 0, || "緊急読影には対応していないと記載があります".into());
    } else if let Some(best) = r.quick.first().map(|q| q.minutes) {
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

fn priorities(r: &Record, p: &Provider, profile: &Profile, out: &mut Findings) {
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
        points += i32::from(r.hours.always);
        if urgent.is_none() && r.fastest_normal.is_none() {
            out.add(Status::Unknown, 0, || "対応時間: 返却時間の記載がありません".into());
        } else {
            out.add(Status::Met, t * points, || {
                let urgent = urgent.map(|m| format!("緊急読影は最短{m}分"));
                let normal = p.normal_return.iter().find_map(|r| r.rule.as_ref());
                let normal = normal.map(|due| format!("通常読影は{}", due.describe()));
                let parts: Vec<String> = urgent.into_iter().chain(normal).collect();
                format!("対応時間: {}", parts.join("、"))
            });
        }
    }
}

fn region(r: &Record, p: &Provider, profile: &Profile, out: &mut Findings) {
    let Some(wanted) = profile.region else { return };
    if r.has_area(wanted) || r.has_area(Area::Nationwide) {
        let how = if r.has_area(wanted) { wanted.label() } else { Area::Nationwide.label() };
        out.add(Status::Met, 2, || format!("地域: {how}の記載があります"));
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

fn volume(r: &Record, profile: &Profile, out: &mut Findings) {
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

fn facility(r: &Record, profile: &Profile, out: &mut Findings) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sort_key_orders_by_verdict_then_more_points_then_rank_and_reads_back() {
        let keys = [
            (Verdict::Match, 12, 7),
            (Verdict::Match, 3, 0),
            (Verdict::Match, 3, 1),
            (Verdict::Unconfirmed, 40, 2),
            (Verdict::Excluded, 0, 3),
        ];
        let packed: Vec<u64> = keys.iter().map(|&(v, s, r)| sort_key(v, s, r)).collect();
        assert!(packed.windows(2).all(|w| w[0] < w[1]), "{packed:?}");
        for (key, expected) in packed.iter().zip(keys) {
            assert_eq!(from_sort_key(*key), expected);
        }
        assert_eq!(from_sort_key(sort_key(Verdict::Excluded, 0, u32::MAX)), (Verdict::Excluded, 0, u32::MAX));
    }
}
