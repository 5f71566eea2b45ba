//! Which times of the week a set of intake windows reaches, and which it covers whole. The
//! directory's hours facet (over all of a provider's windows) and the finder's checks (over all
//! windows, or one promise's) both read this, so "nights" or "weekends" mean the same on every
//! page: a band the windows cover whole is a match; one they only touch is a partial overlap,
//! which is its own answer (to confirm), never a match.
//!
//! On a weekday the bands follow one another without a gap or an overlap: daytime until 18:00,
//! the evening from 18:00 to 22:00, the night from 22:00 to 6:00 the next morning.

use crate::rule::{Day, Window};

/// Night as the guide words it (夜間, 22時〜翌6時): from this minute of a weekday...
pub const NIGHT_FROM: u16 = 22 * 60;
/// ...to this minute of the next morning.
pub const NIGHT_TO: u16 = 6 * 60;
/// The weekday daytime (平日の日中) a window must cover whole to match it: 9:00...
pub const DAY_FROM: u16 = 9 * 60;
/// ...to 18:00, Monday to Friday.
pub const DAY_TO: u16 = 18 * 60;
/// The weekday evening (平日の夕方・夜, 18時〜22時) begins where the daytime ends...
pub const EVENING_FROM: u16 = DAY_TO;
/// ...and ends where the night begins.
pub const EVENING_TO: u16 = NIGHT_FROM;

const WEEKDAYS: [Day; 5] = [Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri];
/// The mornings after the weekday evenings: a weekday's night ends on these.
const MORNINGS_AFTER_WEEKDAYS: [Day; 5] = [Day::Tue, Day::Wed, Day::Thu, Day::Fri, Day::Sat];
const WEEKEND: [Day; 3] = [Day::Sat, Day::Sun, Day::Hol];
const ALL_DAYS: [Day; 8] = [Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri, Day::Sat, Day::Sun, Day::Hol];

/// What a set of windows reaches.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Reach {
    /// Some daytime (6:00 to 18:00) of a weekday.
    pub weekday_days: bool,
    /// Some evening (18:00 to 22:00) of a weekday.
    pub evenings: bool,
    /// Some night: 22:00 to 24:00 of a weekday, or 0:00 to 6:00 of the morning after one.
    pub nights: bool,
    /// Some time on a Saturday, Sunday or public holiday.
    pub weekends: bool,
    /// Every minute of every day class, holidays included.
    pub always: bool,
    /// The bands covered whole: weekday daytime is 9:00 to 18:00 of every weekday, evenings
    /// 18:00 to 22:00 of every weekday, nights 22:00 to 6:00 after every weekday, weekends every
    /// minute of Saturday, Sunday and holidays.
    pub full: Bands,
}

/// The four bands of the week the finder asks about.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Bands {
    pub weekday_days: bool,
    pub evenings: bool,
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
        // 6:00 to 9:00 belongs to the daytime, so that every minute of a weekday has its band.
        weekday_days: WEEKDAYS.iter().any(|&d| week.reaches(d, NIGHT_TO, DAY_TO)),
        evenings: WEEKDAYS.iter().any(|&d| week.reaches(d, EVENING_FROM, EVENING_TO)),
        nights: WEEKDAYS.iter().any(|&d| week.reaches(d, NIGHT_FROM, 1440))
            || MORNINGS_AFTER_WEEKDAYS.iter().any(|&d| week.reaches(d, 0, NIGHT_TO)),
        weekends: WEEKEND.iter().any(|&d| week.reaches(d, 0, 1440)),
        always: ALL_DAYS.iter().all(|&d| week.fills(d, 0, 1440)),
        full: Bands {
            weekday_days: WEEKDAYS.iter().all(|&d| week.fills(d, DAY_FROM, DAY_TO)),
            evenings: WEEKDAYS.iter().all(|&d| week.fills(d, EVENING_FROM, EVENING_TO)),
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
mod tests;
