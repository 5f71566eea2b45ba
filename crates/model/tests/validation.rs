//! Every validation rule has a failing case: the bad entry is skipped and reported with its
//! location in Japanese, and the good entry beside it still loads. Bad files as a whole give one
//! clear error.

use guide_model::load::{load_providers, load_providers_quick};
use guide_model::problem::LoadError;
use serde_json::{json, Value};

/// A file with one valid entry (`good`) and `bad` as the second entry.
fn file_with(bad: Value) -> String {
    json!({
        "schema_version": 1,
        "sources": { "directory": { "label": "サービス一覧の表", "as_of": "2022-11/2022-12" } },
        "providers": [valid("good"), bad],
    })
    .to_string()
}

fn valid(id: &str) -> Value {
    json!({
        "id": id,
        "name": "テスト事業者",
        "reading": "てすとじぎょうしゃ",
        "listed_in": ["directory"],
        "as_of": "2022-11/2022-12",
        "description": "検証用の事業者です。",
        "website": [{ "url": "https://example.com/", "source": "directory" }],
        "phone": [{ "number": "096-342-7878", "hours": "平日/10:00~17:00", "source": "directory" }],
        "menu": [{ "text": "CT/MRI", "modalities": ["ct", "mri"], "source": "directory" }],
        "normal_return": [{
            "text": "翌営業日の18時まで",
            "rule": { "kind": "business_days", "days": 1, "by": "18:00" },
            "intake": [{ "days": ["mon", "tue"], "from": "09:00", "to": "18:00" }],
            "source": "directory"
        }],
        "intro_period": [{ "text": "2週間程度", "min_days": 14, "max_days": 14, "source": "directory" }],
        "radiologists": [{ "count": 820, "approx": true, "text": "約820名", "source": "directory" }],
        "since": [{ "year": 1994, "text": "1994年から", "source": "directory" }],
        "pick": { "criterion": "quality", "points": ["特徴"], "source": "directory" }
    })
}

/// Sets `pointer` in a valid entry to `value` (Value::Null with `remove` deletes the field).
fn broken(pointer: &str, value: Value) -> Value {
    let mut entry = valid("bad");
    *entry.pointer_mut(pointer).unwrap_or_else(|| panic!("no {pointer} in the valid entry")) = value;
    entry
}

fn without(field: &str) -> Value {
    let mut entry = valid("bad");
    entry.as_object_mut().expect("object").remove(field);
    entry
}

/// Loads the file and checks: the good entry loads, the bad one is reported at `path`.
fn assert_skipped(bad: Value, path: &str, words: &str) {
    let loaded = load_providers(&file_with(bad.clone())).expect("the file as a whole loads");
    let ids: Vec<&str> = loaded.dataset.providers.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, vec!["good"], "only the good entry loads for {bad}");
    assert!(
        loaded.problems.iter().any(|p| p.index == 1 && p.path.contains(path) && p.message.contains(words)),
        "expected a problem at {path:?} mentioning {words:?}, got {:?}",
        loaded.problems
    );
    assert!(loaded.problems.iter().all(|p| p.to_string().starts_with("2件目")), "problems name the entry");
    assert_quick_agrees(&file_with(bad));
}

/// The quick loader (the app's first pass) keeps and skips the same entries, with the same
/// messages; only a problem found while decoding may lack its path.
fn assert_quick_agrees(text: &str) {
    let full = load_providers(text).expect("loads");
    let quick = load_providers_quick(text).expect("loads quickly");
    assert_eq!(quick.dataset, full.dataset, "the same entries load");
    assert_eq!(quick.problems.len(), full.problems.len(), "{:?} vs {:?}", quick.problems, full.problems);
    for (q, f) in quick.problems.iter().zip(&full.problems) {
        assert_eq!((q.index, &q.id, &q.message), (f.index, &f.id, &f.message));
        assert!(q.path == f.path || q.path.is_empty(), "{q:?} vs {f:?}");
    }
}

#[test]
fn the_valid_entry_is_valid() {
    let loaded = load_providers(&file_with(valid("other"))).expect("loads");
    assert_eq!(loaded.problems, vec![]);
    assert_eq!(loaded.dataset.providers.len(), 2);
}

#[test]
fn shape_errors_are_reported_in_japanese_with_their_path() {
    assert_skipped(without("name"), "", "必須項目「name」");
    assert_skipped(broken("/description", json!(5)), "description", "型が違います");
    assert_skipped(broken("/menu/0/modalities/1", json!("xray-3d")), "menu[0].modalities[1]", "使えない値");
    let mut extra = valid("bad");
    extra["phon"] = json!("0120");
    assert_skipped(extra, "", "未知の項目「phon」");
    assert_skipped(broken("/normal_return/0/rule/kind", json!("weeks")), "normal_return[0].rule", "");
    assert_skipped(
        broken("/normal_return/0/intake/0/from", json!("25:00")),
        "normal_return[0].intake[0].from",
        "HH:MM",
    );
    assert_skipped(json!("not an object"), "", "型が違います");
}

#[test]
fn field_rules_each_have_a_failing_case() {
    let cases = [
        (broken("/id", json!("Bad Id")), "id", "半角英小文字"),
        (broken("/name", json!("  ")), "name", "空"),
        (broken("/as_of", json!("2022/11")), "as_of", "YYYY-MM"),
        (broken("/listed_in", json!([])), "listed_in", "空"),
        (broken("/listed_in/0", json!("elsewhere")), "listed_in[0]", "sources"),
        (broken("/menu/0/source", json!("rumour")), "menu[0].source", "sources"),
        (broken("/website/0/url", json!("javascript:alert(1)")), "website[0].url", "http"),
        (broken("/website/0/url", json!("data:text/html,<b>x</b>")), "website[0].url", "http"),
        (broken("/website/0/url", json!("https://exa mple.com/")), "website[0].url", "http"),
        (broken("/normal_return/0/rule", json!({ "kind": "minutes", "minutes": 0 })), "rule", "分数"),
        (broken("/normal_return/0/rule", json!({ "kind": "minutes", "minutes": 99999 })), "rule", "分数"),
        (
            broken("/normal_return/0/rule", json!({ "kind": "business_days", "days": 400 })),
            "rule",
            "営業日数",
        ),
        (broken("/normal_return/0/rule", json!({ "kind": "calendar_days", "days": -1 })), "rule", ""),
        (broken("/normal_return/0/intake/0/days", json!([])), "intake[0]", "曜日"),
        (broken("/normal_return/0/intake/0/to", json!("09:00")), "intake[0]", "同じ時刻"),
        (broken("/intro_period/0/min_days", json!(30)), "intro_period[0]", "最短"),
        (broken("/intro_period/0/max_days", json!(100000)), "intro_period[0]", "長すぎ"),
        (broken("/radiologists/0/count", json!(0)), "radiologists[0].count", "医師数"),
        (broken("/since/0/year", json!(1800)), "since[0].year", "1900"),
        (broken("/pick/points", json!([])), "pick.points", "空"),
        (broken("/description", json!("あ".repeat(2001))), "description", "長すぎ"),
    ];
    for (bad, path, words) in cases {
        assert_skipped(bad, path, words);
    }
}

#[test]
fn other_returns_need_a_label() {
    let mut entry = valid("bad");
    entry["other_returns"] = json!([{ "text": "翌朝9時まで", "source": "directory" }]);
    assert_skipped(entry, "other_returns[0].label", "label");
}

#[test]
fn a_duplicate_id_keeps_the_first_entry() {
    let loaded = load_providers(&file_with(valid("good"))).expect("loads");
    assert_eq!(loaded.dataset.providers.len(), 1);
    assert_eq!(loaded.problems.len(), 1);
    assert!(loaded.problems[0].message.contains("重複"));
}

#[test]
fn broken_files_give_one_clear_error() {
    let not_json = load_providers("{ \"schema_version\": 1, ").unwrap_err();
    assert!(matches!(not_json, LoadError::NotJson { line: 1, .. }), "{not_json:?}");
    assert!(not_json.to_string().contains("JSONとして読み取れません"));
    let wrong_top = load_providers("[1, 2, 3]").unwrap_err();
    assert!(wrong_top.to_string().contains("オブジェクトではありません"));
    let version = load_providers(r#"{"schema_version": 2, "sources": {}, "providers": []}"#).unwrap_err();
    assert_eq!(version, LoadError::UnsupportedVersion("2".into()));
    assert!(version.to_string().contains("バージョン"));
    let no_list = load_providers(r#"{"schema_version": 1, "sources": {}, "providers": {}}"#).unwrap_err();
    assert!(no_list.to_string().contains("providers"));
    let empty = load_providers("").unwrap_err();
    assert!(matches!(empty, LoadError::NotJson { .. }));
}

#[test]
fn an_empty_list_loads_as_empty() {
    let loaded = load_providers(r#"{"schema_version": 1, "sources": {}, "providers": []}"#).expect("loads");
    assert!(loaded.dataset.providers.is_empty() && loaded.problems.is_empty());
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let text = format!("\u{feff}{}", file_with(valid("other")));
    assert_eq!(load_providers(&text).expect("loads").dataset.providers.len(), 2);
}

/// Loads the file and checks: both entries load, the bad one without the field at `path`,
/// which is reported as left out.
fn assert_field_left_out(bad: Value, path: &str, words: &str) -> guide_model::provider::Provider {
    let loaded = load_providers(&file_with(bad.clone())).expect("the file as a whole loads");
    let ids: Vec<&str> = loaded.dataset.providers.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, vec!["good", "bad"], "both entries load for {bad}");
    assert!(
        loaded.problems.iter().any(|p| p.kept && p.index == 1 && p.path == path && p.message.contains(words)),
        "expected a kept problem at {path:?} mentioning {words:?}, got {:?}",
        loaded.problems
    );
    assert_quick_agrees(&file_with(bad));
    loaded.dataset.providers[1].clone()
}

#[test]
fn a_bad_optional_field_costs_the_field_not_the_provider() {
    let p = assert_field_left_out(broken("/reading", json!("テスト")), "reading", "ひらがな");
    assert_eq!((p.reading.as_str(), p.sort_reading()), ("", "テスト事業者"), "sorted by its name");
    for number in ["tel:0963427878", "12-3456-7890", "javascript:alert(1)"] {
        let p =
            assert_field_left_out(broken("/phone/0/number", json!(number)), "phone[0].number", "電話番号");
        assert!(p.phone.is_empty(), "{number}: no tel: link is made of it");
    }
    let loaded = load_providers(&file_with(without("reading"))).expect("loads");
    assert_eq!(loaded.dataset.providers.len(), 2, "a missing reading is no problem");
    assert!(loaded.problems.is_empty());
}
