//! Scoring: hard requirements decide the verdict; preferences add points. Every reason is a
//! plain Japanese sentence marked met, unmet, unknown or informative.

use crate::feature::Feature;
use crate::provider::{Criterion, Provider};

use super::profile::Profile;
use super::record::{Record, Records};

mod checks;
mod preferences;

use checks::{exams, hours_needed, urgency};
use preferences::{facility, priorities, region, volume};

/// How a reason bears on the facility.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Met,
    Unmet,
    Unknown,
}

/// What a reason is about: the question of the profile it answers, and so the part of the
/// score its points belong to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    Exam,
    Hours,
    Urgency,
    Priority(Criterion),
    Region,
    Volume,
    Facility,
}

impl Topic {
    /// The short name shown in a score's breakdown.
    pub fn label(self) -> &'static str {
        match self {
            Topic::Exam => "検査",
            Topic::Hours => "時間帯",
            Topic::Urgency => "緊急読影",
            Topic::Priority(c) => c.label(),
            Topic::Region => "地域",
            Topic::Volume => "料金",
            Topic::Facility => "施設の種類",
        }
    }
}

/// One line of explanation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    pub status: Status,
    pub text: String,
    /// Points this line adds.
    pub points: i32,
    pub topic: Topic,
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
    /// Exams that a complete menu does not list (to confirm; ranked after other unknowns).
    pub unlisted: u8,
    pub score: i32,
}

/// What the checks find about one provider: the verdict and the points always, the sentences
/// only when they are to be shown. Ranking every provider needs none of the sentences, so each
/// check passes its sentence as a closure that runs only then.
struct Findings {
    /// Whether the checks now running are hard requirements (they decide the verdict).
    hard: bool,
    /// What the check now running answers.
    topic: Topic,
    unmet: bool,
    unknown: bool,
    /// Exams that a complete menu does not list: to confirm, ranked after other unknowns.
    unlisted: u8,
    score: i32,
    reasons: Option<Vec<Reason>>,
}

impl Findings {
    fn new(explained: bool) -> Findings {
        Findings {
            hard: false,
            topic: Topic::Exam,
            unmet: false,
            unknown: false,
            unlisted: 0,
            score: 0,
            reasons: explained.then(Vec::new),
        }
    }

    fn add(&mut self, status: Status, points: i32, text: impl FnOnce() -> String) {
        if self.hard {
            self.unmet |= status == Status::Unmet;
            self.unknown |= status == Status::Unknown;
        }
        self.score += points;
        if let Some(reasons) = &mut self.reasons {
            reasons.push(Reason { status, text: text(), points, topic: self.topic });
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
            sort_key(findings.verdict(), findings.unlisted, findings.score, r.rank)
        })
        .collect();
    keys.sort_unstable();
    keys.into_iter()
        .map(|key| {
            let (verdict, unlisted, score, rank) = from_sort_key(key);
            Assessment { index: records.by_rank[rank as usize] as usize, verdict, unlisted, score }
        })
        .collect()
}

/// Above any score the checks can give (about 50 points at most), within the 16 bits kept for it.
const MAX_SCORE: i32 = 0xFFFF;
/// The verdicts in the order of their numbers (`verdict as u64`).
const VERDICTS: [Verdict; 3] = [Verdict::Match, Verdict::Unconfirmed, Verdict::Excluded];

/// The ranking order as one integer: the verdict (8 bits), then fewer unlisted exams first
/// (8 bits), then the points, more first (16 bits), then the 五十音 rank (32 bits), which is
/// unique, so the order is total.
fn sort_key(verdict: Verdict, unlisted: u8, score: i32, rank: u32) -> u64 {
    debug_assert!((0..=MAX_SCORE).contains(&score), "score {score} out of range");
    let fewer_points = (MAX_SCORE - score.clamp(0, MAX_SCORE)) as u64;
    (verdict as u64) << 56 | u64::from(unlisted) << 48 | fewer_points << 32 | u64::from(rank)
}

/// The verdict, unlisted exams, score and 五十音 rank of a [`sort_key`].
fn from_sort_key(key: u64) -> (Verdict, u8, i32, u32) {
    let fewer_points = ((key >> 32) & MAX_SCORE as u64) as i32;
    (VERDICTS[(key >> 56) as usize], (key >> 48) as u8, MAX_SCORE - fewer_points, key as u32)
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
    out.topic = Topic::Exam;
    exams(r, p, profile, &mut out);
    out.topic = Topic::Hours;
    hours_needed(r, p, profile, &mut out);
    out.topic = Topic::Urgency;
    urgency(r, p, profile, &mut out);
    out.hard = false;
    // `priorities` names its topic per priority.
    priorities(r, p, profile, &mut out);
    out.topic = Topic::Region;
    region(r, p, profile, &mut out);
    out.topic = Topic::Volume;
    volume(r, profile, &mut out);
    out.topic = Topic::Facility;
    facility(r, profile, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sort_key_orders_by_verdict_then_more_points_then_rank_and_reads_back() {
        let keys = [
            (Verdict::Match, 0, 12, 7),
            (Verdict::Match, 0, 3, 0),
            (Verdict::Match, 0, 3, 1),
            (Verdict::Unconfirmed, 0, 40, 2),
            (Verdict::Unconfirmed, 1, 50, 4),
            (Verdict::Excluded, 0, 0, 3),
        ];
        let packed: Vec<u64> = keys.iter().map(|&(v, u, s, r)| sort_key(v, u, s, r)).collect();
        assert!(packed.windows(2).all(|w| w[0] < w[1]), "{packed:?}");
        for (key, expected) in packed.iter().zip(keys) {
            assert_eq!(from_sort_key(*key), expected);
        }
        let last = sort_key(Verdict::Excluded, u8::MAX, 0, u32::MAX);
        assert_eq!(from_sort_key(last), (Verdict::Excluded, u8::MAX, 0, u32::MAX));
    }
}
