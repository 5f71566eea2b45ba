//! What can be wrong with a data file, worded in Japanese for the people who maintain it.

use std::fmt;

/// A problem with one provider entry. The entry is skipped; the rest of the file still loads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Zero-based position of the entry in `providers`.
    pub index: usize,
    /// The entry's id, when it has a readable one.
    pub id: Option<String>,
    /// Where in the entry, as a JSON path (e.g. `menu[0].modalities[2]`); empty for the entry.
    pub path: String,
    /// What is wrong, in Japanese.
    pub message: String,
    /// The entry is still shown, without the bad field; otherwise it was skipped.
    pub kept: bool,
}

impl Problem {
    /// "3件目(id: foo)" — which entry, as a person counts.
    pub fn entry_label(&self) -> String {
        match &self.id {
            Some(id) => format!("{}件目(id: {id})", self.index + 1),
            None => format!("{}件目", self.index + 1),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}: {}", self.entry_label(), self.message)
        } else {
            write!(f, "{} の「{}」: {}", self.entry_label(), self.path, self.message)
        }
    }
}

/// A problem with the file as a whole: nothing can be shown from it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON at all, or cut off; with line and column.
    NotJson { line: usize, column: usize },
    /// JSON, but not an object with the expected top-level fields.
    WrongShape(String),
    /// A schema version this app does not read.
    UnsupportedVersion(String),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NotJson { line, column } => write!(
                f,
                "データがJSONとして読み取れません({line}行目 {column}文字目付近)。ファイルが壊れているか、途中で切れている可能性があります。"
            ),
            LoadError::WrongShape(what) => write!(f, "データの形式が正しくありません: {what}"),
            LoadError::UnsupportedVersion(v) => write!(
                f,
                "データの形式バージョン({v})に対応していません。このアプリが読めるのはバージョン{}です。",
                crate::dataset::SCHEMA_VERSION
            ),
        }
    }
}

impl std::error::Error for LoadError {}

/// Rewords a serde error message in Japanese.
pub fn japanese_serde_message(msg: &str) -> String {
    let quoted = |s: &str| s.split('`').nth(1).unwrap_or("").to_string();
    let msg = msg.split(" at line ").next().unwrap_or(msg);
    if msg.starts_with("missing field") {
        format!("必須項目「{}」がありません", quoted(msg))
    } else if msg.starts_with("unknown field") {
        format!("未知の項目「{}」があります(項目名の綴りを確認してください)", quoted(msg))
    } else if msg.starts_with("unknown variant") {
        let allowed = msg.split("expected ").nth(1).unwrap_or("").replace('`', "");
        let allowed = allowed.trim_start_matches("one of ");
        format!("「{}」は使えない値です(使える値: {allowed})", quoted(msg))
    } else if let Some(rest) = msg.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "?"));
        format!("型が違います({}ではなく{}が必要です)", type_word(found), type_word(expected))
    } else if msg.starts_with("invalid value") || msg.starts_with("invalid length") {
        format!("値が正しくありません({msg})")
    } else {
        msg.to_string()
    }
}

/// Names a serde type description in Japanese.
fn type_word(s: &str) -> &'static str {
    let s = s.trim();
    if s.contains("string") {
        "文字列"
    } else if s.contains("sequence") || s.contains("Vec") {
        "配列"
    } else if s.contains("map") || s.contains("struct") {
        "オブジェクト"
    } else if s.contains("bool") {
        "真偽値"
    } else if s.contains("null") || s.contains("unit") || s.contains("Option") {
        "null"
    } else if s.contains("integer") || s.contains("u32") || s.contains("u16") || s.contains("floating") {
        "数値"
    } else if s.contains("enum") || s.contains("variant") {
        "決められた値"
    } else {
        "別の型"
    }
}
