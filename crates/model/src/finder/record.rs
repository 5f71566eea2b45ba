//! What the finder's checks read of a provider, worked out once per data set: the exams,
//! features and areas it states (as bits), its hours, and its urgent promises in minutes.
//! Ranking every provider on each change of the form then reads these records alone, with
//! integer operations, instead of walking every provider's facts again.

use crate::directory::facet::{fastest_normal_minutes, fastest_urgent_minutes, Facet};
use crate::directory::index::Index;
use crate::directory::UNKNOWN;
use crate::facts::{Area, ReturnFact};
use crate::feature::Feature;
use crate::modality::Modality;
use crate::provider::Provider;
use crate::rule::Due;

use super::profile::HoursNeed;

/// Times of day that requests go out, as bits (see [`need_bit`]).
pub type Times = u8;

/// The bit of a time of day.
pub fn need_bit(need: HoursNeed) -> Times {
    match need {
        HoursNeed::WeekdayDay => 1,
        HoursNeed::Nights => 2,
        HoursNeed::Weekends => 4,
    }
}

/// What the directory's hours facet finds in a provider's intake windows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Hours {
    /// Some intake hours are stated.
    pub stated: bool,
    pub nights: bool,
    pub weekends: bool,
    /// Around the clock, every day.
    pub always: bool,
}

impl Hours {
    /// From the option codes of the hours facet that a provider has.
    pub fn from_codes<'a>(codes: impl IntoIterator<Item = &'a str>) -> Hours {
        let mut hours = Hours { stated: true, ..Hours::default() };
        for code in codes {
            match code {
                UNKNOWN => hours.stated = false,
                "nights" => hours.nights = true,
                "weekends" => hours.weekends = true,
                "always" => hours.always = true,
                _ => {}
            }
        }
        hours
    }
}

/// An urgent promise counted in minutes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quick {
    /// Minutes from acceptance to the report.
    pub minutes: u32,
    /// The times of day its intake windows reach; `None` when no windows are stated.
    pub covers: Option<Times>,
}

/// The facts of one provider that the finder's checks read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// The exams of its menu, one bit per [`Modality`].
    pub modalities: u32,
    /// Some menu entry names an exam.
    pub menu_stated: bool,
    /// One bit per [`Feature`].
    pub features: u64,
    /// One bit per [`Area`] stated.
    pub areas: u16,
    pub hours: Hours,
    /// Some normal or urgent return is described (weekday-day requests are then answered).
    pub returns_described: bool,
    /// The provider states that it offers no urgent reading.
    pub urgent_not_offered: bool,
    /// Urgent promises in minutes, quickest first.
    pub quick: Vec<Quick>,
    /// The fastest urgent return of any kind, in (rough) minutes.
    pub fastest_urgent: Option<u32>,
    /// The fastest normal return, in (rough) minutes.
    pub fastest_normal: Option<u32>,
    /// Position in 五十音 order (then id): the ranking's tie-break.
    pub rank: u32,
}

impl Record {
    /// The record of `p`, whose hours facet options are `hours` and whose 五十音 position is `rank`.
    pub fn of(p: &Provider, hours: Hours, rank: u32) -> Record {
        let mut quick: Vec<Quick> = p
            .urgent_return
            .iter()
            .chain(&p.other_returns)
            .filter_map(|r| match r.rule.as_ref().map(|rule| &rule.due) {
                Some(due @ Due::Minutes { .. }) => {
                    Some(Quick { minutes: due.rough_minutes(), covers: covers(r) })
                }
                _ => None,
            })
            .collect();
        quick.sort_by_key(|q| q.minutes);
        Record {
            modalities: p.menu.iter().flat_map(|m| &m.modalities).fold(0, |bits, m| bits | modality_bit(*m)),
            menu_stated: p.menu.iter().any(|m| !m.modalities.is_empty()),
            features: p.features.iter().fold(0, |bits, f| bits | feature_bit(f.code)),
            areas: p.region.iter().fold(0, |bits, r| bits | area_bit(r.area)),
            hours,
            returns_described: p.normal_return.iter().chain(&p.urgent_return).any(|r| r.text.is_some()),
            urgent_not_offered: p.urgent_return.iter().any(|r| r.not_offered),
            quick,
            fastest_urgent: fastest_urgent_minutes(p),
            fastest_normal: fastest_normal_minutes(p),
            rank,
        }
    }

    /// The record of `p` on its own, for explaining one result (its rank is not needed there).
    pub fn alone(p: &Provider) -> Record {
        Record::of(p, Hours::from_codes(Facet::Hours.values(p)), 0)
    }

    /// Whether its menu names exam `m`.
    pub fn has_modality(&self, m: Modality) -> bool {
        self.modalities & modality_bit(m) != 0
    }

    /// Whether it states feature `f`.
    pub fn has_feature(&self, f: Feature) -> bool {
        self.features & feature_bit(f) != 0
    }

    /// Whether it states area `a` (as a base or as served).
    pub fn has_area(&self, a: Area) -> bool {
        self.areas & area_bit(a) != 0
    }
}

/// The records of a provider list (same order), built once per data set beside its index.
#[derive(Clone, Debug, Default)]
pub struct Records {
    pub rows: Vec<Record>,
    /// Provider positions in 五十音 order: `by_rank[rows[i].rank] == i`.
    pub by_rank: Vec<u32>,
}

impl Records {
    /// The records of `providers`, reading the hours and the 五十音 order from their `index`.
    pub fn build(providers: &[Provider], index: &Index) -> Records {
        let bit = |code| index.option_bit(Facet::Hours, code);
        let (unknown, nights, weekends, always) =
            (bit(UNKNOWN), bit("nights"), bit("weekends"), bit("always"));
        let rows: Vec<Record> = providers
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let has = index.facet_bits(i, Facet::Hours);
                let hours = Hours {
                    stated: has & unknown == 0,
                    nights: has & nights != 0,
                    weekends: has & weekends != 0,
                    always: has & always != 0,
                };
                Record::of(p, hours, index.rank(i))
            })
            .collect();
        let mut by_rank = vec![0; rows.len()];
        for (i, row) in rows.iter().enumerate() {
            by_rank[row.rank as usize] = i as u32;
        }
        Records { rows, by_rank }
    }
}

/// The times of day that a return's intake windows reach (`hours::reach`, as in the directory's
/// hours facet), or `None` when none are stated.
fn covers(r: &ReturnFact) -> Option<Times> {
    let reach = crate::hours::reach(r.intake.as_ref()?);
    let mut times = 0;
    for (yes, need) in [
        (reach.weekday_days, HoursNeed::WeekdayDay),
        (reach.nights, HoursNeed::Nights),
        (reach.weekends, HoursNeed::Weekends),
    ] {
        if yes {
            times |= need_bit(need);
        }
    }
    Some(times)
}

// Every exam, feature and area has a bit of its mask.
const _: () = assert!(Modality::ALL.len() <= 32 && Feature::ALL.len() <= 64 && Area::ALL.len() <= 16);

fn modality_bit(m: Modality) -> u32 {
    1 << (m as u32)
}

fn feature_bit(f: Feature) -> u64 {
    1 << (f as u64)
}

fn area_bit(a: Area) -> u16 {
    1 << (a as u16)
}
