//! The comparison rows and CSV on the bundled data.

use guide_model::compare::{csv, rows, CompareRow};
use guide_model::load::load_providers;

fn compared(ids: &[&str]) -> Vec<CompareRow> {
    let loaded = load_providers(include_str!("../../../public/providers.json")).expect("loads");
    let data = loaded.dataset;
    let providers: Vec<_> = ids.iter().map(|id| data.provider(id).expect("provider").clone()).collect();
    let refs: Vec<_> = providers.iter().collect();
    rows(&data, &refs)
}

fn row<'a>(rows: &'a [CompareRow], label: &str) -> &'a CompareRow {
    rows.iter().find(|r| r.label == label).unwrap_or_else(|| panic!("no row {label}"))
}

#[test]
fn rows_keep_conflicts_and_unknowns_visible() {
    let rows = compared(&["ys-reading", "esfill", "doctor-net"]);
    let intro = row(&rows, "導入期間");
    assert_eq!(
        intro.cells[0], "要相談(約2か月~3か月)(おすすめ3社のサービス表) / 3週間~4週間(サービス一覧の表)",
        "both values with their sources"
    );
    assert_eq!(intro.cells[1], "記載なし");
    assert_eq!(intro.cells[2], "3週間程度", "agreeing sources show one value");
    assert!(intro.differs());
    assert_eq!(row(&rows, "電話").cells[0], "096-342-7878(平日/10:00~17:00)");
    assert!(row(&rows, "料金").cells[0].contains("スライス加算なし"));
    assert_eq!(row(&rows, "調査時点").cells[0], "2022年11月〜2022年12月");
    assert!(!row(&rows, "調査時点").differs());
}

#[test]
fn csv_opens_in_excel() {
    let rows = compared(&["ys-reading", "secom-medical-system"]);
    let text = csv(&rows);
    assert!(text.starts_with('\u{feff}'), "UTF-8 byte order mark");
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(lines[0], "\"事業者\",\"ワイズ・リーディング\",\"セコム医療システム\"");
    assert_eq!(lines.len(), rows.len() + 1, "one line per row, CRLF, trailing CRLF");
    assert!(lines.iter().any(|l| l.starts_with("\"サービス名\",\"Y's Report(")));
    let quoted = csv(&[CompareRow { label: "項目", cells: vec!["a\"b,c".into()] }]);
    assert_eq!(quoted, "\u{feff}\"項目\",\"a\"\"b,c\"\r\n");
}

#[test]
fn a_region_read_from_a_name_says_so() {
    let rows = compared(&["kyoto-promed", "medical-supporting"]);
    let region = row(&rows, "地域");
    assert_eq!(region.cells[0], "京都(推定(名称から))");
    assert!(!region.cells[1].contains("推定"), "a stated region: {}", region.cells[1]);
}

#[test]
fn rows_say_when_requests_are_accepted_and_what_that_means_for_nights_and_weekends() {
    let rows = compared(&["doctor-net", "secom-medical-system", "esfill"]);
    let intake = row(&rows, "受付時間");
    assert!(intake.cells[0].contains("通常: 月〜金 9:00〜18:00"), "{}", intake.cells[0]);
    assert!(intake.cells[1].contains("日"), "Sunday hours are named: {}", intake.cells[1]);
    assert_eq!(intake.cells[2], "記載なし");
    let bands = row(&rows, "夕方・夜間・土日祝の受付");
    assert_eq!(
        bands.cells[0],
        "平日の夕方・夜: 受付時間に含まれる(24/365サービス・朝一サービス) / 夜間: 受付時間に含まれる(24/365サービス) / 土日・祝日: 受付時間に含まれる(24/365サービス)",
        "the option that reaches nights and weekends is named"
    );
    assert_eq!(
        bands.cells[1],
        "平日の夕方・夜: 一部の時間のみ / 夜間: 受付時間外 / 土日・祝日: 一部の時間のみ"
    );
    assert_eq!(bands.cells[2], "記載なし", "no windows stated: nothing is read into them");
}
