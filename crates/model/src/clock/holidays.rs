//! Japanese public holidays (国民の祝日) by the rules of the Act on National Holidays, including
//! substitute holidays (振替休日) and citizens' holidays (国民の休日), with the special dates of
//! 2020 and 2021. Equinox days use the standard approximation valid for 1980–2099; tests check
//! the computed calendar against the Cabinet Office's published dates.

use super::date::Date;
use crate::rule::Day;

/// The name of the holiday on `date`, if it is one.
pub fn holiday_name(date: Date) -> Option<&'static str> {
    if let Some(name) = fixed_or_rule(date) {
        return Some(name);
    }
    // 振替休日: the first non-holiday after a holiday that fell on a Sunday.
    let mut d = date.add_days(-1);
    while fixed_or_rule(d).is_some() {
        if d.weekday() == Day::Sun {
            return Some("振替休日");
        }
        d = d.add_days(-1);
    }
    // 国民の休日: a weekday between two holidays.
    let between = fixed_or_rule(date.add_days(-1)).is_some() && fixed_or_rule(date.add_days(1)).is_some();
    (between && date.weekday() != Day::Sun).then_some("国民の休日")
}

/// Whether `date` is a public holiday.
pub fn is_holiday(date: Date) -> bool {
    holiday_name(date).is_some()
}

/// The n-th Monday of a month (n from 1).
fn nth_monday(year: i32, month: u32, n: u32) -> u32 {
    let first = Date { year, month, day: 1 };
    // Day::Mon is 0, so this is the number of days to the first Monday.
    let offset = (7 - first.weekday() as i64).rem_euclid(7) as u32;
    1 + offset + (n - 1) * 7
}

fn equinox(year: i32, base: f64) -> u32 {
    let y = f64::from(year - 1980);
    (base + 0.242_194 * y - (y / 4.0).floor()).floor() as u32
}

/// Holidays fixed by date or by rule (not the substitute or in-between ones).
fn fixed_or_rule(date: Date) -> Option<&'static str> {
    let Date { year, month, day } = date;
    let monday = |m, n| month == m && day == nth_monday(year, m, n);
    let olympics = |y2020: (u32, u32), y2021: (u32, u32), normal: bool| match year {
        2020 => (month, day) == y2020,
        2021 => (month, day) == y2021,
        _ => normal,
    };
    let name = match () {
        _ if month == 1 && day == 1 => "元日",
        _ if monday(1, 2) => "成人の日",
        _ if month == 2 && day == 11 => "建国記念の日",
        _ if year >= 2020 && month == 2 && day == 23 => "天皇誕生日",
        _ if month == 3 && day == equinox(year, 20.8431) => "春分の日",
        _ if month == 4 && day == 29 => "昭和の日",
        _ if month == 5 && day == 3 => "憲法記念日",
        _ if month == 5 && day == 4 => "みどりの日",
        _ if month == 5 && day == 5 => "こどもの日",
        _ if olympics((7, 23), (7, 22), monday(7, 3)) => "海の日",
        _ if olympics((8, 10), (8, 8), month == 8 && day == 11) => "山の日",
        _ if monday(9, 3) => "敬老の日",
        _ if month == 9 && day == equinox(year, 23.2488) => "秋分の日",
        _ if olympics((7, 24), (7, 23), monday(10, 2)) => "スポーツの日",
        _ if month == 11 && day == 3 => "文化の日",
        _ if month == 11 && day == 23 => "勤労感謝の日",
        _ => return None,
    };
    Some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Cabinet Office's published holidays (syukujitsu.csv), 2020–2026.
    #[rustfmt::skip]
    const OFFICIAL: &[(i32, &[(u32, u32)])] = &[
        (2020, &[(1, 1), (1, 13), (2, 11), (2, 23), (2, 24), (3, 20), (4, 29), (5, 3), (5, 4), (5, 5), (5, 6), (7, 23), (7, 24), (8, 10), (9, 21), (9, 22), (11, 3), (11, 23)]),
        (2021, &[(1, 1), (1, 11), (2, 11), (2, 23), (3, 20), (4, 29), (5, 3), (5, 4), (5, 5), (7, 22), (7, 23), (8, 8), (8, 9), (9, 20), (9, 23), (11, 3), (11, 23)]),
        (2022, &[(1, 1), (1, 10), (2, 11), (2, 23), (3, 21), (4, 29), (5, 3), (5, 4), (5, 5), (7, 18), (8, 11), (9, 19), (9, 23), (10, 10), (11, 3), (11, 23)]),
        (2023, &[(1, 1), (1, 2), (1, 9), (2, 11), (2, 23), (3, 21), (4, 29), (5, 3), (5, 4), (5, 5), (7, 17), (8, 11), (9, 18), (9, 23), (10, 9), (11, 3), (11, 23)]),
        (2024, &[(1, 1), (1, 8), (2, 11), (2, 12), (2, 23), (3, 20), (4, 29), (5, 3), (5, 4), (5, 5), (5, 6), (7, 15), (8, 11), (8, 12), (9, 16), (9, 22), (9, 23), (10, 14), (11, 3), (11, 4), (11, 23)]),
        (2025, &[(1, 1), (1, 13), (2, 11), (2, 23), (2, 24), (3, 20), (4, 29), (5, 3), (5, 4), (5, 5), (5, 6), (7, 21), (8, 11), (9, 15), (9, 23), (10, 13), (11, 3), (11, 23), (11, 24)]),
        (2026, &[(1, 1), (1, 12), (2, 11), (2, 23), (3, 20), (4, 29), (5, 3), (5, 4), (5, 5), (5, 6), (7, 20), (8, 11), (9, 21), (9, 22), (9, 23), (10, 12), (11, 3), (11, 23)]),
    ];

    fn holidays_of(year: i32) -> Vec<(u32, u32)> {
        let mut d = Date { year, month: 1, day: 1 };
        let mut out = Vec::new();
        while d.year == year {
            if is_holiday(d) {
                out.push((d.month, d.day));
            }
            d = d.add_days(1);
        }
        out
    }

    #[test]
    fn matches_the_published_calendar_2020_to_2026() {
        for (year, days) in OFFICIAL {
            assert_eq!(holidays_of(*year), days.to_vec(), "{year}");
        }
    }

    #[test]
    fn computes_2027_to_2030_by_the_rules() {
        // Equinoxes as the National Astronomical Observatory announces them.
        let equinoxes = [
            (2027, (3, 21), (9, 23)),
            (2028, (3, 20), (9, 22)),
            (2029, (3, 20), (9, 23)),
            (2030, (3, 20), (9, 23)),
        ];
        for (year, spring, autumn) in equinoxes {
            let days = holidays_of(year);
            assert!(days.contains(&spring) && days.contains(&autumn), "{year}: {days:?}");
            assert!(days.len() >= 16, "{year}: {days:?}");
        }
        // 2027-03-22: 春分の日 on Sunday 3/21 → substitute Monday.
        assert_eq!(holiday_name(Date { year: 2027, month: 3, day: 22 }), Some("振替休日"));
        // 2029-04-30: 昭和の日 on Sunday → substitute Monday.
        assert_eq!(holiday_name(Date { year: 2029, month: 4, day: 30 }), Some("振替休日"));
        // 2026-09-22 sits between 敬老の日 and 秋分の日.
        assert_eq!(holiday_name(Date { year: 2026, month: 9, day: 22 }), Some("国民の休日"));
        assert_eq!(holiday_name(Date { year: 2030, month: 1, day: 14 }), Some("成人の日"));
    }
}
