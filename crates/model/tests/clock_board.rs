//! The clock's list on the bundled data: the kind and exam choices, the firm and estimated
//! groups and their order, and the choices in the address. Friday 2026-11-20 19:30, before the
//! holiday Monday 2026-11-23 (勤労感謝の日).

use guide_model::clock::board::{board, Board, Choices, Excluded, KindChoice};
use guide_model::clock::date::{Date, DateTime};
use guide_model::clock::turnaround::{rows, Kind, Note, Outcome, Row};
use guide_model::load::load_providers;
use guide_model::modality::Modality;
use guide_model::provider::Provider;
use guide_model::reading::exam::{exam, Exam};
use guide_model::route::Query;

fn providers() -> Vec<Provider> {
    load_providers(include_str!("../../../public/providers.json")).expect("loads").dataset.providers
}

/// The providers the clock lists: those of the directory.
fn listed(all: &[Provider]) -> Vec<&Provider> {
    all.iter().filter(|p| p.listed_in.iter().any(|s| s == "directory")).collect()
}

fn friday() -> DateTime {
    DateTime { date: Date::parse("2026-11-20").expect("date"), minute: 19 * 60 + 30 }
}

fn row(all: &[Provider], id: &str, kind: Kind) -> Row {
    let p = all.iter().find(|p| p.id == id).expect("provider");
    rows(p, friday()).into_iter().find(|r| r.kind == kind).expect("row")
}

fn estimated(row: &Row) -> bool {
    match row.outcome {
        Outcome::Due { estimated, .. } => estimated,
        ref other => panic!("not computed: {other:?}"),
    }
}

fn names(b: &Board<'_>) -> Vec<String> {
    b.firm.iter().chain(&b.estimated).map(|e| format!("{} {}", e.provider.id, e.row.label)).collect()
}

#[test]
fn an_assumed_acceptance_or_a_best_case_is_estimated_and_a_stated_bound_is_not() {
    let all = providers();
    // 翌営業日中 with no intake window: the acceptance is this page's assumption.
    let assumed = row(&all, "net-medical-center", Kind::Normal);
    assert!(matches!(&assumed.outcome, Outcome::Due { notes, .. } if notes.contains(&Note::Estimated)));
    assert!(estimated(&assumed));
    // セコム's urgent return read from its 最短1時間 statement alone: a best case is not a bound,
    // even with stated intake hours. With its 1時間以内 statement it is one.
    assert!(!estimated(&row(&all, "secom-medical-system", Kind::Urgent)));
    let mut best_case = all.iter().find(|p| p.id == "secom-medical-system").expect("secom").clone();
    best_case.urgent_return.retain(|f| f.rule.as_ref().is_some_and(|r| r.earliest));
    let only = rows(&best_case, friday()).into_iter().find(|r| r.kind == Kind::Urgent).expect("row");
    assert!(matches!(&only.outcome, Outcome::Due { notes, .. } if notes == &[Note::Earliest]), "{only:?}");
    assert!(estimated(&only));
    // 翌診療日 whose other reading is unknown does not bound the wait.
    assert!(estimated(&row(&all, "viewsend-ict", Kind::Normal)));
    // Stated windows and a stated bound.
    assert!(!estimated(&row(&all, "doctor-net", Kind::Normal)));
    assert!(!estimated(&row(&all, "doctor-net", Kind::Urgent)));
    // An ambiguity whose two readings are known shows the later one: still a bound.
    assert!(!estimated(&row(&all, "doctor-net", Kind::Option("朝一サービス".into()))));
}

#[test]
fn urgent_means_the_urgent_return_and_options_that_count_minutes() {
    let all = providers();
    assert!(row(&all, "doctor-net", Kind::Urgent).urgent);
    assert!(row(&all, "doctor-net", Kind::Option("24/365サービス".into())).urgent);
    assert!(row(&all, "eight-aid", Kind::Option("至急読影".into())).urgent);
    assert!(!row(&all, "doctor-net", Kind::Option("朝一サービス".into())).urgent, "翌朝 is not urgent");
    assert!(!row(&all, "eight-aid", Kind::Option("優先読影".into())).urgent, "翌営業日 is not urgent");
    assert!(!row(&all, "doctor-net", Kind::Normal).urgent);
}

#[test]
fn the_kind_choice_keeps_only_its_rows() {
    let all = providers();
    let list = listed(&all);
    let every = board(list.iter().copied(), friday(), Choices::default());
    let urgent = board(list.iter().copied(), friday(), Choices { kind: KindChoice::Urgent, exam: None });
    let normal = board(list.iter().copied(), friday(), Choices { kind: KindChoice::Normal, exam: None });
    let kept = |b: &Board<'_>| {
        b.firm
            .iter()
            .chain(&b.estimated)
            .chain(&b.unknown)
            .chain(&b.not_offered)
            .map(|e| e.row.clone())
            .collect()
    };
    let (u, n): (Vec<Row>, Vec<Row>) = (kept(&urgent), kept(&normal));
    assert!(!u.is_empty() && u.iter().all(|r| r.urgent && r.kind != Kind::Normal), "{u:#?}");
    assert!(!n.is_empty() && n.iter().all(|r| r.kind == Kind::Normal));
    assert!(
        names(&urgent).contains(&"doctor-net 24/365サービス(オプション)".to_string()),
        "an urgent option"
    );
    assert!(!names(&urgent).iter().any(|n| n.contains("朝一サービス")));
    assert!(names(&every).iter().any(|n| n.contains("朝一サービス")), "shown under すべて");
    let label = |id: &str, kind: &str| {
        let e = every
            .firm
            .iter()
            .chain(&every.estimated)
            .find(|e| e.provider.id == id && e.row.label.starts_with(kind));
        e.expect("row").kind_label()
    };
    assert_eq!(label("doctor-net", "24/365"), "24/365サービス(オプション)", "the source's own word");
    assert_eq!(label("doctor-net", "朝一"), "朝一サービス(別サービス)");
    assert_eq!(label("doctor-net", "緊急"), "緊急読影");
    let total = |b: &Board<'_>| b.firm.len() + b.estimated.len() + b.unknown.len() + b.not_offered.len();
    assert!(
        total(&urgent) + total(&normal) < total(&every),
        "options that are not urgent are in すべて only"
    );
}

#[test]
fn the_exam_choice_keeps_providers_whose_menu_names_it_and_counts_the_rest() {
    let all = providers();
    let list = listed(&all);
    let ct =
        board(list.iter().copied(), friday(), Choices { kind: KindChoice::Urgent, exam: Some(Modality::Ct) });
    let shown: Vec<&Provider> = ct
        .firm
        .iter()
        .chain(&ct.estimated)
        .chain(&ct.unknown)
        .chain(&ct.not_offered)
        .map(|e| e.provider)
        .collect();
    assert!(!shown.is_empty());
    assert!(shown.iter().all(|p| exam(p, Modality::Ct) == Exam::Named));
    let left_out = list.iter().filter(|p| exam(p, Modality::Ct) != Exam::Named).count();
    assert_eq!(ct.excluded.total(), left_out, "{:?}", ct.excluded);
    assert!(ct.excluded.total() > 0, "the bundled data has providers with no menu");
    let said = ct.excluded.sentence(Modality::Ct).expect("a sentence");
    assert!(said.starts_with(&format!("CTの記載がないため除いたサービス: {left_out}件(")), "{said}");
    assert!(said.contains("扱わないという記載ではありません"), "{said}");
    let none = board(list.iter().copied(), friday(), Choices::default());
    assert_eq!(none.excluded.total(), 0, "no exam chosen, no one left out");
    assert_eq!(none.excluded.sentence(Modality::Ct), None);
    let mixed = Excluded { no_menu: 2, not_listed: 1, not_in_partial: 0, inferred: 1 };
    assert_eq!(
        mixed.sentence(Modality::Mammo).as_deref(),
        Some(
            "マンモグラフィの記載がないため除いたサービス: 4件(検査メニューの記載なし2件、\
             メニューにマンモグラフィが挙がっていない1件、メニューの別の語からマンモグラフィが推定されるのみ1件)。\
             扱わないという記載ではありません。"
        )
    );
}

#[test]
fn firm_and_estimated_groups_are_each_soonest_first() {
    let all = providers();
    for kind in KindChoice::ALL {
        for exam in [None, Some(Modality::Ct), Some(Modality::Mri)] {
            let b = board(listed(&all), friday(), Choices { kind, exam });
            for (group, want) in [(&b.firm, false), (&b.estimated, true)] {
                let dues: Vec<DateTime> = group.iter().map(|e| e.due().expect("computed")).collect();
                assert!(dues.windows(2).all(|w| w[0] <= w[1]), "{kind:?} {exam:?}: {dues:?}");
                assert!(group.iter().all(|e| estimated(&e.row) == want));
            }
        }
    }
    let b = board(listed(&all), friday(), Choices::default());
    assert!(!b.firm.is_empty() && !b.estimated.is_empty());
    // The case the groups exist for: an estimated time due sooner than a firm one.
    assert!(b.estimated[0].due() < b.firm.last().and_then(|e| e.due()));
}

#[test]
fn the_choices_live_in_the_address_beside_the_time_and_focus() {
    let mut q = Query::parse("at=2026-11-20T19:30&focus=doctor-net");
    assert_eq!(Choices::from_query(&q), Choices::default());
    Choices { kind: KindChoice::Urgent, exam: Some(Modality::Ct) }.write(&mut q);
    assert_eq!(q.to_query_string(), "at=2026-11-20T19%3A30&focus=doctor-net&kind=urgent&m=ct");
    assert_eq!(Choices::from_query(&q), Choices { kind: KindChoice::Urgent, exam: Some(Modality::Ct) });
    Choices { kind: KindChoice::All, exam: Some(Modality::Ct) }.write(&mut q);
    assert_eq!(
        q.to_query_string(),
        "at=2026-11-20T19%3A30&focus=doctor-net&m=ct",
        "the default writes nothing"
    );
    let odd = Query::parse("kind=fast&m=xyz");
    assert_eq!(Choices::from_query(&odd), Choices::default(), "unknown values read as no choice");
    assert_eq!(Choices::from_query(&Query::parse("kind=normal")).kind, KindChoice::Normal);
}
