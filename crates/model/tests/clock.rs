//! The turnaround clock on the bundled data, across the boundaries that matter: Friday evening,
//! Saturday, a holiday Monday, the last minute of an intake window, and next-morning service.
//! 2026-11-23 (Monday) is 勤労感謝の日.

use guide_model::clock::date::{Date, DateTime};
use guide_model::clock::turnaround::{rows, Kind, Note, Outcome, Row};
use guide_model::load::load_providers;
use guide_model::provider::Provider;

fn provider(id: &str) -> Provider {
    let loaded = load_providers(include_str!("../../../public/providers.json")).expect("loads");
    loaded.dataset.provider(id).expect("provider").clone()
}

fn at(date: &str, hh: u32, mm: u32) -> DateTime {
    DateTime { date: Date::parse(date).expect("date"), minute: hh * 60 + mm }
}

fn row(id: &str, kind: Kind, sent: DateTime) -> Row {
    rows(&provider(id), sent).into_iter().find(|r| r.kind == kind).expect("row")
}

/// (accepted, due) of a computed row.
fn due(id: &str, kind: Kind, sent: DateTime) -> (DateTime, DateTime) {
    match row(id, kind.clone(), sent).outcome {
        Outcome::Due { accepted, due, .. } => (accepted, due),
        other => panic!("{id} {kind:?}: {other:?}"),
    }
}

#[test]
fn friday_19_30_before_a_holiday_monday() {
    let sent = at("2026-11-20", 19, 30);
    // ドクターネット: weekday 9–18 intake → Tuesday 9:00; next business day by 12:00.
    assert_eq!(due("doctor-net", Kind::Normal, sent), (at("2026-11-24", 9, 0), at("2026-11-25", 12, 0)));
    assert_eq!(due("doctor-net", Kind::Urgent, sent), (at("2026-11-24", 9, 0), at("2026-11-24", 11, 0)));
    // The 24/365 service takes weekday nights: within an hour.
    assert_eq!(
        due("doctor-net", Kind::Option("24/365サービス".into()), sent),
        (sent, at("2026-11-20", 20, 30))
    );
    // The next-morning service takes weekday 18–20 requests: 翌朝 may be Saturday or the next
    // business morning; the later reading is shown, and said so.
    assert_eq!(due("doctor-net", Kind::Option("朝一サービス".into()), sent), (sent, at("2026-11-24", 9, 0)));
    // セコム: Saturday is a business day (日曜定休); Sunday and the holiday Monday are not.
    assert_eq!(
        due("secom-medical-system", Kind::Normal, sent),
        (at("2026-11-21", 9, 0), at("2026-11-24", 18, 0))
    );
    assert_eq!(due("secom-medical-system", Kind::Urgent, sent), (sent, at("2026-11-20", 20, 30)));
    // ワイズ・リーディング: weekday 0–18 requests → Tuesday 0:00, due Wednesday 18:00.
    assert_eq!(due("ys-reading", Kind::Normal, sent), (at("2026-11-24", 0, 0), at("2026-11-25", 18, 0)));
}

#[test]
fn unstated_rules_are_unknown_never_guessed() {
    let sent = at("2026-11-20", 19, 30);
    let ys_urgent = row("ys-reading", Kind::Urgent, sent);
    assert_eq!(ys_urgent.outcome, Outcome::Unknown("受付時間の記載がないため計算できません"));
    assert_eq!(row("sters", Kind::Normal, sent).outcome, Outcome::Unknown("記載なし"));
    assert_eq!(row("mitt", Kind::Urgent, sent).outcome, Outcome::NotOffered);
    let vague = row("eiis", Kind::Urgent, sent);
    assert!(matches!(vague.outcome, Outcome::Unknown(_)), "数時間以内 is not computed");
    assert_eq!(vague.text.as_deref(), Some("数時間以内"));
}

#[test]
fn a_day_rule_without_a_window_is_an_estimate() {
    match row("net-medical-center", Kind::Normal, at("2026-11-20", 19, 30)).outcome {
        Outcome::Due { notes, due, .. } => {
            assert!(notes.contains(&Note::Estimated) && notes.contains(&Note::EndOfDay), "{notes:?}");
            assert_eq!(
                due.date,
                Date::parse("2026-11-24").expect("date"),
                "翌営業日中: Tuesday, the holiday skipped"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_last_minute_of_a_window_is_inside_and_its_end_is_outside() {
    let last = at("2026-11-19", 17, 59);
    assert_eq!(due("doctor-net", Kind::Normal, last), (last, at("2026-11-20", 12, 0)));
    let closed = at("2026-11-19", 18, 0);
    assert_eq!(due("doctor-net", Kind::Normal, closed), (at("2026-11-20", 9, 0), at("2026-11-24", 12, 0)));
}

#[test]
fn saturday_and_holiday_requests() {
    let saturday = at("2026-11-21", 10, 0);
    assert_eq!(due("secom-medical-system", Kind::Normal, saturday), (saturday, at("2026-11-24", 18, 0)));
    assert_eq!(due("secom-medical-system", Kind::Urgent, saturday), (saturday, at("2026-11-21", 11, 0)));
    let holiday = at("2026-11-23", 10, 0);
    assert_eq!(due("doctor-net", Kind::Urgent, holiday), (at("2026-11-24", 9, 0), at("2026-11-24", 11, 0)));
    assert_eq!(
        due("doctor-net", Kind::Option("24/365サービス".into()), holiday),
        (holiday, at("2026-11-23", 11, 0))
    );
    let wednesday_night = at("2026-11-25", 19, 0);
    assert_eq!(
        due("doctor-net", Kind::Option("朝一サービス".into()), wednesday_night),
        (wednesday_night, at("2026-11-26", 9, 0))
    );
}
