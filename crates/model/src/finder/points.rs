//! What each preference is worth. The checks add these numbers and the page's explanation of
//! the score is worded from them (`finder::rules`), so the two cannot drift apart.

use crate::feature::Feature;
use crate::provider::Criterion;

use super::profile::{Profile, Volume};

/// The weights of the priorities chosen, first to third.
pub const PRIORITY_WEIGHTS: [i32; 3] = [3, 2, 1];
/// The weight of every priority when none is chosen.
pub const EQUAL_WEIGHT: i32 = 1;

/// Points per stated feature of the quality or the security group (before the weight).
pub const PER_FEATURE: i32 = 1;
/// At most this many reading features (quality) count.
pub const QUALITY_CAP: usize = 4;
/// At most this many security features count.
pub const SECURITY_CAP: usize = 3;

/// The fastest urgent return that bounds the wait, as (within minutes, points), fastest first.
pub const URGENT_POINTS: [(u32, i32); 3] = [(60, 3), (120, 2), (180, 1)];
/// A normal return bounded within this many minutes (two days)...
pub const NORMAL_WITHIN: u32 = 2 * 1440;
/// ...adds this many points.
pub const NORMAL_POINTS: i32 = 1;
/// Intake at every minute of every day (24/365) adds this many points.
pub const ALWAYS_POINTS: i32 = 1;

/// The region asked for (or nationwide) stated.
pub const REGION_POINTS: i32 = 2;
/// A stated feature that fits the facility type.
pub const FACILITY_POINTS: i32 = 2;
/// What fits an acute hospital: an urgent return within this many minutes.
pub const ACUTE_URGENT_WITHIN: u32 = 120;
/// Points per stated fee feature that fits the volume.
pub const PER_FEE: i32 = 1;

/// The reading features that count for quality.
pub const QUALITY: [Feature; 7] = [
    Feature::DoubleReading,
    Feature::SecondaryReading,
    Feature::TripleReading,
    Feature::BlindReading,
    Feature::ReportCheck,
    Feature::SpecialistMatching,
    Feature::RadiologistProfiles,
];
/// The features that count for security.
pub const SECURITY: [Feature; 6] = [
    Feature::PrivacyMark,
    Feature::MedisPrivacyMark,
    Feature::MultiSiteDataCenter,
    Feature::OwnDataCenter,
    Feature::DedicatedLine,
    Feature::NetworkMonitoring,
];
/// The fee features that fit a low volume (fixed costs weigh more).
pub const LOW_VOLUME_FEES: [Feature; 2] = [Feature::NoInitialFee, Feature::NoMonthlyFee];
/// The fee features that fit a high volume (surcharges add up).
pub const HIGH_VOLUME_FEES: [Feature; 2] = [Feature::NoSliceSurcharge, Feature::NoPartSurcharge];

/// The fee features that fit `volume`; none for a middle volume.
pub fn fitting_fees(volume: Volume) -> &'static [Feature] {
    match volume {
        Volume::Low => &LOW_VOLUME_FEES,
        Volume::High => &HIGH_VOLUME_FEES,
        Volume::Mid => &[],
    }
}

/// The weight of priority `c`: by its place among those chosen, 0 when others are chosen and it
/// is not, the same for all when none is chosen.
pub fn weight(profile: &Profile, c: Criterion) -> i32 {
    if profile.priorities.is_empty() {
        return EQUAL_WEIGHT;
    }
    match profile.priorities.iter().position(|x| *x == c) {
        Some(i) => PRIORITY_WEIGHTS[i.min(PRIORITY_WEIGHTS.len() - 1)],
        None => 0,
    }
}

/// Points of the fastest bounded urgent return, `None` when there is none.
pub fn urgent_points(minutes: Option<u32>) -> i32 {
    let Some(minutes) = minutes else { return 0 };
    URGENT_POINTS.iter().find(|(within, _)| minutes <= *within).map_or(0, |(_, points)| *points)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_follow_the_order_chosen() {
        let none = Profile::default();
        assert!(Criterion::ALL.iter().all(|c| weight(&none, *c) == EQUAL_WEIGHT));
        let two = Profile { priorities: vec![Criterion::Security, Criterion::Quality], ..Profile::default() };
        assert_eq!(weight(&two, Criterion::Security), PRIORITY_WEIGHTS[0]);
        assert_eq!(weight(&two, Criterion::Quality), PRIORITY_WEIGHTS[1]);
        assert_eq!(weight(&two, Criterion::ResponseTime), 0, "not chosen");
    }

    #[test]
    fn urgent_points_go_to_the_first_limit_met() {
        assert_eq!(urgent_points(Some(30)), 3);
        assert_eq!(urgent_points(Some(60)), 3);
        assert_eq!(urgent_points(Some(61)), 2);
        assert_eq!(urgent_points(Some(180)), 1);
        assert_eq!(urgent_points(Some(181)), 0);
        assert_eq!(urgent_points(None), 0);
    }
}
