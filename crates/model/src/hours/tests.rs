//! The bands of the week read from intake windows: reached, covered whole, and how they tile
//! the week.

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
    assert_eq!(r.full, Bands { weekday_days: true, evenings: true, nights: true, weekends: true });
    assert!(!reach(&all[..2]).always, "no weekend hours");
    let gap = [window(&ALL_DAYS, "00:00", "23:59")];
    assert!(!reach(&gap).always, "one minute a day missing");
}

#[test]
fn the_evening_is_18_to_22_on_weekdays() {
    let r = reach(&[window(&WEEKDAYS, "18:00", "22:00")]);
    let full = Bands { evenings: true, ..Bands::default() };
    assert_eq!(r, Reach { evenings: true, full, ..Reach::default() }, "neither daytime nor night");
    assert!(!reach(&[window(&WEEKDAYS, "09:00", "18:00")]).evenings, "office hours end as it begins");
    assert!(reach(&[window(&WEEKDAYS, "09:00", "18:01")]).evenings);
    assert!(!reach(&[window(&WEEKDAYS, "22:00", "24:00")]).evenings, "night begins as it ends");
    assert!(reach(&[window(&WEEKDAYS, "21:59", "24:00")]).evenings);
}

#[test]
fn an_evening_covered_in_part_only_overlaps() {
    let late_office = reach(&[window(&WEEKDAYS, "09:00", "20:00")]);
    assert!(late_office.full.weekday_days, "the daytime is covered whole");
    assert!(late_office.evenings && !late_office.full.evenings, "18:00 to 20:00 is part of the evening");
    let across = reach(&[window(&WEEKDAYS, "21:00", "23:00")]);
    assert!(across.evenings && across.nights && !across.full.evenings && !across.full.nights);
    let four_days = reach(&[window(&[Day::Mon, Day::Tue, Day::Wed, Day::Thu], "18:00", "22:00")]);
    assert!(four_days.evenings && !four_days.full.evenings, "Friday's evening is missing");
}

#[test]
fn an_evening_is_covered_by_windows_joined() {
    let joined = reach(&[window(&WEEKDAYS, "09:00", "19:00"), window(&WEEKDAYS, "19:00", "22:00")]);
    assert!(joined.full.weekday_days && joined.full.evenings && !joined.nights);
    let split_by_day = [
        window(&[Day::Mon, Day::Wed, Day::Fri], "17:00", "22:00"),
        window(&[Day::Tue, Day::Thu], "18:00", "23:00"),
    ];
    assert!(reach(&split_by_day).full.evenings, "each weekday from one window or the other");
    let gap = [window(&WEEKDAYS, "18:00", "20:00"), window(&WEEKDAYS, "20:30", "22:00")];
    assert!(!reach(&gap).full.evenings, "20:00 to 20:30 is missing");
    let overnight = reach(&[window(&WEEKDAYS, "18:00", "09:00")]);
    assert!(overnight.full.evenings && overnight.full.nights, "a window past midnight covers both");
}

#[test]
fn weekend_and_holiday_evenings_are_not_weekday_evenings() {
    let r = reach(&[window(&[Day::Sat, Day::Sun, Day::Hol], "18:00", "22:00")]);
    assert!(r.weekends && !r.evenings && !r.full.evenings);
}

/// The band each minute of each day class falls in, read from a one-minute window.
fn bands_of(day: Day, minute: u16) -> Vec<&'static str> {
    let one = Window { days: vec![day], from: Clock { minutes: minute }, to: Clock { minutes: minute + 1 } };
    let r = reach(&[one]);
    [(r.weekday_days, "day"), (r.evenings, "evening"), (r.nights, "night"), (r.weekends, "weekend")]
        .into_iter()
        .filter_map(|(on, band)| on.then_some(band))
        .collect()
}

#[test]
fn the_bands_tile_every_weekday_without_a_gap_or_an_overlap() {
    for day in WEEKDAYS {
        for minute in 0..1440u16 {
            let expected = match minute {
                m if m < NIGHT_TO => "night",
                m if m < DAY_TO => "day",
                m if m < NIGHT_FROM => "evening",
                _ => "night",
            };
            // Monday's early hours end Sunday's night, which is not a weekday's (see `reach`).
            let expected = if day == Day::Mon && minute < NIGHT_TO { vec![] } else { vec![expected] };
            assert_eq!(bands_of(day, minute), expected, "{day:?} {}:{:02}", minute / 60, minute % 60);
        }
    }
    for day in [Day::Sat, Day::Sun, Day::Hol] {
        for minute in 0..1440u16 {
            // Saturday's early hours end Friday's night: they are both.
            let friday_night = day == Day::Sat && minute < NIGHT_TO;
            let expected = if friday_night { vec!["night", "weekend"] } else { vec!["weekend"] };
            assert_eq!(bands_of(day, minute), expected, "{day:?} {}:{:02}", minute / 60, minute % 60);
        }
    }
}

#[test]
fn the_bands_covered_whole_follow_one_another() {
    assert_eq!((EVENING_FROM, EVENING_TO), (DAY_TO, NIGHT_FROM));
    let whole_weekdays = reach(&[window(&WEEKDAYS, "00:00", "24:00")]);
    let full = Bands { weekday_days: true, evenings: true, nights: false, weekends: false };
    assert_eq!(whole_weekdays.full, full, "Monday to Friday: the night after Friday ends on Saturday");
}
