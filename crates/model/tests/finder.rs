//! The finder on the bundled data: hard requirements exclude, silence asks for confirmation,
//! preferences order the rest, and the ranking is deterministic.

use guide_model::directory::index::Index;
use guide_model::finder::record::Record;
use guide_model::finder::rules::breakdown;
use guide_model::finder::{assess, explain, Profile, Records, Status, Topic, Verdict};
use guide_model::load::load_providers;
use guide_model::provider::Provider;

fn providers() -> Vec<Provider> {
    load_providers(include_str!("../../../public/providers.json")).expect("loads").dataset.providers
}

fn ranked(query: &[(&str, &str)]) -> Vec<(String, Verdict, i32)> {
    let providers = providers();
    let profile = Profile::from_pairs(query.iter().copied());
    assess(&providers, &Records::build(&providers, &Index::build(&providers)), &profile)
        .into_iter()
        .map(|a| (providers[a.index].id.clone(), a.verdict, a.score))
        .collect()
}

fn with(verdict: Verdict, query: &[(&str, &str)]) -> Vec<String> {
    ranked(query).into_iter().filter(|(_, v, _)| *v == verdict).map(|(id, _, _)| id).collect()
}

#[test]
fn pet_ct_within_two_hours_on_a_saturday() {
    let query = [("m", "pet"), ("urgent", "120"), ("hours", "weekends")];
    let mut matches = with(Verdict::Match, &query);
    matches.sort();
    assert_eq!(matches, vec!["doctor-net"]);
    let excluded = with(Verdict::Excluded, &query);
    assert!(excluded.contains(&"ys-reading".to_string()), "3 hours is too slow");
    assert!(!excluded.contains(&"dic".to_string()), "DIC's menu does not list PET, which is no refusal");
    let unconfirmed = with(Verdict::Unconfirmed, &query);
    assert!(unconfirmed.contains(&"kyoto-promed".to_string()), "1 hour, but no stated intake hours");
    assert!(
        unconfirmed.contains(&"secom-medical-system".to_string()),
        "weekend hours 9:00–18:00, holidays not stated: only part of the weekend"
    );
}

#[test]
fn unknown_never_counts_as_a_match() {
    let providers = providers();
    let profile = Profile::from_pairs([("m", "ct")]);
    let all = assess(&providers, &Records::build(&providers, &Index::build(&providers)), &profile);
    let esfill = all.iter().find(|a| providers[a.index].id == "esfill").expect("esfill");
    assert_eq!(esfill.verdict, Verdict::Unconfirmed, "its menu is not stated");
    assert_eq!(explain(&providers[esfill.index], &profile)[0].status, Status::Unknown);
    let mitt = Profile::from_pairs([("urgent", "180")]);
    let mitt = assess(&providers, &Records::build(&providers, &Index::build(&providers)), &mitt)
        .into_iter()
        .find(|a| providers[a.index].id == "mitt")
        .expect("mitt");
    assert_eq!(mitt.verdict, Verdict::Excluded, "MITT states it has no urgent reading");
}

#[test]
fn priorities_reorder_and_the_order_is_deterministic() {
    let quality = ranked(&[("m", "ct"), ("prio", "quality")]);
    assert_eq!(quality[0].0, "ys-reading", "secondary reading, report check, profiles…");
    let security = ranked(&[("m", "ct"), ("prio", "security")]);
    assert_eq!(security[0].0, "secom-medical-system");
    let time = ranked(&[("m", "ct"), ("prio", "time"), ("hours", "nights")]);
    assert_eq!(time[0].0, "doctor-net");
    assert_eq!(ranked(&[("m", "ct"), ("prio", "quality")]), quality, "same profile, same ranking");
}

#[test]
fn each_verdict_and_score_follow_from_the_reasons_shown() {
    let providers = providers();
    let profiles = [
        vec![("m", "pet,ct"), ("urgent", "120"), ("hours", "weekends,nights")],
        vec![("prio", "time,quality,security"), ("region", "kanto"), ("vol", "low")],
        vec![("type", "acute"), ("vol", "high"), ("urgent", "60"), ("hours", "weekday")],
        vec![("type", "screening"), ("vol", "mid"), ("m", "mammo")],
    ];
    for pairs in profiles {
        let profile = Profile::from_pairs(pairs.iter().copied());
        let mut scored = 0;
        // The requirements come first among the reasons: one per exam, per time of day, and
        // one for urgency.
        let requirements =
            profile.modalities.len() + profile.hours.len() + usize::from(profile.urgent_within.is_some());
        for a in assess(&providers, &Records::build(&providers, &Index::build(&providers)), &profile) {
            let reasons = explain(&providers[a.index], &profile);
            let points: i32 = reasons.iter().map(|r| r.points).sum();
            assert_eq!(a.score, points, "{} for {pairs:?}", providers[a.index].id);
            // The breakdown shown beside the score adds up to it, one part per topic.
            let parts = breakdown(&reasons);
            assert_eq!(parts.iter().map(|(_, p)| p).sum::<i32>(), a.score, "{pairs:?}");
            assert!(parts.iter().all(|(_, p)| *p != 0), "{parts:?}");
            let hard = [Topic::Exam, Topic::Hours, Topic::Urgency];
            assert!(
                reasons.iter().all(|r| !hard.contains(&r.topic) || r.points == 0),
                "requirements add no points"
            );
            let hard: Vec<Status> = reasons[..requirements].iter().map(|r| r.status).collect();
            let verdict = if hard.contains(&Status::Unmet) {
                Verdict::Excluded
            } else if hard.contains(&Status::Unknown) {
                Verdict::Unconfirmed
            } else {
                Verdict::Match
            };
            assert_eq!(a.verdict, verdict, "{} for {pairs:?}", providers[a.index].id);
            scored += usize::from(a.score > 0);
        }
        assert!(scored > 0, "some provider scores points for {pairs:?}");
    }
}

#[test]
fn the_records_ranked_by_say_what_each_provider_alone_says() {
    let providers = providers();
    let records = Records::build(&providers, &Index::build(&providers));
    for (p, r) in providers.iter().zip(&records.rows) {
        let alone = Record::alone(p);
        assert_eq!(Record { rank: r.rank, ..alone }, *r, "{}", p.id);
    }
}

#[test]
fn the_ranking_lists_each_provider_once_best_first() {
    let providers = providers();
    let profile = Profile::from_pairs([("m", "ct"), ("urgent", "120"), ("prio", "time,security")]);
    let ranking = assess(&providers, &Records::build(&providers, &Index::build(&providers)), &profile);
    let mut seen: Vec<usize> = ranking.iter().map(|a| a.index).collect();
    seen.sort_unstable();
    assert_eq!(seen, (0..providers.len()).collect::<Vec<_>>(), "every provider exactly once");
    for pair in ranking.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        assert!(
            (a.verdict, a.unlisted, -a.score) <= (b.verdict, b.unlisted, -b.score),
            "{} before {}",
            providers[a.index].id,
            providers[b.index].id
        );
        if (a.verdict, a.unlisted, a.score) == (b.verdict, b.unlisted, b.score) {
            let (x, y) = (&providers[a.index], &providers[b.index]);
            assert!(
                (x.sort_reading(), &x.id) <= (y.sort_reading(), &y.id),
                "ties in 五十音 order: {} before {}",
                x.id,
                y.id
            );
        }
    }
    assert!(ranking.iter().any(|a| a.verdict == Verdict::Match) && ranking.iter().any(|a| a.score > 0));
}
