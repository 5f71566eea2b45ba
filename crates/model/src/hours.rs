//! Which times of the week a set of intake windows reaches, and which it covers whole. The
//! directory's hours facet (over all of a provider's windows) and the finder's checks (over all
//! windows, or one promise's) both read this, so "nights" or "weekends" mean the same on every
//! page: a band the windows cover whole is a match; one they only touch is a partial overlap,
//! which is its own answer (to confirm), never a match.

use crate::rule::{Day, Window};

/// Night as the guide words it (夜間, 22時〜翌6時): from this minute of a weekday...
pub const NIGHT_FROM: u16 = 22 * 60;
/// ...to this minute of the next morning.
pub const NIGHT_TO: u16 = 6 * 60;
/// The weekday daytime (平日の日中) a window must cover whole to match it: 9:00...
pub const DAY_FROM: u16 = 9 * 60;
/// ...to 18:00, Monday to Friday.
pub const DAY_TO: u16 = 18 * 60;

const WEEKDAYS: [Day; 5] = [Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri];
/// The mornings after the weekday evenings: a weekday's night ends on these.
const MORNINGS_AFTER_WEEKDAYS: [Day; 5] = [Day::Tue, Day::Wed, Day::Thu, Day::Fri, Day::Sat];
const WEEKEND: [Day; 3] = [Day::Sat, Day::Sun, Day::Hol];
const ALL_DAYS: [Day; 8] = [Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri, Day::Sat, Day::Sun, Day::Hol];

/// What a set of windows reaches.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Reach {
    /// Some daytime (6:00 to 22:00) of a weekday.
    pub weekday_days: bool,
    /// Some night: 22:00 to 24:00 of a weekday, or 0:00 to 6:00 of the morning after one.
    pub nights: bool,
    /// Some time on a Saturday, Sunday or public holiday.
    pub weekends: bool,
    /// Every minute of every day class, holidays included.
    pub always: bool,
    /// The bands covered whole: weekday daytime is 9:00 to 18:00 of every weekday, nights
    /// 22:00 to 6:00 after every weekday, weekends every minute of Saturday, Sunday and holidays.
    pub full: Bands,
}

/// The three bands of the week the finder asks about.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Bands {
    pub weekday_days: bool,
    pub nights: bool,
    pub weekends: bool,
}

/// What `windows` reach. A window that ends at or before it starts runs past midnight into the
/// next day (after a holiday, into another holiday: the weekday is not known).
pub fn reach<'a>(windows: impl IntoIterator<Item = &'a Window>) -> Reach {
    let mut week = Week::default();
    for w in windows {
        let (from, to) = (w.from.minutes.min(1440), w.to.minutes.min(1440));
        for &day in &w.days {
            if from < to {
                week.cover(day, from, to);
            } else {
                week.cover(day, from, 1440);
                week.cover(next(day), 0, to);
            }
        }
    }
    Reach {
        weekday_days: WEEKDAYS.iter().any(|&d| week.reaches(d, NIGHT_TO, NIGHT_FROM)),
        nights: WEEKDAYS.iter().any(|&d| week.reaches(d, NIGHT_FROM, 1440))
            || MORNINGS_AFTER_WEEKDAYS.iter().any(|&d| week.reaches(d, 0, NIGHT_TO)),
        weekends: WEEKEND.iter().any(|&d| week.reaches(d, 0, 1440)),
        always: ALL_DAYS.iter().all(|&d| week.fills(d, 0, 1440)),
        full: Bands {
            weekday_days: WEEKDAYS.iter().all(|&d| week.fills(d, DAY_FROM, DAY_TO)),
            nights: WEEKDAYS.iter().all(|&d| week.fills(d, NIGHT_FROM, 1440))
                && MORNINGS_AFTER_WEEKDAYS.iter().all(|&d| week.fills(d, 0, NIGHT_TO)),
            weekends: WEEKEND.iter().all(|&d| week.fills(d, 0, 1440)),
        },
    }
}

fn next(day: Day) -> Day {
    match day {
        Day::Mon => Day::Tue,
        Day::Tue => Day::Wed,
        Day::Wed => Day::Thu,
        Day::Thu => Day::Fri,
        Day::Fri => Day::Sat,
        Day::Sat => Day::Sun,
        Day::Sun => Day::Mon,
        Day::Hol => Day::Hol,
    }
}

/// Words of a day's minute bits.
const WORDS: usize = 1440usize.div_ceil(64);

/// The minutes covered, one bit per minute of each day class.
#[derive(Default)]
struct Week([[u64; WORDS]; 8]);

impl Week {
    /// Covers minutes `from..to` of `day`.
    fn cover(&mut self, day: Day, from: u16, to: u16) {
        let bits = &mut self.0[day as usize];
        for (word, mask) in masks(from, to) {
            bits[word] |= mask;
        }
    }

    /// Whether some minute of `from..to` of `day` is covered.
    fn reaches(&self, day: Day, from: u16, to: u16) -> bool {
        let bits = &self.0[day as usize];
        masks(from, to).any(|(word, mask)| bits[word] & mask != 0)
    }

    /// Whether every minute of `from..to` of `day` is covered.
    fn fills(&self, day: Day, from: u16, to: u16) -> bool {
        let bits = &self.0[day as usize];
        masks(from, to).all(|(word, mask)| bits[word] & mask == mask)
    }
}

/// The bits of minutes `from..to` (at most 1440), word by word.
fn masks(from: u16, to: u16) -> impl Iterator<Item = (usize, u64)> {
    let (from, to) = (usize::from(from), usize::from(to.min(1440)));
    let words = if from < to { from / 64..to.div_ceil(64) } else { 0..0 };
    words.map(move |word| {
        let start = from.max(word * 64) - word * 64;
        let end = to.min(word * 64 + 64) - word * 64;
        let mask = if end - start == 64 { u64::MAX } else { ((1u64 << (end - start)) - 1) << start };
        (word, mask)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rule::Clock;

    fn window(days: &[Day], from: &str, to: &str) -> Window {
        Window { days: days.to_vec(), from: Clock::parse(from).unwrap(), to: Clock::parse(to).unwrap() }
    }

    #[test]
    fn office_hours_reach_weekday_days_only() {
        let r = reach(&[window(&WEEKDAYS, "09:00", "18:00")]);
        let full = Bands { weekday_days: true, ..Bands::default() };
        assert_eq!(r, Reach { weekday_days: true, full, ..Reach::default() });
        let short = reach(&[window(&WEEKDAYS, "09:00", "17:00")]);
        assert!(short.weekday_days && !short.full.weekday_days, "a shorter day only overlaps");
    }

    #[test]
    fn night_starts_at_22_and_ends_at_6() {
        assert!(!reach(&[window(&WEEKDAYS, "09:00", "22:00")]).nights, "ends as night begins");
        assert!(reach(&[window(&WEEKDAYS, "09:00", "22:01")]).nights);
        assert!(reach(&[window(&WEEKDAYS, "18:00", "24:00")]).nights);
        assert!(reach(&[window(&WEEKDAYS, "05:59", "09:00")]).nights, "the Tuesday to Friday mornings");
        assert!(!reach(&[window(&WEEKDAYS, "06:00", "09:00")]).nights);
    }

    #[test]
    fn a_window_past_midnight_reaches_the_next_morning() {
        let friday_night = reach(&[window(&[Day::Fri], "23:00", "02:00")]);
        assert!(friday_night.nights && friday_night.weekends, "Friday 23:00 runs into Saturday");
        let sunday_night = reach(&[window(&[Day::Sun], "20:00", "07:00")]);
        assert!(!sunday_night.nights, "Sunday's night, Monday's early hours included, is not a weekday's");
        assert!(sunday_night.weekday_days && sunday_night.weekends, "it reaches Monday 6:00 to 7:00");
    }

    #[test]
    fn a_window_that_ends_at_18_only_overlaps_the_night() {
        let ys = reach(&[window(&WEEKDAYS, "00:00", "18:00")]);
        assert!(ys.nights && !ys.full.nights, "0:00 to 6:00 is night, 22:00 to 24:00 is not covered");
        let nights = [window(&WEEKDAYS, "18:00", "09:00")];
        assert!(reach(&nights).full.nights);
    }

    #[test]
    fn weekends_are_covered_only_with_holidays_all_day() {
        let secom = reach(&[window(&[Day::Sat, Day::Sun], "09:00", "18:00")]);
        assert!(secom.weekends && !secom.full.weekends);
        let all = reach(&[window(&[Day::Sat, Day::Sun, Day::Hol], "00:00", "24:00")]);
        assert!(all.full.weekends);
    }

    #[test]
    fn weekend_and_holiday_hours_count_as_weekends() {
        assert!(reach(&[window(&[Day::Hol], "09:00", "12:00")]).weekends);
        assert!(!reach(&[window(&[Day::Mon], "09:00", "12:00")]).weekends);
    }

    #[test]
    fn minute_masks_cover_exactly_the_range() {
        for (from, to) in [(0, 1440), (0, 1), (63, 65), (64, 128), (100, 100), (1439, 1440), (600, 1320)] {
            let mut week = Week::default();
            week.cover(Day::Mon, from, to);
            let set: u32 = week.0[0].iter().map(|w| w.count_ones()).sum();
            assert_eq!(set, u32::from(to - from), "{from}..{to}");
            assert_eq!(week.reaches(Day::Mon, from, to), from < to);
            assert!(from == 0 || !week.reaches(Day::Mon, 0, from), "nothing before {from}");
            assert!(!week.reaches(Day::Mon, to, 1440), "nothing from {to}");
        }
    }

    #[test]
    fn always_needs_every_minute_of_every_day_class() {
        let all = [
            window(&WEEKDAYS, "00:00", "18:00"),
            window(&WEEKDAYS, "18:00", "24:00"),
            window(&[Day::Sat, Day::Sun, Day::Hol], "00:00", "24:00"),
        ];
        let r = reach(&all);
        assert!(r.always && r.nights && r.weekends && r.weekday_days);
        assert_eq!(r.full, Bands { weekday_days: true, nights: true, weekends: true });
        assert!(!reach(&all[..2]).always, "no weekend hours");
        let gap = [window(&ALL_DAYS, "00:00", "23:59")];
        assert!(!reach(&gap).always, "one minute a day missing");
    }
}
