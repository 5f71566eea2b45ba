//! The send moment: Japan time now, and its `at=YYYY-MM-DDTHH:MM` URL form.

use guide_model::clock::date::{Date, DateTime};

/// Now, in Japan time, whatever the browser's time zone.
pub fn now_in_japan() -> DateTime {
    DateTime::from_utc_millis(js_sys::Date::now())
}

/// "2026-11-20T19:30".
pub fn format_at(at: DateTime) -> String {
    format!("{}T{:02}:{:02}", at.date, at.minute / 60, at.minute % 60)
}

/// Parses "2026-11-20T19:30".
pub fn parse_at(s: &str) -> Option<DateTime> {
    let (date, time) = s.split_once('T')?;
    let clock = guide_model::rule::Clock::parse(time)?;
    (clock.minutes < 1440).then_some(DateTime { date: Date::parse(date)?, minute: u32::from(clock.minutes) })
}
