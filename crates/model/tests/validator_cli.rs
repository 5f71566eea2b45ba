//! The validate-providers command: zero problems for the bundled file, a precise list for a
//! broken copy, and a clear message for a file that is not JSON.

use std::process::Command;

const BUNDLED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/providers.json");

fn run(path: &str) -> (i32, String) {
    let out =
        Command::new(env!("CARGO_BIN_EXE_validate-providers")).arg(path).output().expect("run the validator");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned())
}

fn temp_file(name: &str, contents: &str) -> String {
    let path = std::env::temp_dir().join(format!("validator-{}-{name}", std::process::id()));
    std::fs::write(&path, contents).expect("write temp file");
    path.to_string_lossy().into_owned()
}

#[test]
fn the_bundled_file_has_no_problems() {
    let (code, out) = run(BUNDLED);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("問題は見つかりませんでした(事業者 61件)"), "{out}");
}

#[test]
fn a_broken_copy_gets_a_precise_list() {
    let mut data: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(BUNDLED).expect("read")).expect("json");
    data["providers"][2]["phone"] = serde_json::json!([{ "number": "TEL", "source": "directory" }]);
    data["providers"][5]["website"] =
        serde_json::json!([{ "url": "javascript:alert(1)", "source": "no_details" }]);
    let path = temp_file("broken.json", &data.to_string());
    let (code, out) = run(&path);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("3件目(id: rapid) の「phone[0].number」: 電話番号"), "{out}");
    assert!(out.contains("6件目(id: viewsend-ict) の「website[0].url」: URL"), "{out}");
    assert!(out.contains("この電話番号は表示していません"), "a bad phone costs only itself: {out}");
    assert!(out.contains("問題 2件(読み飛ばした事業者 1件、読み込めた事業者 60件)"), "{out}");
}

#[test]
fn not_json_and_not_utf8_are_explained() {
    let (code, out) = run(&temp_file("cut.json", "{\"schema_version\": 1, \"providers\": ["));
    assert_eq!(code, 1);
    assert!(out.contains("JSONとして読み取れません"), "{out}");
    let path = std::env::temp_dir().join(format!("validator-{}-sjis.json", std::process::id()));
    std::fs::write(&path, [0x82u8, 0xa0, 0x82, 0xa2]).expect("write");
    let (code, out) = run(&path.to_string_lossy());
    assert_eq!(code, 1);
    assert!(out.contains("UTF-8ではありません"), "{out}");
}

#[test]
fn the_readings_report_lists_every_reading_with_its_basis() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_validate-providers"))
        .args(["--readings", BUNDLED])
        .output()
        .expect("runs");
    let out = String::from_utf8(output.stdout).expect("utf-8");
    assert!(output.status.success(), "{out}");
    assert!(out.starts_with("事業者 | 項目 | 記載(出典) | 読み | 根拠\n"), "{out}");
    let rows: Vec<&str> = out.lines().filter(|l| l.matches(" | ").count() == 4).skip(1).collect();
    assert!(rows.len() > 300, "{} readings", rows.len());
    assert!(rows.iter().any(|r| r.starts_with("paradox | menu[0] |") && r.ends_with("推定(「乳腺」から)")));
    assert!(rows
        .iter()
        .any(|r| r.starts_with("cafi | normal_return[0].cutoff |") && r.contains("締切 16:00")));
    assert!(out.contains(&format!("読み {}件", rows.len())), "the count closes the report");
}
