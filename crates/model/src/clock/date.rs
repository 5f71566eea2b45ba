//! Calendar dates and times of day in Japan time (JST has no daylight saving, so a fixed
//! offset of +9 hours from UTC is exact).

use std::fmt;

use crate::rule::Day;

/// A civil date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// A date, if it exists.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let date = Date { year, month, day };
        ((1..=12).contains(&month) && day >= 1 && Date::from_days(date.days()) == date).then_some(date)
    }

    /// Parses "YYYY-MM-DD".
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// Days since 1970-01-01 (proleptic Gregorian).
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The day of the week (never `Day::Hol`, which is a day class of intake windows).
    pub fn weekday(self) -> Day {
        // 1970-01-01 was a Thursday.
        const ORDER: [Day; 7] = [Day::Thu, Day::Fri, Day::Sat, Day::Sun, Day::Mon, Day::Tue, Day::Wed];
        ORDER[self.days().rem_euclid(7) as usize]
    }

    /// The date `n` days later (or earlier, for negative `n`).
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A moment in Japan time, to the minute.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime {
    pub date: Date,
    /// Minutes since midnight, 0..1440 (1440 = the end of the day).
    pub minute: u32,
}

impl DateTime {
    /// Minutes since 1970-01-01 00:00 JST.
    pub fn total_minutes(self) -> i64 {
        self.date.days() * 1440 + i64::from(self.minute)
    }

    /// The moment `total` minutes after 1970-01-01 00:00 JST.
    pub fn from_total_minutes(total: i64) -> DateTime {
        DateTime { date: Date::from_days(total.div_euclid(1440)), minute: total.rem_euclid(1440) as u32 }
    }

    /// Japan time of a UTC instant given in milliseconds since the Unix epoch.
    pub fn from_utc_millis(ms: f64) -> DateTime {
        DateTime::from_total_minutes((ms / 60_000.0).floor() as i64 + 9 * 60)
    }

    /// Adds minutes.
    pub fn plus_minutes(self, minutes: i64) -> DateTime {
        DateTime::from_total_minutes(self.total_minutes() + minutes)
    }

    /// "11月25日(火) 09:30"; the end of a day reads "11月25日(火)中".
    pub fn label(self) -> String {
        let day = format!("{}月{}日({})", self.date.month, self.date.day, self.date.weekday().label());
        if self.minute >= 1440 {
            format!("{day}中")
        } else {
            format!("{day} {:02}:{:02}", self.minute / 60, self.minute % 60)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_dates_and_weekdays() {
        let d = Date::new(2026, 11, 24).expect("date");
        assert_eq!(Date::from_days(d.days()), d);
        assert_eq!(d.weekday(), Day::Tue);
        assert_eq!(Date::new(2024, 2, 29).map(|d| d.add_days(1)), Date::new(2024, 3, 1));
        assert_eq!(Date::new(2023, 2, 29), None);
        assert_eq!(Date::parse("2025-01-01").map(Date::weekday), Some(Day::Wed));
        assert_eq!(Date::parse("2025-1-01"), None);
    }

    #[test]
    fn japan_time_from_utc_is_nine_hours_ahead() {
        // 2026-11-24T15:30:00Z is 2026-11-25 00:30 in Japan.
        let t = DateTime::from_utc_millis(1_795_534_200_000.0);
        assert_eq!(t.date, Date::new(2026, 11, 25).expect("date"));
        assert_eq!(t.minute, 30);
        assert_eq!(t.label(), "11月25日(水) 00:30");
        assert_eq!(DateTime { minute: 1440, ..t }.label(), "11月25日(水)中");
    }
}
