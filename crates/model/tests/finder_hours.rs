//! The finder's time bands on the bundled data and on altered copies of it: a band matches only
//! when the stated windows cover it whole, and the directory's hours filter counts exactly the
//! finder's matches, band by band.

use guide_model::directory::index::Index;
use guide_model::finder::{assess, explain, Profile, Records, Verdict};
use guide_model::load::load_providers;
use guide_model::provider::Provider;

fn providers() -> Vec<Provider> {
    load_providers(include_str!("../../../public/providers.json")).expect("loads").dataset.providers
}

/// The bundled data with every intake window of セコム医療システム's urgent promises set to
/// weekdays `from`–`to`, and its normal windows to office hours.
fn secom_with_urgent_hours(from: &str, to: &str) -> Vec<Provider> {
    secom_with_hours(("09:00", "18:00"), (from, to))
}

/// The bundled data with every intake window of セコム医療システム's normal and urgent returns
/// set to the weekday windows given (from, to).
fn secom_with_hours(normal: (&str, &str), urgent: (&str, &str)) -> Vec<Provider> {
    let mut data: serde_json::Value =
        serde_json::from_str(include_str!("../../../public/providers.json")).unwrap();
    let secom =
        data["providers"].as_array_mut().unwrap().iter_mut().find(|p| p["id"] == SECOM).expect("secom");
    let weekdays = serde_json::json!(["mon", "tue", "wed", "thu", "fri"]);
    for (field, (from, to)) in [("urgent_return", urgent), ("normal_return", normal)] {
        for statement in secom[field].as_array_mut().unwrap() {
            statement["intake"] = serde_json::json!([{ "days": weekdays, "from": from, "to": to }]);
        }
    }
    load_providers(&data.to_string()).expect("loads").dataset.providers
}

const SECOM: &str = "secom-medical-system";

/// The finder's verdict for セコム医療システム and whether the directory's filter lists it.
fn secom_verdict_and_listed(
    providers: &[Provider],
    query: &[(&str, &str)],
    filter: (&str, &str),
) -> (Verdict, bool) {
    use guide_model::directory::filters::Filters;
    let index = Index::build(providers);
    let listed = index.apply(&Filters::from_pairs([filter])).into_iter().any(|i| providers[i].id == SECOM);
    let profile = Profile::from_pairs(query.iter().copied());
    let verdict = assess(providers, &Records::build(providers, &index), &profile)
        .into_iter()
        .find(|a| providers[a.index].id == SECOM)
        .expect("secom")
        .verdict;
    (verdict, listed)
}

#[test]
fn the_finder_and_the_directory_agree_on_what_counts_as_night() {
    let cases = [
        ("21:00", "22:30", Verdict::Unconfirmed),
        ("20:00", "22:00", Verdict::Excluded),
        ("05:00", "09:00", Verdict::Unconfirmed),
        ("18:00", "09:00", Verdict::Match),
    ];
    for (from, to, expected) in cases {
        let providers = secom_with_urgent_hours(from, to);
        let query = [("hours", "nights"), ("urgent", "60")];
        let (verdict, listed) = secom_verdict_and_listed(&providers, &query, ("hours", "nights"));
        assert_eq!(listed, expected == Verdict::Match, "the directory's nights filter, windows {from}–{to}");
        assert_eq!(verdict, expected, "the finder's nights and urgent checks, windows {from}–{to}");
    }
}

#[test]
fn the_finder_and_the_directory_agree_on_what_counts_as_evening() {
    // (normal return's windows, urgent return's windows, the verdict for weekday evenings)
    let cases = [
        (("09:00", "19:00"), ("19:00", "22:00"), Verdict::Match),
        (("09:00", "18:00"), ("17:00", "09:00"), Verdict::Match),
        (("09:00", "18:00"), ("18:00", "20:00"), Verdict::Unconfirmed),
        (("09:00", "21:00"), ("21:30", "22:00"), Verdict::Unconfirmed),
        (("09:00", "18:00"), ("22:00", "06:00"), Verdict::Excluded),
        (("06:00", "18:00"), ("00:00", "06:00"), Verdict::Excluded),
    ];
    for (normal, urgent, expected) in cases {
        let providers = secom_with_hours(normal, urgent);
        let (verdict, listed) =
            secom_verdict_and_listed(&providers, &[("hours", "evenings")], ("hours", "evenings"));
        let what = format!("normal {normal:?}, urgent {urgent:?}");
        assert_eq!(listed, expected == Verdict::Match, "the directory's evenings filter, {what}");
        assert_eq!(verdict, expected, "the finder's evenings check, {what}");
    }
    // An urgent promise counts for the evening only with its own windows covering it whole.
    let urgent = [("hours", "evenings"), ("urgent", "60")];
    let joined = secom_with_hours(("09:00", "19:00"), ("19:00", "22:00"));
    assert_eq!(secom_verdict_and_listed(&joined, &urgent, ("hours", "evenings")).0, Verdict::Unconfirmed);
    let own = secom_with_hours(("09:00", "18:00"), ("18:00", "22:00"));
    assert_eq!(secom_verdict_and_listed(&own, &urgent, ("hours", "evenings")).0, Verdict::Match);
}

/// Each option of the directory's hours filter counts what the finder matches for that band,
/// and names the band in the finder's words.
#[test]
fn the_hours_counts_equal_the_finders_matches_band_by_band() {
    use guide_model::directory::facet::Facet;
    use guide_model::directory::filters::Filters;
    use guide_model::finder::profile::HOURS;
    let providers = providers();
    let index = Index::build(&providers);
    let records = Records::build(&providers, &index);
    let counts = index.counts(&Filters::default(), Facet::Hours);
    let options = Facet::Hours.options();
    let mut compared = Vec::new();
    for (_, code, label) in HOURS {
        let Some(option) = options.iter().find(|o| o.code == code) else { continue };
        assert_eq!(option.label, format!("{label}に依頼できる"), "{code}");
        let count = counts.iter().find(|(c, _)| *c == code).map(|(_, n)| *n).expect("count");
        let profile = Profile::from_pairs([("hours", code)]);
        let matched =
            assess(&providers, &records, &profile).iter().filter(|a| a.verdict == Verdict::Match).count();
        assert_eq!(count, matched, "hours={code}");
        compared.push(code);
    }
    assert_eq!(compared, vec!["evenings", "nights", "weekends"]);
}

#[test]
fn weekday_evenings_on_the_bundled_data() {
    let providers = providers();
    let profile = Profile::from_pairs([("hours", "evenings")]);
    let ranking = assess(&providers, &Records::build(&providers, &Index::build(&providers)), &profile);
    let reason = |id: &str| {
        let a = ranking.iter().find(|a| providers[a.index].id == id).expect("id");
        (a.verdict, explain(&providers[a.index], &profile)[0].text.clone())
    };
    let (verdict, text) = reason("doctor-net");
    assert_eq!(verdict, Verdict::Match, "{text}");
    assert_eq!(text, "平日の夕方・夜(18時〜22時)に依頼を受け付けると記載があります");
    let (verdict, text) = reason("secom-medical-system");
    assert_eq!(verdict, Verdict::Unconfirmed, "urgent intake until 20:00: part of the evening");
    assert!(text.ends_with("は平日の夕方・夜(18時〜22時)の一部にとどまります"), "{text}");
    let (verdict, text) = reason("ys-reading");
    assert_eq!(verdict, Verdict::Excluded, "weekday 0:00–18:00 ends as the evening begins");
    assert_eq!(text, "記載された受付時間に平日の夕方・夜(18時〜22時)が含まれていません");
    let (verdict, text) = reason("esfill");
    assert_eq!(verdict, Verdict::Unconfirmed, "{text}");
    assert!(text.contains("受付時間の記載がなく"), "{text}");
}

/// The end-to-end journey's question (tests/e2e/finder_journey.rs): CT sent on weekday evenings.
#[test]
fn ct_on_weekday_evenings_has_one_match_whose_points_are_explained() {
    use guide_model::finder::rules::{breakdown, breakdown_text};
    let providers = providers();
    let profile = Profile::from_pairs([("m", "ct"), ("hours", "evenings")]);
    let ranking = assess(&providers, &Records::build(&providers, &Index::build(&providers)), &profile);
    let matches: Vec<_> = ranking.iter().filter(|a| a.verdict == Verdict::Match).collect();
    assert_eq!(matches.len(), 1);
    let first = matches[0];
    assert_eq!(providers[first.index].id, "doctor-net");
    let reasons = explain(&providers[first.index], &profile);
    let parts = breakdown(&reasons);
    assert!(first.score > 0 && parts.len() > 1, "{parts:?}");
    assert_eq!(parts.iter().map(|(_, p)| p).sum::<i32>(), first.score);
    assert_eq!(breakdown_text(&reasons).matches('+').count(), parts.len() - 1);
    let unconfirmed = ranking.iter().filter(|a| a.verdict == Verdict::Unconfirmed).count();
    let published = ranking
        .iter()
        .filter(|a| a.verdict == Verdict::Unconfirmed)
        .filter(|a| providers[a.index].listed_in.iter().any(|s| s == "directory"))
        .count();
    assert!(unconfirmed > published && published > 0, "{unconfirmed} to confirm, {published} published");
}
