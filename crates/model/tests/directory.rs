//! Directory logic on the bundled data: facets with explicit unknowns, all-of exam menus,
//! Japanese search, counts and sort orders.

use guide_model::dataset::Dataset;
use guide_model::directory::facet::{Facet, Mode};
use guide_model::directory::filters::Filters;
use guide_model::directory::index::Index;
use guide_model::directory::sort::SortKey;
use guide_model::load::load_providers;

fn data() -> (Dataset, Index) {
    let loaded = load_providers(include_str!("../../../public/providers.json")).expect("loads");
    let index = Index::build(&loaded.dataset.providers);
    (loaded.dataset, index)
}

fn ids(query: &[(&str, &str)]) -> Vec<String> {
    let (data, index) = data();
    let filters = Filters::from_pairs(query.iter().copied());
    index.apply(&filters).into_iter().map(|i| data.providers[i].id.clone()).collect()
}

#[test]
fn no_filter_shows_everyone_in_gojuon_order() {
    let all = ids(&[]);
    assert_eq!(all.len(), 61);
    let (data, _) = data();
    let readings: Vec<&str> =
        all.iter().map(|id| data.provider(id).expect("provider").reading.as_str()).collect();
    let mut sorted = readings.clone();
    sorted.sort();
    assert_eq!(readings, sorted);
}

#[test]
fn urgent_within_an_hour_counts_optional_services_and_excludes_slower_ones() {
    let fast = ids(&[("urgent", "60")]);
    for id in
        ["secom-medical-system", "doctor-net", "image-communication", "net-medical-center", "kyoto-promed"]
    {
        assert!(fast.contains(&id.to_string()), "{id} returns urgent reports within an hour");
    }
    assert!(!fast.contains(&"ys-reading".to_string()), "ワイズ・リーディング states 3 hours");
    assert!(ids(&[("urgent", "180")]).contains(&"ys-reading".to_string()));
}

#[test]
fn unknown_is_explicit_and_selectable() {
    let unknown = ids(&[("urgent", "unknown")]);
    assert!(unknown.contains(&"sters".to_string()), "STERS states no urgent return");
    assert!(!unknown.contains(&"mitt".to_string()), "MITT states it has none: that is known");
    assert_eq!(ids(&[("urgent", "not_offered")]), vec!["mitt".to_string()]);
    let with_unknown = ids(&[("urgent", "60,unknown")]);
    assert!(with_unknown.contains(&"sters".to_string()) && with_unknown.contains(&"doctor-net".to_string()));
}

#[test]
fn exam_menus_need_every_selected_modality() {
    let ct_pet = ids(&[("m", "ct,pet")]);
    assert!(ct_pet.contains(&"ys-reading".to_string()) && ct_pet.contains(&"doctor-net".to_string()));
    assert!(!ct_pet.contains(&"dic".to_string()), "DIC reads CT/MRI only");
    assert!(ids(&[("m", "unknown")]).contains(&"esfill".to_string()));
    let mammo = ids(&[("m", "mammo")]);
    assert!(mammo.contains(&"secom-medical-system".to_string()));
}

#[test]
fn search_folds_width_and_kana() {
    assert_eq!(ids(&[("q", "ﾜｲｽﾞ")]), vec!["ys-reading".to_string()]);
    assert!(ids(&[("q", "ほすぴねっと")]).contains(&"secom-medical-system".to_string()));
    assert!(ids(&[("q", "ｔｅｌｅ－ｒａｄ")]).contains(&"doctor-net".to_string()));
    assert!(ids(&[("q", "山口")]).contains(&"iryo-fukushi-kogaku-kenkyusho".to_string()));
    assert!(ids(&[("q", "存在しない言葉")]).is_empty());
}

#[test]
fn other_facets_follow_the_stated_facts() {
    assert_eq!(ids(&[("hours", "always")]), vec!["doctor-net".to_string()]);
    // A band counts only when the stated windows cover it whole: ワイズ・リーディング's weekday
    // 0:00–18:00 only touches the night, セコム's weekend 9:00–18:00 only part of the weekend.
    assert_eq!(ids(&[("hours", "nights")]), vec!["doctor-net".to_string()]);
    // セコム's urgent windows end at 20:00: part of the evening only.
    assert_eq!(ids(&[("hours", "evenings")]), vec!["doctor-net".to_string()]);
    assert_eq!(ids(&[("hours", "weekends")]), vec!["doctor-net".to_string()]);
    assert_eq!(ids(&[("fees", "no_slice_surcharge")]), vec!["ys-reading".to_string()]);
    assert_eq!(ids(&[("security", "medis_privacy_mark")]), vec!["secom-medical-system".to_string()]);
    assert_eq!(ids(&[("details", "unpublished")]).len(), 24);
    assert_eq!(ids(&[("details", "published")]).len(), 37);
    let intro = ids(&[("intro", "14")]);
    assert!(intro.contains(&"secom-medical-system".to_string()), "2週間程度");
    assert!(!intro.contains(&"mnes".to_string()), "最短3日程度 is a best case, not a bound");
    assert!(!ids(&[("intro", "90")]).contains(&"intelligent-healthcare".to_string()), "最短6週間程度");
    assert!(!intro.contains(&"doctor-net".to_string()), "3週間程度 is over two weeks");
    assert!(ids(&[("region", "kyushu")]).contains(&"medical-supporting".to_string()));
}

#[test]
fn counts_show_what_each_option_would_give() {
    let (_, index) = data();
    let filters = Filters::from_pairs([("urgent", "60")]);
    let counts = index.counts(&filters, Facet::Urgent);
    let sixty = counts.iter().find(|(c, _)| *c == "60").map(|(_, n)| *n).expect("count");
    assert_eq!(sixty, index.apply(&filters).len(), "the selected option's count = results");
    let unknown = counts.iter().find(|(c, _)| *c == "unknown").map(|(_, n)| *n).expect("count");
    assert_eq!(
        unknown,
        ids(&[("urgent", "unknown")]).len(),
        "other options count without this facet's filter"
    );
}

#[test]
fn sorts_put_unknown_last() {
    let (data, index) = data();
    let filters = Filters { sort: SortKey::Urgent, ..Filters::default() };
    let order = index.apply(&filters);
    let first = &data.providers[order[0]];
    assert!(Facet::Urgent.values(first).contains(&"60"), "{} is among the fastest", first.id);
    let last = &data.providers[*order.last().expect("some")];
    assert!(Facet::Urgent.values(last).contains(&"unknown"), "{} is unknown", last.id);
    let intro = Filters { sort: SortKey::Intro, ..Filters::default() };
    let first_intro = &data.providers[index.apply(&intro)[0]];
    assert_eq!(first_intro.id, "medical-supporting", "即日 (0 days) is the shortest stated minimum");
}

/// `n` synthetic providers (the bundled ones varied) and their index.
fn synthetic(n: usize) -> (Vec<guide_model::provider::Provider>, Index) {
    let text =
        guide_model::synthetic::scaled(include_str!("../../../public/providers.json"), n).expect("scaled");
    let providers = load_providers(&text).expect("loads").dataset.providers;
    let index = Index::build(&providers);
    (providers, index)
}

#[test]
fn every_facet_fits_the_index_masks() {
    for facet in Facet::ALL {
        assert!(facet.options().len() <= 64, "{facet:?} has more options than a mask has bits");
    }
}

#[test]
fn every_sort_of_the_index_is_the_order_of_its_comparison() {
    let (providers, index) = synthetic(300);
    for sort in SortKey::ALL {
        let mut expected: Vec<usize> = (0..providers.len()).collect();
        expected.sort_by(|&a, &b| sort.compare(&providers[a], &providers[b]));
        let filters = Filters { sort, ..Filters::default() };
        assert_eq!(index.apply(&filters), expected, "{sort:?}");
    }
}

/// What a count promises: the results with the option ticked on its own (any-of options, and
/// "unknown" of an all-of facet) or with the exams already ticked (other all-of options: "CT and
/// MRI"; a ticked "unknown" would add the unknown menus to every exam's count).
fn results_with(index: &Index, filters: &Filters, facet: Facet, code: &str) -> usize {
    let unknown = guide_model::directory::UNKNOWN;
    let mut ticked = filters.clone();
    let chosen = ticked.selected.entry(facet).or_default();
    if facet.mode() == Mode::Any || code == unknown {
        chosen.clear();
    }
    chosen.remove(unknown);
    chosen.insert(code.to_string());
    index.apply(&ticked).len()
}

#[test]
fn every_count_is_the_number_of_results_once_its_option_is_ticked() {
    let (_, index) = synthetic(300);
    let cases = [
        vec![],
        vec![("m", "ct,mri"), ("urgent", "120")],
        vec![("m", "unknown"), ("hours", "weekends,nights")],
        vec![("q", "読影"), ("security", "privacy_mark"), ("region", "kanto")],
    ];
    for pairs in cases {
        let filters = Filters::from_pairs(pairs.iter().copied());
        let all = index.all_counts(&index.matching(&filters.q), &filters);
        for (facet, counts) in Facet::ALL.into_iter().zip(all) {
            for (code, count) in counts {
                assert_eq!(count, results_with(&index, &filters, facet, code), "{pairs:?} {facet:?} {code}");
            }
        }
    }
}

#[test]
fn the_unknown_menu_count_stays_visible_under_an_all_of_filter() {
    let (_, index) = data();
    let filters = Filters::from_pairs([("m", "pet")]);
    let counts = index.counts(&filters, Facet::Modality);
    let unknown = counts.iter().find(|(c, _)| *c == "unknown").map(|(_, n)| *n).expect("count");
    assert_eq!(unknown, ids(&[("m", "unknown")]).len(), "selecting 記載なし would add these");
    assert!(unknown > 0);
}

#[test]
fn few_results_suggest_including_unknowns_or_dropping_a_condition_with_counts() {
    use guide_model::directory::loosen::loosenings;
    let (_, index) = data();
    let filters = Filters::from_pairs([("m", "mammo"), ("hours", "weekends")]);
    let matches = index.matching("");
    let now = index.apply_within(&matches, &filters).len();
    assert!(now < 3, "a strict pair of filters leaves {now}");
    let ways = loosenings(&index, &matches, &filters, now);
    assert!(!ways.is_empty());
    let unknown = ways
        .iter()
        .find(|w| w.label == "「依頼できる時間帯」で記載なしも含める")
        .expect("include unknown hours");
    assert!(
        unknown.filters.is_selected(Facet::Hours, "unknown")
            && unknown.filters.is_selected(Facet::Hours, "weekends")
    );
    assert_eq!(unknown.count, index.apply_within(&matches, &unknown.filters).len());
    assert!(ways.iter().any(|w| w.label == "「土日・祝日に依頼できる」を外す"), "{ways:?}");
    assert!(
        !ways.iter().any(|w| w.label.contains("検査") && w.label.contains("記載なし")),
        "exams must all hold: {ways:?}"
    );
    assert!(ways.windows(2).all(|w| w[0].count >= w[1].count), "most results first");
    assert!(ways.iter().all(|w| w.count > now));
    assert!(
        loosenings(&index, &matches, &Filters::default(), 61).is_empty(),
        "no suggestion for a full list"
    );
}
