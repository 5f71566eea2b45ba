//! The cases of the catalogue: (name, file replaced, reply, what the page must show).

use std::time::Duration;

use guide_devtools::server::Reply;
use serde_json::{json, Value};

use super::{bundled, entry_case, Expect};

/// Every case, file-level first.
pub fn cases() -> Vec<(&'static str, &'static str, Reply, Expect)> {
    let total = bundled()["providers"].as_array().map_or(0, Vec::len);
    let text = |s: &str| Reply::Body {
        status: 200,
        content_type: "application/json".into(),
        body: s.as_bytes().to_vec(),
    };
    let truncated = {
        let full = bundled().to_string();
        full[..full.len() / 2].to_string()
    };
    let deep = format!(
        "{{\"schema_version\":1,\"sources\":{{}},\"providers\":{}{}}}",
        "[".repeat(3000),
        "]".repeat(3000)
    );
    let huge = entry_case(|e| e["description"] = json!("あ".repeat(3_500_000)));
    let no_sources = {
        let mut d = bundled();
        d.as_object_mut().expect("object").remove("sources");
        Reply::json(d.to_string())
    };
    let two_bad = {
        let mut d = bundled();
        d["providers"][0]["id"] = json!("BAD ID");
        d["providers"][1]["website"] = json!([{ "url": "javascript:alert(1)", "source": "directory" }]);
        Reply::json(d.to_string())
    };
    // One entry skipped (a bad id), another shown without its bad reading: the report says both.
    let bad_field_and_entry = {
        let mut d = bundled();
        d["providers"][0]["id"] = json!("BAD ID");
        d["providers"][1]["reading"] = json!("カタカナ");
        Reply::json(d.to_string())
    };
    let duplicate = {
        let mut d = bundled();
        let first = d["providers"][0]["id"].clone();
        d["providers"][1]["id"] = first;
        Reply::json(d.to_string())
    };
    let null_entry = {
        let mut d = bundled();
        d["providers"][0] = Value::Null;
        Reply::json(d.to_string())
    };
    let bom = Reply::Body {
        status: 200,
        content_type: "application/json".into(),
        body: [b"\xEF\xBB\xBF".to_vec(), bundled().to_string().into_bytes()].concat(),
    };
    let unknown_top = {
        let mut d = bundled();
        d["generator"] = json!("excel");
        Reply::json(d.to_string())
    };
    vec![
        ("http-404", "providers.json", Reply::status(404), Expect::Error("見つかりませんでした")),
        ("http-500", "providers.json", Reply::status(500), Expect::Error("HTTP 500")),
        ("http-503", "providers.json", Reply::status(503), Expect::Error("HTTP 503")),
        ("connection-dropped", "providers.json", Reply::Hang, Expect::Error("接続できませんでした")),
        (
            "timeout",
            "providers.json",
            Reply::Delayed(Duration::from_secs(12), Box::new(Reply::status(200))),
            Expect::Error("時間内に応答がありませんでした"),
        ),
        (
            "slow-but-complete",
            "providers.json",
            Reply::Delayed(Duration::from_secs(2), Box::new(Reply::json(bundled().to_string()))),
            Expect::Shown(total),
        ),
        ("empty-body", "providers.json", text(""), Expect::Error("JSONとして読み取れません")),
        (
            "invalid-json",
            "providers.json",
            text("{ schema_version: 1 }"),
            Expect::Error("JSONとして読み取れません"),
        ),
        ("truncated-json", "providers.json", text(&truncated), Expect::Error("途中で切れている")),
        (
            "not-utf8",
            "providers.json",
            Reply::Body {
                status: 200,
                content_type: "application/json".into(),
                body: vec![0x7b, 0x82, 0xa0, 0x7d],
            },
            Expect::Error("UTF-8ではない"),
        ),
        ("wrong-top-level", "providers.json", text("[1, 2, 3]"), Expect::Error("オブジェクトではありません")),
        (
            "unknown-schema-version",
            "providers.json",
            text(r#"{"schema_version": 99, "sources": {}, "providers": []}"#),
            Expect::Error("バージョン(99)"),
        ),
        ("no-sources", "providers.json", no_sources, Expect::Error("出典一覧(sources)がありません")),
        (
            "providers-not-a-list",
            "providers.json",
            text(r#"{"schema_version": 1, "sources": {}, "providers": {"a": 1}}"#),
            Expect::Error("配列ではありません"),
        ),
        ("deep-nesting", "providers.json", text(&deep), Expect::Error("JSONとして読み取れません")),
        ("site-json-missing", "site.json", Reply::status(404), Expect::Error("site.json")),
        ("config-not-json", "config.json", text("providers=evil.json"), Expect::Error("config.json")),
        (
            "config-foreign-url",
            "config.json",
            text(r#"{"providers": "//evil.example/p.json"}"#),
            Expect::Error("同じサーバー上"),
        ),
        (
            "missing-field",
            "providers.json",
            entry_case(|e| {
                e.as_object_mut().expect("object").remove("name");
            }),
            Expect::Skipped(1, "必須項目「name」"),
        ),
        (
            "wrong-type",
            "providers.json",
            entry_case(|e| e["description"] = json!(42)),
            Expect::Skipped(1, "型が違います"),
        ),
        (
            "unknown-field",
            "providers.json",
            entry_case(|e| e["fax"] = json!("03-0000-0000")),
            Expect::Skipped(1, "未知の項目「fax」"),
        ),
        ("duplicate-id", "providers.json", duplicate, Expect::Skipped(1, "重複")),
        (
            "unknown-modality",
            "providers.json",
            entry_case(|e| {
                e["menu"] = json!([{ "text": "CT", "modalities": ["ct-4d"], "source": "directory" }])
            }),
            Expect::Skipped(1, "使えない値"),
        ),
        (
            "negative-duration",
            "providers.json",
            entry_case(
                |e| e["urgent_return"] = json!([{ "text": "x", "rule": { "kind": "minutes", "minutes": -5 }, "source": "directory" }]),
            ),
            Expect::Skipped(1, "urgent_return"),
        ),
        (
            "absurd-duration",
            "providers.json",
            entry_case(
                |e| e["urgent_return"] = json!([{ "text": "x", "rule": { "kind": "minutes", "minutes": 999_999 }, "source": "directory" }]),
            ),
            Expect::Skipped(1, "分数は1〜10080"),
        ),
        (
            "inconsistent-window",
            "providers.json",
            entry_case(
                |e| e["normal_return"] = json!([{ "text": "x", "intake": [{ "days": ["mon"], "from": "09:00", "to": "09:00" }], "source": "directory" }]),
            ),
            Expect::Skipped(1, "同じ時刻"),
        ),
        (
            "bad-time",
            "providers.json",
            entry_case(
                |e| e["normal_return"] = json!([{ "text": "x", "intake": [{ "days": ["mon"], "from": "25:00", "to": "09:00" }], "source": "directory" }]),
            ),
            Expect::Skipped(1, "HH:MM"),
        ),
        (
            "very-long-string",
            "providers.json",
            entry_case(|e| e["description"] = json!("長".repeat(5000))),
            Expect::Skipped(1, "長すぎます"),
        ),
        ("ten-megabytes", "providers.json", huge, Expect::Skipped(1, "長すぎます")),
        (
            "javascript-url",
            "providers.json",
            entry_case(|e| e["website"] = json!([{ "url": "javascript:alert(1)", "source": "directory" }])),
            Expect::Skipped(1, "URL"),
        ),
        (
            "data-url",
            "providers.json",
            entry_case(|e| {
                e["website"] =
                    json!([{ "url": "data:text/html,<script>alert(1)</script>", "source": "directory" }])
            }),
            Expect::Skipped(1, "URL"),
        ),
        (
            "vbscript-url",
            "providers.json",
            entry_case(|e| e["website"] = json!([{ "url": "vbscript:msgbox(1)", "source": "directory" }])),
            Expect::Skipped(1, "URL"),
        ),
        (
            "malformed-phone",
            "providers.json",
            entry_case(|e| {
                e["phone"] = json!([{ "number": "+81 (0)96 342 7878 ext", "source": "directory" }])
            }),
            Expect::FieldLeftOut(1, "この電話番号は表示していません"),
        ),
        (
            "katakana-reading",
            "providers.json",
            entry_case(|e| e["reading"] = json!("テスト")),
            Expect::FieldLeftOut(1, "名前の順に並べています"),
        ),
        (
            "unknown-source",
            "providers.json",
            entry_case(|e| e["menu"] = json!([{ "text": "CT", "source": "rumour" }])),
            Expect::Skipped(1, "sources に定義されていません"),
        ),
        ("null-entry", "providers.json", null_entry, Expect::Skipped(1, "型が違います")),
        ("two-bad-entries", "providers.json", two_bad, Expect::Skipped(2, "半角英小文字")),
        ("bad-fields-and-a-bad-entry", "providers.json", bad_field_and_entry, Expect::Skipped(1, "ひらがな")),
        ("byte-order-mark", "providers.json", bom, Expect::Shown(total)),
        ("unknown-top-level-field", "providers.json", unknown_top, Expect::Shown(total)),
    ]
}
