//! What the finder's checks read of a provider, worked out once per data set from the readings
//! (`crate::reading`): the exams named and inferred, the features and areas stated, the hours
//! its windows cover, and its urgent promises in minutes. Ranking every provider on each change
//! of the form then reads these records alone, with integer operations.

use crate::directory::index::Index;
use crate::facts::{Area, RegionBasis};
use crate::feature::Feature;
use crate::hours::{reach, Reach};
use crate::modality::Modality;
use crate::provider::Provider;
use crate::reading::promise::{all_windows, fastest_normal, fastest_urgent, promises, quick};

use super::profile::HoursNeed;

/// An urgent promise counted in minutes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quick {
    /// Minutes from acceptance to the report (the slower reading when the words are ambiguous).
    pub minutes: u32,
    /// The rule bounds the wait (not a best case, no unknown alternative).
    pub bounds: bool,
    /// The rule is a target (目途, 程度, 原則).
    pub approx: bool,
    /// What its intake windows reach; `None` when no windows are stated.
    pub reach: Option<Reach>,
    /// Its position among the provider's promises (`reading::promise::promises`), for wording.
    pub promise: usize,
}

/// The facts of one provider that the finder's checks read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// The exams its menus name, one bit per [`Modality`].
    pub modalities: u32,
    /// The exams only inferred from a menu's words.
    pub inferred: u32,
    /// Some menu is stated.
    pub menu_stated: bool,
    /// Some stated menu is a partial list.
    pub menu_partial: bool,
    /// One bit per [`Feature`].
    pub features: u64,
    /// One bit per [`Area`] stated.
    pub areas: u16,
    /// One bit per [`Area`] inferred (from a name or a description).
    pub inferred_areas: u16,
    /// What all its intake windows reach; `None` when none is stated.
    pub hours: Option<Reach>,
    /// Some normal or urgent return is described.
    pub returns_described: bool,
    /// The provider states that it offers no urgent reading.
    pub urgent_not_offered: bool,
    /// Urgent promises in minutes, quickest first.
    pub quick: Vec<Quick>,
    /// The fastest urgent promise that bounds the wait, in minutes.
    pub fastest_urgent: Option<u32>,
    /// The fastest bound of the normal return, in (rough) minutes.
    pub fastest_normal: Option<u32>,
    /// Position in 五十音 order (then id): the ranking's tie-break.
    pub rank: u32,
}

impl Record {
    /// The record of `p`, whose 五十音 position is `rank`.
    pub fn of(p: &Provider, rank: u32) -> Record {
        let promises = promises(p);
        let mut quick: Vec<Quick> = quick(&promises)
            .filter_map(|pr| {
                let rule = pr.rule()?;
                Some(Quick {
                    minutes: pr.minutes()?,
                    bounds: rule.bounds(),
                    approx: rule.approx || rule.upper_bound,
                    reach: pr.windows.as_ref().map(reach),
                    promise: promises.iter().position(|x| std::ptr::eq(x, pr)).unwrap_or_default(),
                })
            })
            .collect();
        quick.sort_by_key(|q| q.minutes);
        let areas = |inferred: bool| {
            p.region
                .iter()
                .filter(|r| (r.basis != RegionBasis::Stated) == inferred)
                .fold(0, |bits, r| bits | area_bit(r.area))
        };
        let menus = p.menu.iter().filter(|m| m.text.is_some());
        Record {
            modalities: menus.clone().flat_map(|m| &m.modalities).fold(0, |bits, m| bits | modality_bit(*m)),
            inferred: menus.clone().flat_map(|m| &m.inferred).fold(0, |bits, i| bits | modality_bit(i.code)),
            menu_stated: menus.clone().next().is_some(),
            menu_partial: menus.clone().any(|m| m.is_partial()),
            features: p.features.iter().fold(0, |bits, f| bits | feature_bit(f.code)),
            areas: areas(false),
            inferred_areas: areas(true),
            hours: all_windows(p).map(reach),
            returns_described: promises[..2].iter().any(|pr| pr.described()),
            urgent_not_offered: promises[1].not_offered,
            quick,
            fastest_urgent: fastest_urgent(&promises),
            fastest_normal: fastest_normal(&promises),
            rank,
        }
    }

    /// The record of `p` on its own, for explaining one result (its rank is not needed there).
    pub fn alone(p: &Provider) -> Record {
        Record::of(p, 0)
    }

    /// Whether its menu names exam `m`.
    pub fn has_modality(&self, m: Modality) -> bool {
        self.modalities & modality_bit(m) != 0
    }

    /// Whether its menu's words suggest exam `m` without naming it.
    pub fn infers_modality(&self, m: Modality) -> bool {
        self.inferred & modality_bit(m) != 0
    }

    /// Whether it states feature `f`.
    pub fn has_feature(&self, f: Feature) -> bool {
        self.features & feature_bit(f) != 0
    }

    /// Whether it states area `a` (as a base or as served).
    pub fn has_area(&self, a: Area) -> bool {
        self.areas & area_bit(a) != 0
    }

    /// Whether area `a` is only inferred for it.
    pub fn infers_area(&self, a: Area) -> bool {
        self.inferred_areas & area_bit(a) != 0
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
    /// The records of `providers`, reading the 五十音 order from their `index`.
    pub fn build(providers: &[Provider], index: &Index) -> Records {
        let rows: Vec<Record> =
            providers.iter().enumerate().map(|(i, p)| Record::of(p, index.rank(i))).collect();
        let mut by_rank = vec![0; rows.len()];
        for (i, row) in rows.iter().enumerate() {
            by_rank[row.rank as usize] = i as u32;
        }
        Records { rows, by_rank }
    }
}

/// How a band of the week stands in a reach: covered whole, touched, or not reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cover {
    Whole,
    Part,
    None,
}

/// How `reach` stands for the band `need`.
pub fn cover(reach: &Reach, need: HoursNeed) -> Cover {
    let (some, whole) = match need {
        HoursNeed::WeekdayDay => (reach.weekday_days, reach.full.weekday_days),
        HoursNeed::Evenings => (reach.evenings, reach.full.evenings),
        HoursNeed::Nights => (reach.nights, reach.full.nights),
        HoursNeed::Weekends => (reach.weekends, reach.full.weekends),
    };
    match (whole, some) {
        (true, _) => Cover::Whole,
        (false, true) => Cover::Part,
        (false, false) => Cover::None,
    }
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
