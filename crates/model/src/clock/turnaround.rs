//! When each report is due for a request sent at a given moment, computed only from what the
//! sources state, as read once by `crate::reading::promise`: intake windows (joined across
//! sources), stated cut-offs, the due rule, business days, and public holidays.
//!
//! Assumptions (shown on the page as notes): public holidays are closed days and a window that
//! does not list holidays does not open on one (for a service that states weekend hours this
//! is the later of two readings, and is said so); business days are Monday to Friday unless
//! the provider states its own; a stated cut-off counts a later request from the next business
//! day; a day-based rule with no stated window or cut-off counts from the send time if that
//! falls on a business day, else from the next business day (an estimate); a rule within
//! minutes needs a stated window, or it is not computed; an ambiguous rule shows its later
//! reading.

use crate::facts::ReturnFact;
use crate::provider::Provider;
use crate::reading::promise::{promises, quick, Promise};
use crate::rule::{Day, Due, Window};

use super::date::{Date, DateTime};
use super::holidays::is_holiday;

pub use super::note::Note;
pub use crate::reading::promise::Kind;

/// What can be said about one promise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Computed from the stated rule.
    Due {
        accepted: DateTime,
        due: DateTime,
        /// What qualifies it, in the order found.
        notes: Vec<Note>,
        /// The request is accepted later than it was sent (outside intake hours).
        waited: bool,
        /// The time is not a bound the sources give, and the report may come later: the
        /// acceptance is this page's assumption (no intake window or cut-off stated), or the
        /// rule does not bound the wait (a best case, or words whose other reading is unknown).
        estimated: bool,
    },
    /// The source says this is not offered.
    NotOffered,
    /// Not computed, and why.
    Unknown(&'static str),
}

/// One row of the clock: a provider's promise and its outcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub kind: Kind,
    /// The promise answers urgent requests: the urgent return, or an optional service whose
    /// rule counts minutes (as the finder and the directory read urgency).
    pub urgent: bool,
    /// The promise's name as every page words it (24/365サービス(オプション)).
    pub label: String,
    pub outcome: Outcome,
    /// The text of the statement read, as the source gives it.
    pub text: Option<String>,
    pub source: Option<String>,
}
/// Business days of a provider: stated open days, or Monday to Friday; never a holiday.
fn is_business_day(p: &Provider, date: Date) -> bool {
    if is_holiday(date) {
        return false;
    }
    let day = date.weekday();
    match p.business_days.first() {
        Some(stated) => stated.open.contains(&day),
        None => !matches!(day, Day::Sat | Day::Sun),
    }
}

/// The day class windows are matched against: a holiday is `hol`, whatever its weekday.
fn day_class(date: Date) -> Day {
    if is_holiday(date) {
        Day::Hol
    } else {
        date.weekday()
    }
}

/// The first moment at or after `sent` inside a window, looking up to 14 days ahead.
pub fn next_intake(windows: &[Window], sent: DateTime) -> Option<DateTime> {
    let mut best: Option<i64> = None;
    let start = sent.total_minutes();
    for offset in -1..=14 {
        let date = sent.date.add_days(offset);
        let class = day_class(date);
        let base = date.days() * 1440;
        for w in windows.iter().filter(|w| w.days.contains(&class)) {
            let (from, to) = (i64::from(w.from.minutes), i64::from(w.to.minutes));
            // A window past midnight ends the next day.
            let (open, close) =
                if to > from { (base + from, base + to) } else { (base + from, base + 1440 + to) };
            if close > start {
                let at = open.max(start);
                best = Some(best.map_or(at, |b| b.min(at)));
            }
        }
        if best.is_some_and(|b| b < base + 1440) {
            break;
        }
    }
    best.map(DateTime::from_total_minutes)
}

/// The due time of `due` for a request accepted at `accepted`.
fn due_time(p: &Provider, due: &Due, accepted: DateTime) -> (DateTime, bool) {
    match *due {
        Due::Minutes { minutes } => (accepted.plus_minutes(i64::from(minutes)), false),
        Due::CalendarDays { days, by } => {
            let date = accepted.date.add_days(i64::from(days));
            (DateTime { date, minute: by.map_or(1440, |c| u32::from(c.minutes)) }, by.is_none())
        }
        Due::BusinessDays { days, by } => {
            let mut date = accepted.date;
            if days == 0 {
                while !is_business_day(p, date) {
                    date = date.add_days(1);
                }
            }
            let mut left = days;
            while left > 0 {
                date = date.add_days(1);
                if is_business_day(p, date) {
                    left -= 1;
                }
            }
            (DateTime { date, minute: by.map_or(1440, |c| u32::from(c.minutes)) }, by.is_none())
        }
    }
}

/// Where a request sent at `sent` is accepted, with the notes that qualify it.
fn acceptance(
    p: &Provider,
    pr: &Promise<'_>,
    due: &Due,
    sent: DateTime,
) -> Result<(DateTime, Vec<Note>), &'static str> {
    if let Some(windows) = &pr.windows {
        let at = next_intake(windows, sent).ok_or("2週間以内に受付時間がありません")?;
        let mut notes = Vec::new();
        if pr.windows_joined {
            notes.push(Note::Joined);
        }
        if holiday_assumed(windows, sent.date, at.date) {
            notes.push(Note::HolidayAssumed);
        }
        return Ok((at, notes));
    }
    if matches!(due, Due::Minutes { .. }) {
        return Err("受付時間の記載がないため計算できません");
    }
    if let Some(cutoff) = pr.cutoff {
        if is_business_day(p, sent.date) && sent.minute < u32::from(cutoff.minutes) {
            return Ok((sent, Vec::new()));
        }
        let mut date = sent.date.add_days(1);
        while !is_business_day(p, date) {
            date = date.add_days(1);
        }
        return Ok((DateTime { date, minute: 0 }, vec![Note::AfterCutoff]));
    }
    let mut at = sent;
    while !is_business_day(p, at.date) {
        at = DateTime { date: at.date.add_days(1), minute: 0 };
    }
    Ok((at, vec![Note::Estimated]))
}

/// Whether windows that state weekend hours but not holidays skip a holiday between two dates.
fn holiday_assumed(windows: &[Window], from: Date, to: Date) -> bool {
    let days = || windows.iter().flat_map(|w| &w.days);
    let weekend = days().any(|d| matches!(d, Day::Sat | Day::Sun));
    if !weekend || days().any(|d| *d == Day::Hol) {
        return false;
    }
    let mut date = from;
    while date <= to {
        if is_holiday(date) {
            return true;
        }
        date = date.add_days(1);
    }
    false
}

/// The outcome of one promise.
fn outcome(p: &Provider, pr: &Promise<'_>, sent: DateTime) -> Outcome {
    if pr.not_offered {
        return Outcome::NotOffered;
    }
    let Some(rule) = pr.rule() else {
        return Outcome::Unknown("返却時間の記載が、計算できる形ではありません");
    };
    let (accepted, mut notes) = match acceptance(p, pr, &rule.due, sent) {
        Ok(found) => found,
        Err(why) => return Outcome::Unknown(why),
    };
    let (mut due, mut end_of_day) = due_time(p, &rule.due, accepted);
    if let Some(a) = &rule.ambiguous {
        if let Some((other, other_end)) = a.or.as_ref().map(|o| due_time(p, o, accepted)) {
            if other > due {
                (due, end_of_day) = (other, other_end);
            }
        }
        notes.push(Note::Ambiguous(a.why.clone()));
    }
    let flags = [
        (end_of_day, Note::EndOfDay),
        (rule.earliest, Note::Earliest),
        (rule.approx, Note::Approx),
        (rule.upper_bound, Note::UpperBound),
        (pr.rules_differ, Note::SourcesDiffer),
    ];
    notes.extend(flags.into_iter().filter_map(|(on, note)| on.then_some(note)));
    let estimated = notes.contains(&Note::Estimated) || !rule.bounds();
    Outcome::Due { accepted, due, notes, waited: accepted > sent, estimated }
}

fn row(p: &Provider, pr: &Promise<'_>, urgent: bool, sent: DateTime) -> Row {
    let shown: Option<&ReturnFact> =
        pr.primary.or_else(|| pr.statements.iter().copied().find(|f| f.text.is_some()));
    let outcome = match shown {
        Some(_) => outcome(p, pr, sent),
        None => Outcome::Unknown("記載なし"),
    };
    Row {
        kind: pr.kind.clone(),
        urgent,
        label: pr.label(),
        outcome,
        text: shown.and_then(|f| f.text.clone()),
        source: shown.map(|f| f.source.clone()),
    }
}

/// Every promise of `p` for a request sent at `sent` (Japan time): normal, urgent, then each
/// optional service.
pub fn rows(p: &Provider, sent: DateTime) -> Vec<Row> {
    let all = promises(p);
    let urgent: Vec<&Kind> = quick(&all).map(|pr| &pr.kind).collect();
    all.iter().map(|pr| row(p, pr, urgent.contains(&&pr.kind), sent)).collect()
}
