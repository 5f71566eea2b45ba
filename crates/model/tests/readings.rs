//! Every reading says how sure it is, and every consumer respects it: one case per basis and per
//! consumer (the finder's verdict and words, the directory's counts, the clock's due time), on
//! the bundled data. 2026-11-23 (Monday) is 勤労感謝の日.

use guide_model::clock::date::{Date, DateTime};
use guide_model::clock::turnaround::{rows, Kind, Note, Outcome, Row};
use guide_model::directory::facet::Facet;
use guide_model::directory::filters::Filters;
use guide_model::directory::index::Index;
use guide_model::finder::{assess, explain, Profile, Records, Status, Verdict};
use guide_model::load::load_providers;
use guide_model::provider::Provider;
use guide_model::reading::report::lines;
use guide_model::reading::Basis;

fn providers() -> Vec<Provider> {
    load_providers(include_str!("../../../public/providers.json")).expect("loads").dataset.providers
}

fn provider(id: &str) -> Provider {
    providers().into_iter().find(|p| p.id == id).expect("provider")
}

fn at(date: &str, hh: u32, mm: u32) -> DateTime {
    DateTime { date: Date::parse(date).expect("date"), minute: hh * 60 + mm }
}

fn row(id: &str, kind: Kind, sent: DateTime) -> Row {
    rows(&provider(id), sent).into_iter().find(|r| r.kind == kind).expect("row")
}

/// (accepted, due, notes) of a computed row.
fn due(id: &str, kind: Kind, sent: DateTime) -> (DateTime, DateTime, Vec<Note>) {
    match row(id, kind.clone(), sent).outcome {
        Outcome::Due { accepted, due, notes, .. } => (accepted, due, notes),
        other => panic!("{id} {kind:?}: {other:?}"),
    }
}

fn verdict_and_reasons(id: &str, query: &[(&str, &str)]) -> (Verdict, Vec<(Status, String)>) {
    let providers = providers();
    let profile = Profile::from_pairs(query.iter().copied());
    let records = Records::build(&providers, &Index::build(&providers));
    let a =
        assess(&providers, &records, &profile).into_iter().find(|a| providers[a.index].id == id).expect("id");
    let reasons = explain(&providers[a.index], &profile).into_iter().map(|r| (r.status, r.text)).collect();
    (a.verdict, reasons)
}

fn basis_of(id: &str, field: &str, reading: &str) -> Basis {
    lines(&provider(id))
        .into_iter()
        .find(|l| l.field.starts_with(field) && l.reading.contains(reading))
        .unwrap_or_else(|| panic!("{id} {field} {reading}"))
        .basis
}

#[test]
fn the_report_gives_each_reading_its_basis() {
    assert_eq!(basis_of("dic", "menu[0]", "CT"), Basis::Stated);
    assert_eq!(basis_of("dic", "urgent_return[0].rule", "2時間"), Basis::Approximate);
    assert_eq!(basis_of("net-hospital", "normal_return[0].rule", "翌営業日"), Basis::Minimum);
    assert_eq!(basis_of("e-medical-tokyo", "urgent_return[0].rule", "3時間"), Basis::UpperBound);
    assert_eq!(basis_of("ys-reading", "intro_period[0]", "60〜90日"), Basis::Range);
    assert_eq!(basis_of("eight-aid", "menu[0]", "一部"), Basis::Partial);
    assert_eq!(basis_of("paradox", "menu[0]", "マンモグラフィ"), Basis::Inferred("「乳腺」".into()));
    assert_eq!(basis_of("kyoto-promed", "region[0]", "近畿"), Basis::Inferred("名称".into()));
    assert!(matches!(basis_of("medical-supporting", "normal_return[0].rule", "3日"), Basis::Ambiguous(_)));
    assert_eq!(basis_of("mnes", "intro_period[0]", "最短"), Basis::Minimum);
    let total: usize = providers().iter().map(|p| lines(p).len()).sum();
    assert!(total > 300, "every provider's readings are listed: {total}");
}

#[test]
fn doctor_net_24_365_reads_both_sources_together_and_says_it_is_an_option() {
    // Tuesday 10:00: the pick table accepts weekday office hours, the pick text nights.
    let sent = at("2026-11-24", 10, 0);
    let option = Kind::Option("24/365サービス".into());
    let (accepted, due_at, notes) = due("doctor-net", option.clone(), sent);
    assert_eq!((accepted, due_at), (sent, at("2026-11-24", 11, 0)));
    assert!(notes.contains(&Note::Joined) && notes.contains(&Note::SourcesDiffer), "{notes:?}");
    assert_eq!(row("doctor-net", option, sent).label, "24/365サービス(オプション)");
    // At night, the finder's match names the option.
    let (verdict, reasons) = verdict_and_reasons("doctor-net", &[("hours", "nights"), ("urgent", "60")]);
    assert_eq!(verdict, Verdict::Match);
    assert!(
        reasons.iter().any(|(s, t)| *s == Status::Met && t.contains("24/365サービス(オプション)で")),
        "{reasons:?}"
    );
    // Its standard urgent reading keeps its weekday hours: Friday 19:30 waits for Tuesday.
    let (accepted, _, _) = due("doctor-net", Kind::Urgent, at("2026-11-20", 19, 30));
    assert_eq!(accepted, at("2026-11-24", 9, 0));
}

#[test]
fn stated_cut_offs_apply_alike() {
    // CAFI 16時までの受付で翌日返却, DIC 平日18時までのご依頼分を翌日中に返却: Tuesday 19:30 is past both.
    let sent = at("2026-11-24", 19, 30);
    for id in ["cafi", "dic"] {
        let (accepted, due_at, notes) = due(id, Kind::Normal, sent);
        assert_eq!(accepted.date, Date::parse("2026-11-25").unwrap(), "{id}: counted from Wednesday");
        assert_eq!(due_at.date, Date::parse("2026-11-26").unwrap(), "{id}: due Thursday");
        assert!(notes.contains(&Note::AfterCutoff), "{id}: {notes:?}");
    }
    // 17:00 is before DIC's cut-off but after CAFI's.
    let five = at("2026-11-24", 17, 0);
    assert_eq!(due("dic", Kind::Normal, five).0, five);
    assert_eq!(due("cafi", Kind::Normal, five).0.date, Date::parse("2026-11-25").unwrap());
}

#[test]
fn a_cut_off_is_no_intake_window_so_nothing_claims_nights() {
    let (verdict, reasons) = verdict_and_reasons("dic", &[("hours", "nights")]);
    assert_eq!(verdict, Verdict::Unconfirmed);
    assert!(reasons.iter().all(|(_, t)| !t.contains("記載があります")), "{reasons:?}");
    assert!(reasons[0].1.contains("締切"), "{reasons:?}");
}

#[test]
fn menus_name_infer_or_leave_an_exam_open_and_never_exclude() {
    let (verdict, reasons) = verdict_and_reasons("paradox", &[("m", "mammo")]);
    assert_eq!(verdict, Verdict::Unconfirmed);
    assert!(
        reasons[0].1.contains("「乳腺」から") && !reasons[0].1.contains("記載がありません"),
        "{reasons:?}"
    );
    let (verdict, reasons) = verdict_and_reasons("eight-aid", &[("m", "pet")]);
    assert_eq!(verdict, Verdict::Unconfirmed);
    assert!(reasons[0].1.contains("一部の記載です"), "{reasons:?}");
    let (verdict, reasons) = verdict_and_reasons("ykr-medical-labo", &[("m", "xray")]);
    assert_eq!(verdict, Verdict::Unconfirmed);
    assert!(reasons[0].1.contains("胸部検診"), "{reasons:?}");
    let (verdict, reasons) = verdict_and_reasons("dic", &[("m", "pet")]);
    assert_eq!(verdict, Verdict::Unconfirmed, "a complete menu without PET is no refusal");
    assert!(reasons[0].1.contains("挙がっていません"), "{reasons:?}");
    // Unlisted exams rank after other services to confirm.
    let providers = providers();
    let profile = Profile::from_pairs([("m", "pet")]);
    let ranking = assess(&providers, &Records::build(&providers, &Index::build(&providers)), &profile);
    let pos = |id: &str| ranking.iter().position(|a| providers[a.index].id == id).unwrap();
    assert!(pos("esfill") < pos("dic"), "no menu stated ranks before a menu that does not list PET");
}

#[test]
fn no_service_is_excluded_without_a_stated_mismatch() {
    let providers = providers();
    let records = Records::build(&providers, &Index::build(&providers));
    let queries: [&[(&str, &str)]; 6] = [
        &[("m", "mammo,pet")],
        &[("m", "xray"), ("hours", "nights")],
        &[("hours", "weekday,weekends"), ("urgent", "60")],
        &[("urgent", "120"), ("region", "kinki")],
        &[("m", "ct"), ("hours", "nights"), ("urgent", "180")],
        &[("m", "fluoro,us")],
    ];
    for query in queries {
        let profile = Profile::from_pairs(query.iter().copied());
        for a in assess(&providers, &records, &profile) {
            let reasons = explain(&providers[a.index], &profile);
            // A different stated region is shown as unmet but is a preference, never a requirement.
            let unmet: Vec<&str> = reasons
                .iter()
                .filter(|r| r.status == Status::Unmet && !r.text.starts_with("地域"))
                .map(|r| r.text.as_str())
                .collect();
            assert_eq!(
                a.verdict == Verdict::Excluded,
                !unmet.is_empty(),
                "{} {query:?}",
                providers[a.index].id
            );
            for text in unmet {
                assert!(!text.contains("メニュー"), "a menu is never a stated refusal: {text}");
                assert!(
                    text.contains("記載された受付時間")
                        || text.contains("記載があり")
                        || text.contains("対応していない"),
                    "{}: {text}",
                    providers[a.index].id
                );
            }
        }
    }
}

#[test]
fn a_window_that_only_overlaps_the_asked_hours_is_its_own_reason() {
    let (verdict, reasons) = verdict_and_reasons("ys-reading", &[("hours", "nights")]);
    assert_eq!(verdict, Verdict::Unconfirmed, "weekday 0:00–18:00 only touches the night");
    assert!(reasons[0].1.contains("一部にとどまります"), "{reasons:?}");
    let (verdict, reasons) =
        verdict_and_reasons("secom-medical-system", &[("hours", "nights"), ("urgent", "60")]);
    assert_eq!(verdict, Verdict::Excluded, "stated windows end at 20:00");
    assert!(reasons.iter().all(|(_, t)| !t.contains("受付時間の記載がありません")), "{reasons:?}");
}

#[test]
fn best_cases_and_ambiguities_are_labelled_and_never_bounds() {
    // 最短翌日17時まで: labelled, and not counted as a next-day bound by the filter.
    let (_, _, notes) = due("intelligent-healthcare", Kind::Normal, at("2026-11-24", 10, 0));
    assert!(notes.contains(&Note::Earliest), "{notes:?}");
    let p = provider("intelligent-healthcare");
    assert!(!Facet::Normal.values(&p).contains(&"next_day"));
    // 3日以内: calendar or business days; the clock shows the later (Friday → Wednesday).
    let (_, due_at, notes) = due("medical-supporting", Kind::Normal, at("2026-11-27", 10, 0));
    assert_eq!(due_at.date, Date::parse("2026-12-02").unwrap(), "3 business days after Friday");
    assert!(notes.iter().any(|n| matches!(n, Note::Ambiguous(_))), "{notes:?}");
    // 翌診療日: whose 診療日 is not known, so no normal-return bound.
    assert!(!Facet::Normal.values(&provider("mm-corporation")).contains(&"next_day"));
    // Weekend hours stated, holidays not: a holiday request waits, and says why.
    let (accepted, _, notes) = due("secom-medical-system", Kind::Urgent, at("2026-11-23", 10, 0));
    assert_eq!(accepted, at("2026-11-24", 9, 0));
    assert!(notes.contains(&Note::HolidayAssumed), "{notes:?}");
}

#[test]
fn upper_bounds_from_the_words_count_as_bounds() {
    assert!(Facet::Urgent.values(&provider("e-medical-tokyo")).contains(&"180"), "3時間または2時間以内");
    assert!(Facet::Normal.values(&provider("sento-medical-associates")).contains(&"within_3"));
    assert!(Facet::Normal.values(&provider("rapid")).contains(&"within_3"));
    assert!(Facet::Normal.values(&provider("mitt")).contains(&"next_day"), "翌営業日(24時間)程度");
}

#[test]
fn introduction_filter_takes_only_upper_limits() {
    for id in ["mnes", "intelligent-healthcare"] {
        let v = Facet::Intro.values(&provider(id));
        assert_eq!(v, vec!["stated"], "{id}: 最短 is no upper limit");
    }
}

#[test]
fn regions_read_from_a_name_are_not_stated_regions() {
    let (_, reasons) = verdict_and_reasons("kyoto-promed", &[("region", "kinki")]);
    let region = reasons.iter().find(|(_, t)| t.starts_with("地域")).expect("region reason");
    assert_eq!(region.0, Status::Unknown);
    assert!(region.1.contains("推定"), "{region:?}");
    assert!(Facet::Region.values(&provider("kyoto-promed")).contains(&"unknown"));
}

/// The filters count what the finder matches, option by option.
#[test]
fn the_filters_and_the_finder_agree_on_every_reading() {
    let providers = providers();
    let index = Index::build(&providers);
    let records = Records::build(&providers, &index);
    let cases = [
        ("m", "mammo", "m", "mammo"),
        ("m", "xray", "m", "xray"),
        ("m", "fluoro", "m", "fluoro"),
        ("hours", "evenings", "hours", "evenings"),
        ("hours", "nights", "hours", "nights"),
        ("hours", "weekends", "hours", "weekends"),
        ("urgent", "60", "urgent", "60"),
        ("urgent", "180", "urgent", "180"),
    ];
    for (facet, code, key, value) in cases {
        let filtered = index.apply(&Filters::from_pairs([(facet, code)])).len();
        let profile = Profile::from_pairs([(key, value)]);
        let matched =
            assess(&providers, &records, &profile).iter().filter(|a| a.verdict == Verdict::Match).count();
        assert_eq!(filtered, matched, "{facet}={code}");
    }
}
