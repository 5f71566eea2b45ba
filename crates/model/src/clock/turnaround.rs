//! When each report is due for a request sent at a given moment, computed only from what the
//! sources state: intake windows, the due rule, business days, and public holidays.
//!
//! Assumptions (shown on the page): public holidays are closed days and a window that does not
//! list holidays does not open on one; business days are Monday to Friday unless the provider
//! states its own; a day-based rule with no stated intake window counts from the send time if
//! that falls on a business day, else from the next business day (marked as an estimate); a
//! rule within minutes needs a stated window, or it is not computed.

use crate::facts::ReturnFact;
use crate::provider::Provider;
use crate::rule::{Day, Due, Window};

use super::date::{Date, DateTime, Weekday};
use super::holidays::is_holiday;

/// Which promise a row is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    Normal,
    Urgent,
    /// An optional service, by its label (24/365サービス, 朝一サービス…).
    Option(String),
}

impl Kind {
    /// The label shown to visitors.
    pub fn label(&self) -> String {
        match self {
            Kind::Normal => "通常読影".to_string(),
            Kind::Urgent => "緊急読影".to_string(),
            Kind::Option(label) => label.clone(),
        }
    }
}

/// What can be said about one promise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Computed from the stated rule.
    Due {
        accepted: DateTime,
        due: DateTime,
        /// The rule gives a day, not a time: due by the end of that day.
        end_of_day: bool,
        /// The source gives a best case (最短) or a target (目途).
        earliest: bool,
        approx: bool,
        /// No intake window is stated; the acceptance time is this page's assumption.
        estimated: bool,
        /// The request is accepted later than it was sent (outside intake hours).
        waited: bool,
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
    pub outcome: Outcome,
    /// The statement's text as the source gives it.
    pub text: Option<String>,
    pub source: Option<String>,
}

/// Business days of a provider: stated open days, or Monday to Friday; never a holiday.
fn is_business_day(p: &Provider, date: Date) -> bool {
    if is_holiday(date) {
        return false;
    }
    let day = day_code(date.weekday());
    match p.business_days.first() {
        Some(stated) => stated.open.contains(&day),
        None => !matches!(day, Day::Sat | Day::Sun),
    }
}

fn day_code(w: Weekday) -> Day {
    match w {
        Weekday::Mon => Day::Mon,
        Weekday::Tue => Day::Tue,
        Weekday::Wed => Day::Wed,
        Weekday::Thu => Day::Thu,
        Weekday::Fri => Day::Fri,
        Weekday::Sat => Day::Sat,
        Weekday::Sun => Day::Sun,
    }
}

/// The day class windows are matched against: a holiday is `hol`, whatever its weekday.
fn day_class(date: Date) -> Day {
    if is_holiday(date) {
        Day::Hol
    } else {
        day_code(date.weekday())
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

/// The outcome of one statement.
fn outcome(p: &Provider, fact: &ReturnFact, sent: DateTime) -> Outcome {
    if fact.not_offered {
        return Outcome::NotOffered;
    }
    let Some(rule) = &fact.rule else {
        return Outcome::Unknown("返却時間の記載が、計算できる形ではありません");
    };
    let (accepted, estimated) = match (&fact.intake, &rule.due) {
        (Some(windows), _) => match next_intake(windows, sent) {
            Some(at) => (at, false),
            None => return Outcome::Unknown("2週間以内に受付時間がありません"),
        },
        (None, Due::Minutes { .. }) => return Outcome::Unknown("受付時間の記載がないため計算できません"),
        (None, _) => {
            let mut at = sent;
            while !is_business_day(p, at.date) {
                at = DateTime { date: at.date.add_days(1), minute: 0 };
            }
            (at, true)
        }
    };
    let (due, end_of_day) = due_time(p, &rule.due, accepted);
    Outcome::Due {
        accepted,
        due,
        end_of_day,
        earliest: rule.earliest,
        approx: rule.approx,
        estimated,
        waited: accepted > sent,
    }
}

/// Picks the statement to compute: stated rule and window first, then a rule alone, then any.
fn primary(facts: &[&ReturnFact]) -> Option<usize> {
    let score = |f: &ReturnFact| match (f.rule.is_some(), f.intake.is_some(), f.not_offered) {
        (true, true, _) => 3,
        (true, false, _) => 2,
        (_, _, true) => 1,
        _ => 0,
    };
    let best = facts.iter().map(|f| score(f)).max()?;
    facts.iter().position(|f| score(f) == best && (best > 0 || f.text.is_some()))
}

fn row(p: &Provider, kind: Kind, facts: &[&ReturnFact], sent: DateTime) -> Row {
    match primary(facts) {
        Some(i) => Row {
            kind,
            outcome: outcome(p, facts[i], sent),
            text: facts[i].text.clone(),
            source: Some(facts[i].source.clone()),
        },
        None => Row { kind, outcome: Outcome::Unknown("記載なし"), text: None, source: None },
    }
}

/// Every promise of `p` for a request sent at `sent` (Japan time): normal, urgent, then each
/// optional service.
pub fn rows(p: &Provider, sent: DateTime) -> Vec<Row> {
    let normal: Vec<&ReturnFact> = p.normal_return.iter().collect();
    let urgent: Vec<&ReturnFact> = p.urgent_return.iter().collect();
    let mut out = vec![row(p, Kind::Normal, &normal, sent), row(p, Kind::Urgent, &urgent, sent)];
    let mut labels: Vec<&str> = Vec::new();
    for label in p.other_returns.iter().filter_map(|r| r.label.as_deref()) {
        if !labels.contains(&label) {
            labels.push(label);
        }
    }
    for label in labels {
        let facts: Vec<&ReturnFact> =
            p.other_returns.iter().filter(|r| r.label.as_deref() == Some(label)).collect();
        out.push(row(p, Kind::Option(label.to_string()), &facts, sent));
    }
    out
}
