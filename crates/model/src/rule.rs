//! Turnaround rules as data: intake windows and the due-time rule of a return promise.

use serde::{Deserialize, Serialize};

/// A day class for intake windows. `Hol` is a Japanese public holiday, whatever its weekday.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Day {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
    Hol,
}

impl Day {
    /// Japanese short label (月, 火, ... 祝).
    pub fn label(self) -> &'static str {
        match self {
            Day::Mon => "月",
            Day::Tue => "火",
            Day::Wed => "水",
            Day::Thu => "木",
            Day::Fri => "金",
            Day::Sat => "土",
            Day::Sun => "日",
            Day::Hol => "祝",
        }
    }
}

/// A time of day, "HH:MM", 00:00 to 24:00.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Clock {
    /// Minutes since midnight, 0..=1440.
    pub minutes: u16,
}

impl Clock {
    /// Parses "HH:MM" (24:00 allowed as the end of a day).
    pub fn parse(s: &str) -> Option<Clock> {
        let (h, m) = s.split_once(':')?;
        if h.len() != 2 || m.len() != 2 {
            return None;
        }
        let h: u16 = h.parse().ok()?;
        let m: u16 = m.parse().ok()?;
        if m >= 60 || h > 24 || (h == 24 && m != 0) {
            return None;
        }
        Some(Clock { minutes: h * 60 + m })
    }
}

impl std::fmt::Display for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}:{:02}", self.minutes / 60, self.minutes % 60)
    }
}

impl Serialize for Clock {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Clock {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Clock::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!("時刻「{s}」は HH:MM(00:00〜24:00)ではありません"))
        })
    }
}

/// Requests are accepted on `days` from `from` to `to`. When `to` is earlier than `from`, the
/// window runs past midnight into the next day (e.g. 18:00 to 09:00).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Window {
    pub days: Vec<Day>,
    pub from: Clock,
    pub to: Clock,
}

/// When a report is due, counted from the time the request is accepted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Due {
    /// Within this many minutes of acceptance (e.g. 受付から1時間以内 → 60).
    Minutes { minutes: u32 },
    /// On the n-th business day after acceptance (0 = the same day), by `by` or, when `by` is
    /// absent, within that day (e.g. 翌営業日の18時まで → days 1, by 18:00).
    BusinessDays {
        days: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        by: Option<Clock>,
    },
    /// On the n-th calendar day after acceptance (0 = the same day), by `by` or within that day
    /// (e.g. 当日中 → days 0; 3日以内 → days 3).
    CalendarDays {
        days: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        by: Option<Clock>,
    },
}

/// A due rule with the qualifiers a source attaches to it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReturnRule {
    #[serde(flatten)]
    pub due: Due,
    /// The source gives the time as a target (目途, 程度), not a promise.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub approx: bool,
    /// The source gives the best case (最短): not a bound.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub earliest: bool,
    /// The words give several values or a range, and this rule is the slowest of them (e.g.
    /// 3時間または2時間以内 → within 180 minutes): a safe bound, not the whole promise.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub upper_bound: bool,
    /// The words can be read in more than one way (3日以内: calendar or business days?).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ambiguous: Option<Ambiguity>,
}

/// Why a rule's words allow another reading, and that reading when it can be computed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ambiguity {
    /// In Japanese, for visitors (e.g. 「暦日か営業日か書かれていません」).
    pub why: String,
    /// The other reading, when it is one of these rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub or: Option<Due>,
}

impl ReturnRule {
    /// A rule with no qualifier.
    pub fn plain(due: Due) -> ReturnRule {
        ReturnRule { due, approx: false, earliest: false, upper_bound: false, ambiguous: None }
    }

    /// Whether the rule bounds the wait: it is not a best case (最短), and any other reading
    /// of its words is known (so the slower of the two bounds it).
    pub fn bounds(&self) -> bool {
        !self.earliest && self.ambiguous.as_ref().is_none_or(|a| a.or.is_some())
    }

    /// The slower reading (the only safe one when the words are ambiguous).
    pub fn slowest_due(&self) -> &Due {
        match self.ambiguous.as_ref().and_then(|a| a.or.as_ref()) {
            Some(other) if other.rough_minutes() > self.due.rough_minutes() => other,
            _ => &self.due,
        }
    }

    /// The rough minutes of the slower reading.
    pub fn slowest_rough_minutes(&self) -> u32 {
        self.slowest_due().rough_minutes()
    }
}

impl Due {
    /// A rough upper bound in minutes, used for sorting and facets (business days count as
    /// one calendar day each; a deadline time adds the hours up to it).
    pub fn rough_minutes(&self) -> u32 {
        let day = |days: u32, by: &Option<Clock>| days * 1440 + by.map_or(1440, |c| u32::from(c.minutes));
        match self {
            Due::Minutes { minutes } => *minutes,
            Due::BusinessDays { days, by } | Due::CalendarDays { days, by } => day(*days, by),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clocks_parse_only_valid_times() {
        assert_eq!(Clock::parse("09:00"), Some(Clock { minutes: 540 }));
        assert_eq!(Clock::parse("24:00"), Some(Clock { minutes: 1440 }));
        for bad in ["9:00", "24:01", "12:60", "ab:cd", "", "12-00"] {
            assert_eq!(Clock::parse(bad), None, "{bad}");
        }
        assert_eq!(Clock { minutes: 545 }.to_string(), "09:05");
    }

    #[test]
    fn rough_minutes_orders_rules_by_speed() {
        let hour = Due::Minutes { minutes: 60 };
        let next_noon = Due::BusinessDays { days: 1, by: Clock::parse("12:00") };
        let next_day = Due::BusinessDays { days: 1, by: None };
        assert!(hour.rough_minutes() < next_noon.rough_minutes());
        assert!(next_noon.rough_minutes() < next_day.rough_minutes());
    }
}
