//! What the visitor tells the finder about the facility, and its URL form.

use crate::facts::Area;
use crate::modality::Modality;
use crate::provider::Criterion;

/// The kind of facility.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facility {
    Clinic,
    SmallHospital,
    AcuteHospital,
    Screening,
}

/// Rough monthly request volume.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Volume {
    Low,
    Mid,
    High,
}

/// When requests go out: the bands of the week (`crate::hours`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HoursNeed {
    WeekdayDay,
    Evenings,
    Nights,
    Weekends,
}

/// Everything the finder asks.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Profile {
    pub facility: Option<Facility>,
    pub modalities: Vec<Modality>,
    pub volume: Option<Volume>,
    pub hours: Vec<HoursNeed>,
    /// An urgent report is needed within this many minutes.
    pub urgent_within: Option<u32>,
    /// Priorities, most important first.
    pub priorities: Vec<Criterion>,
    pub region: Option<Area>,
}

/// Choices shown by the form: (code, label).
pub const FACILITIES: [(Facility, &str, &str); 4] = [
    (Facility::Clinic, "clinic", "診療所・クリニック"),
    (Facility::SmallHospital, "small", "中小規模の病院"),
    (Facility::AcuteHospital, "acute", "急性期・救急の病院"),
    (Facility::Screening, "screening", "健診・検診施設"),
];
/// Volume choices.
pub const VOLUMES: [(Volume, &str, &str); 3] = [
    (Volume::Low, "low", "月50件未満"),
    (Volume::Mid, "mid", "月50〜300件"),
    (Volume::High, "high", "月300件以上"),
];
/// Hours choices, in the order of the day.
pub const HOURS: [(HoursNeed, &str, &str); 4] = [
    (HoursNeed::WeekdayDay, "weekday", "平日の日中(9時〜18時)"),
    (HoursNeed::Evenings, "evenings", "平日の夕方・夜(18時〜22時)"),
    (HoursNeed::Nights, "nights", "夜間(22時〜翌6時)"),
    (HoursNeed::Weekends, "weekends", "土日・祝日"),
];
/// Urgency choices, in minutes.
pub const URGENCY: [(u32, &str); 3] = [(60, "1時間以内"), (120, "2時間以内"), (180, "3時間以内")];

fn criterion_code(c: Criterion) -> &'static str {
    match c {
        Criterion::Quality => "quality",
        Criterion::Security => "security",
        Criterion::ResponseTime => "time",
    }
}

impl Profile {
    /// Reads a profile from query pairs; unknown values are ignored.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Profile {
        let mut p = Profile::default();
        for (key, value) in pairs {
            let items = value.split(',').filter(|v| !v.is_empty());
            match key {
                "type" => p.facility = FACILITIES.iter().find(|f| f.1 == value).map(|f| f.0),
                "m" => p.modalities = items.filter_map(Modality::from_code).collect(),
                "vol" => p.volume = VOLUMES.iter().find(|v| v.1 == value).map(|v| v.0),
                "hours" => {
                    p.hours = items.filter_map(|v| HOURS.iter().find(|h| h.1 == v).map(|h| h.0)).collect()
                }
                "urgent" => p.urgent_within = URGENCY.iter().find(|u| u.0.to_string() == value).map(|u| u.0),
                "prio" => {
                    p.priorities = items
                        .filter_map(|v| Criterion::ALL.into_iter().find(|c| criterion_code(*c) == v))
                        .fold(Vec::new(), |mut acc, c| {
                            if !acc.contains(&c) {
                                acc.push(c);
                            }
                            acc
                        })
                }
                "region" => p.region = Area::ALL.into_iter().find(|a| a.code() == value),
                _ => {}
            }
        }
        p
    }

    /// The profile as query pairs, defaults left out.
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut push = |k: &str, v: String| {
            if !v.is_empty() {
                out.push((k.to_string(), v));
            }
        };
        push(
            "type",
            self.facility
                .and_then(|f| FACILITIES.iter().find(|x| x.0 == f))
                .map_or(String::new(), |x| x.1.into()),
        );
        push("m", self.modalities.iter().map(|m| m.code()).collect::<Vec<_>>().join(","));
        push(
            "vol",
            self.volume.and_then(|v| VOLUMES.iter().find(|x| x.0 == v)).map_or(String::new(), |x| x.1.into()),
        );
        let hours: Vec<&str> = HOURS.iter().filter(|h| self.hours.contains(&h.0)).map(|h| h.1).collect();
        push("hours", hours.join(","));
        push("urgent", self.urgent_within.map_or(String::new(), |m| m.to_string()));
        push("prio", self.priorities.iter().map(|c| criterion_code(*c)).collect::<Vec<_>>().join(","));
        push("region", self.region.map_or(String::new(), |a| a.code().to_string()));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_the_url() {
        let p = Profile {
            facility: Some(Facility::AcuteHospital),
            modalities: vec![Modality::Pet, Modality::Ct],
            volume: Some(Volume::High),
            hours: vec![HoursNeed::Evenings, HoursNeed::Weekends],
            urgent_within: Some(120),
            priorities: vec![Criterion::ResponseTime, Criterion::Quality],
            region: Some(Area::Kyushu),
        };
        let pairs = p.to_pairs();
        let back = Profile::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        assert_eq!(back, p);
        assert_eq!(Profile::from_pairs([("urgent", "7"), ("type", "x")]), Profile::default());
    }

    #[test]
    fn the_evening_round_trips_and_keeps_the_order_of_the_day() {
        let p = Profile::from_pairs([("hours", "weekends,evenings,nights")]);
        assert_eq!(p.hours, vec![HoursNeed::Weekends, HoursNeed::Evenings, HoursNeed::Nights]);
        let pairs = p.to_pairs();
        assert_eq!(pairs, vec![("hours".to_string(), "evenings,nights,weekends".to_string())]);
    }

    #[test]
    fn the_hours_labels_name_the_bounds_the_model_reads() {
        use crate::hours::{DAY_FROM, DAY_TO, EVENING_FROM, EVENING_TO, NIGHT_FROM, NIGHT_TO};
        let label = |need: HoursNeed| HOURS.iter().find(|h| h.0 == need).map(|h| h.2).unwrap();
        let hours = |from: u16, to: u16, next: &str| format!("({}時〜{next}{}時)", from / 60, to / 60);
        assert!(label(HoursNeed::WeekdayDay).ends_with(&hours(DAY_FROM, DAY_TO, "")));
        assert!(label(HoursNeed::Evenings).ends_with(&hours(EVENING_FROM, EVENING_TO, "")));
        assert!(label(HoursNeed::Nights).ends_with(&hours(NIGHT_FROM, NIGHT_TO, "翌")));
    }
}
