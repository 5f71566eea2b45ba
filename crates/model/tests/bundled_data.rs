//! The bundled data: it loads with zero problems, matches its JSON Schema, holds every
//! organization of the survey exactly once, and keeps the survey's facts exactly.

use guide_model::conflicts::conflicts;
use guide_model::load::{load_providers, load_site, Loaded};
use guide_model::modality::Modality;
use guide_model::provider::{Criterion, Provider};

const PROVIDERS: &str = include_str!("../../../public/providers.json");
const SITE: &str = include_str!("../../../public/site.json");
const SCHEMA: &str = include_str!("../../../schema/providers.schema.json");

/// The サービス名 cell of each of the 37 directory tables, in survey order (None = 記載なし).
const DIRECTORY_SERVICES: [Option<&str>; 37] = [
    Some("AIメディカル"),
    Some("DIC"),
    Some("RaPID"),
    Some("SEM medical solution"),
    Some("STERS"),
    Some("ViewSend ICT"),
    Some("YKR medical labo"),
    Some("イー・メディカルソリューションズ"),
    Some("イーメディカル東京"),
    Some("イメージ・コミュニケーション"),
    Some("イリモトメディカル"),
    Some("EIIS"),
    Some("ESFILL遠隔画像診断サービス"),
    Some("MNES"),
    Some("ホスピネット"),
    Some("セントメディカル・アソシエイツ"),
    Some("ドクターネット"),
    Some("ネット・メディカルセンター"),
    Some("ネットホスピタル"),
    Some("パラドックス"),
    Some("メディカル・サポーティング"),
    Some("メディカルイメージラボ"),
    Some("ワイズ・リーディング"),
    Some("京都プロメド"),
    Some("CAFI 遠隔読影サービス"),
    Some("遠隔画像診断"),
    Some("遠隔読影"),
    Some("遠隔画像診断サービス"),
    Some("遠隔画像診断支援サービス"),
    Some("遠隔画像診断サービス"),
    Some("遠隔画像診断"),
    None,
    Some("MOREsystem"),
    None,
    Some("メディカルイメージリーディング"),
    None,
    None,
];

/// The 会社名 cell of each of the 28 members listed without published details, as the survey writes it.
const NO_DETAILS: [&str; 28] = [
    "医療福祉 工学研究所",
    "医療法人 星陵会",
    "エム・エス・ アイ",
    "オフィス フューチャー",
    "GRID",
    "神戸画像診断 支援センター",
    "名古屋城北放射線科クリニック",
    "ラドネット東北",
    "CVイメージングサイエンス",
    "MEDICAL GALLERY",
    "GRC",
    "アイセル ネットワークス",
    "radioplat",
    "クオリティラド IVR",
    "徳島画像診断 ネットワーク",
    "オフィス・ ラジオロジスト",
    "新潟画像診断 センター",
    "オフィス矢野",
    "佐賀TM クリニック",
    "先端画像宮崎 ネットワーク",
    "北陸画像診断 支援センター",
    "山本画像診断 クリニック",
    "ルナ スプリング",
    "ディアメルシー",
    "Tochigi Radiology Network",
    "アドレスコ ジャパン",
    "まなひろ",
    "信州画像診断 ネットワーク",
];

fn loaded() -> Loaded {
    load_providers(PROVIDERS).expect("the bundled providers.json loads")
}

fn provider<'a>(loaded: &'a Loaded, id: &str) -> &'a Provider {
    loaded.dataset.provider(id).unwrap_or_else(|| panic!("no provider {id}"))
}

fn texts<'a>(facts: impl IntoIterator<Item = &'a Option<String>>) -> Vec<&'a str> {
    facts.into_iter().filter_map(|t| t.as_deref()).collect()
}

#[test]
fn the_bundled_file_loads_with_zero_problems() {
    let loaded = loaded();
    assert_eq!(loaded.problems, vec![], "problems in the bundled file");
    assert_eq!(loaded.dataset.providers.len(), 61, "37 directory entries + 28 without details − 4 in both");
}

#[test]
fn the_bundled_file_matches_the_json_schema() {
    let schema: serde_json::Value = serde_json::from_str(SCHEMA).expect("schema is JSON");
    let data: serde_json::Value = serde_json::from_str(PROVIDERS).expect("data is JSON");
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    let errors: Vec<String> =
        validator.iter_errors(&data).map(|e| format!("{}: {e}", e.instance_path())).collect();
    assert_eq!(errors, Vec::<String>::new());
}

#[test]
fn the_schema_rejects_what_the_loader_rejects() {
    let schema: serde_json::Value = serde_json::from_str(SCHEMA).expect("schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    let mut data: serde_json::Value = serde_json::from_str(PROVIDERS).expect("data is JSON");
    data["providers"][0]["website"] =
        serde_json::json!([{ "url": "javascript:alert(1)", "source": "directory" }]);
    assert!(!validator.is_valid(&data), "a javascript: URL fails the schema");
}

#[test]
fn every_directory_entry_maps_to_exactly_one_record_in_survey_order() {
    let loaded = loaded();
    let in_directory: Vec<&Provider> =
        loaded.dataset.providers.iter().filter(|p| p.listed_in.iter().any(|s| s == "directory")).collect();
    assert_eq!(in_directory.len(), 37);
    let services: Vec<Option<&str>> = in_directory
        .iter()
        .map(|p| {
            let cells: Vec<&Option<String>> =
                p.service_names.iter().filter(|f| f.source == "directory").map(|f| &f.text).collect();
            assert_eq!(cells.len(), 1, "{} has one directory サービス名 cell", p.id);
            cells[0].as_deref()
        })
        .collect();
    assert_eq!(services, DIRECTORY_SERVICES.to_vec());
}

#[test]
fn every_member_without_details_maps_to_exactly_one_record() {
    let loaded = loaded();
    for name in NO_DETAILS {
        let matches: Vec<&str> = loaded
            .dataset
            .providers
            .iter()
            .filter(|p| p.names.iter().any(|n| n.source == "no_details" && n.text.as_deref() == Some(name)))
            .map(|p| p.id.as_str())
            .collect();
        assert_eq!(matches.len(), 1, "{name} maps to {matches:?}");
        let p = provider(&loaded, matches[0]);
        assert!(p.listed_in.iter().any(|s| s == "no_details"), "{} is listed as no_details", p.id);
    }
    let listed = loaded.dataset.providers.iter().filter(|p| p.listed_in.iter().any(|s| s == "no_details"));
    assert_eq!(listed.count(), 28);
}

#[test]
fn the_three_picks_keep_their_facts() {
    let loaded = loaded();
    let ys = provider(&loaded, "ys-reading");
    assert_eq!(ys.pick.as_ref().map(|p| p.criterion), Some(Criterion::Quality));
    assert_eq!(ys.phone[0].number, "096-342-7878");
    assert_eq!(ys.phone[0].hours.as_deref(), Some("平日/10:00~17:00"));
    assert!(texts(ys.intro_period.iter().map(|f| &f.text)).contains(&"要相談(約2か月~3か月)"));
    assert!(texts(ys.intro_period.iter().map(|f| &f.text)).contains(&"3週間~4週間"));
    assert!(texts(ys.urgent_return.iter().map(|f| &f.text)).contains(&"受付から3時間以内(営業時間内)"));

    let secom = provider(&loaded, "secom-medical-system");
    assert_eq!(secom.pick.as_ref().map(|p| p.criterion), Some(Criterion::Security));
    assert_eq!(secom.phone[0].number, "0120-464-756");
    assert_eq!(secom.phone[0].hours.as_deref(), Some("月~土/9:00~18:00"));
    assert!(texts(secom.normal_return.iter().map(|f| &f.text))
        .contains(&"翌営日の18時まで(平日9:00~18:00/土曜9:00~18:00の依頼)"));
    assert_eq!(secom.since[0].year, 1994);

    let dn = provider(&loaded, "doctor-net");
    assert_eq!(dn.pick.as_ref().map(|p| p.criterion), Some(Criterion::ResponseTime));
    assert!(dn.phone.is_empty(), "the survey gives no phone number for ドクターネット");
    assert_eq!(dn.radiologists[0].count, 820);
    assert_eq!(dn.radiologists[0].as_of.as_deref(), Some("2022-02"));
    let labels: Vec<&str> = dn.other_returns.iter().filter_map(|r| r.label.as_deref()).collect();
    assert!(labels.contains(&"24/365サービス") && labels.contains(&"朝一サービス"));
    let menu = dn.menu.iter().find(|m| m.source == "pick_table").expect("pick table menu");
    assert_eq!(
        menu.text.as_deref(),
        Some("CT/MRI/CR/DR/MMG/PET/RI/胸部・胃部検診/マンモグラフィ/肺がんCT/大腸CT/脳ドッグ/乳腺トモシンセシス")
    );
    assert!(menu.modalities.contains(&Modality::Pet) && menu.modalities.contains(&Modality::Mammo));
}

#[test]
fn spot_checks_of_directory_values() {
    let loaded = loaded();
    let mitt = provider(&loaded, "mitt");
    assert!(mitt.urgent_return[0].not_offered, "MITT states urgent reading is not offered");
    assert_eq!(mitt.urgent_return[0].text.as_deref(), Some("緊急読影には対応なし"));
    let kyoto = provider(&loaded, "kyoto-promed");
    assert_eq!(
        kyoto.intro_period[0].text.as_deref(),
        Some("専用回線の導入に約1〜2ヶ月、システム連携を構築する場合には約2〜3ヶ月")
    );
    let niigata = provider(&loaded, "niigata-gazou-shindan-center");
    assert_eq!(niigata.website[0].url, "http://www.niigata-gazou.com/");
    let unknown_menu = provider(&loaded, "esfill");
    assert_eq!(unknown_menu.menu[0].text, None, "記載なし stays an explicit unknown");
    assert!(unknown_menu.menu[0].modalities.is_empty());
}

#[test]
fn conflicts_between_sections_are_kept_with_both_values() {
    let loaded = loaded();
    let ys = conflicts(provider(&loaded, "ys-reading"));
    let intro = ys.iter().find(|c| c.field == "intro_period").expect("intro period conflict");
    assert_eq!(intro.values.len(), 2);
    let dn = conflicts(provider(&loaded, "doctor-net"));
    assert!(dn.iter().any(|c| c.field == "service_names"), "Tele-RAD vs ドクターネット");
    assert!(dn.iter().any(|c| c.field == "other_returns[24/365サービス].intake"));
}

#[test]
fn site_facts_keep_the_survey_figures() {
    let site = load_site(SITE).expect("site.json loads");
    assert_eq!(site.survey.regular_members, 55);
    assert_eq!(site.survey.members_with_details, 27);
    assert_eq!(site.survey.period, "2022-11/2022-12");
    let figures: Vec<(String, f64)> =
        site.workload.exams_per_radiologist.iter().map(|f| (f.label.clone(), f.value)).collect();
    assert_eq!(figures, vec![("日本".to_string(), 8137.0), ("アメリカ".to_string(), 2975.0)]);
    assert_eq!(site.workload.report_ratio.value, 2.7);
    let loaded = loaded();
    for c in &site.criteria {
        let p = provider(&loaded, &c.provider_id);
        assert_eq!(p.pick.as_ref().map(|p| p.criterion), Some(c.criterion), "{} is the pick", p.id);
    }
    assert_eq!(site.criteria.len(), 3);
}
