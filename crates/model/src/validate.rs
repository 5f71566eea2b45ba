//! Field rules a provider entry must keep beyond its shape: ids, links, phone numbers,
//! windows, durations and sources. Each rule returns Japanese messages with a JSON path.

use std::collections::BTreeMap;

use crate::dataset::SourceInfo;
use crate::facts::Sourced;
use crate::provider::Provider;
use crate::rule::{Due, Window};

/// Longest text accepted in any field, in characters.
pub const MAX_TEXT_CHARS: usize = 2000;

/// A rule broken at a path.
pub type Violation = (String, String);

/// Checks every rule; an empty result means the entry is valid.
pub fn check_provider(p: &Provider, sources: &BTreeMap<String, SourceInfo>) -> Vec<Violation> {
    let mut v = Vec::new();
    if !is_slug(&p.id) {
        v.push(("id".into(), "idは半角英小文字・数字・ハイフンのみ(64文字以内)で書いてください".into()));
    }
    require_text(&mut v, "name", &p.name);
    require_text(&mut v, "description", &p.description);
    if !is_as_of(&p.as_of) {
        v.push(("as_of".into(), "時点(as_of)は「YYYY-MM」または「YYYY-MM/YYYY-MM」で書いてください".into()));
    }
    if p.listed_in.is_empty() {
        v.push(("listed_in".into(), "掲載元(listed_in)が空です".into()));
    }
    for (i, code) in p.listed_in.iter().enumerate() {
        check_source(&mut v, &format!("listed_in[{i}]"), code, sources);
    }
    check_sources(&mut v, "names", &p.names, sources);
    check_sources(&mut v, "service_names", &p.service_names, sources);
    check_sources(&mut v, "org_type", &p.org_type, sources);
    check_sources(&mut v, "affiliations", &p.affiliations, sources);
    check_sources(&mut v, "region", &p.region, sources);
    check_sources(&mut v, "website", &p.website, sources);
    check_sources(&mut v, "phone", &p.phone, sources);
    check_sources(&mut v, "menu", &p.menu, sources);
    check_sources(&mut v, "normal_return", &p.normal_return, sources);
    check_sources(&mut v, "urgent_return", &p.urgent_return, sources);
    check_sources(&mut v, "other_returns", &p.other_returns, sources);
    check_sources(&mut v, "intro_period", &p.intro_period, sources);
    check_sources(&mut v, "business_days", &p.business_days, sources);
    check_sources(&mut v, "features", &p.features, sources);
    check_sources(&mut v, "radiologists", &p.radiologists, sources);
    check_sources(&mut v, "since", &p.since, sources);
    check_sources(&mut v, "notes", &p.notes, sources);
    check_sources(&mut v, "voices", &p.voices, sources);
    for (i, w) in p.website.iter().enumerate() {
        if !is_web_url(&w.url) {
            v.push((
                format!("website[{i}].url"),
                "URLは http:// または https:// で始まる正しいアドレスにしてください".into(),
            ));
        }
    }
    let returns = [
        ("normal_return", &p.normal_return),
        ("urgent_return", &p.urgent_return),
        ("other_returns", &p.other_returns),
    ];
    for (field, facts) in returns {
        for (i, r) in facts.iter().enumerate() {
            if let Some(rule) = &r.rule {
                if let Some(msg) = due_problem(&rule.due) {
                    v.push((format!("{field}[{i}].rule"), msg));
                }
            }
            for (j, w) in r.intake.iter().flatten().enumerate() {
                if let Some(msg) = window_problem(w) {
                    v.push((format!("{field}[{i}].intake[{j}]"), msg));
                }
            }
        }
    }
    for (i, r) in p.other_returns.iter().enumerate() {
        if r.label.as_deref().is_none_or(str::is_empty) {
            v.push((format!("other_returns[{i}].label"), "その他の読影には名前(label)が必要です".into()));
        }
    }
    for (i, period) in p.intro_period.iter().enumerate() {
        let too_long = |d: Option<u32>| d.is_some_and(|d| d > 730);
        if too_long(period.min_days) || too_long(period.max_days) {
            v.push((format!("intro_period[{i}]"), "導入期間の日数が長すぎます(730日以内)".into()));
        }
        if let (Some(a), Some(b)) = (period.min_days, period.max_days) {
            if a > b {
                v.push((
                    format!("intro_period[{i}]"),
                    "導入期間の最短(min_days)が最長(max_days)を超えています".into(),
                ));
            }
        }
    }
    for (i, c) in p.radiologists.iter().enumerate() {
        if c.count == 0 || c.count > 100_000 {
            v.push((format!("radiologists[{i}].count"), "医師数は1〜100000の範囲で書いてください".into()));
        }
    }
    for (i, y) in p.since.iter().enumerate() {
        if !(1900..=2100).contains(&y.year) {
            v.push((format!("since[{i}].year"), "年は1900〜2100の範囲で書いてください".into()));
        }
    }
    if let Some(pick) = &p.pick {
        check_source(&mut v, "pick.source", &pick.source, sources);
        if pick.points.is_empty() {
            v.push(("pick.points".into(), "おすすめの特徴(points)が空です".into()));
        }
    }
    v
}

/// Leaves out the optional fields of `p` that break a rule, and says what was left out. Such a
/// field costs only itself: the provider is still shown. Identity and safety fields (id, name,
/// links, sources) are checked by [`check_provider`] and cost the entry.
pub fn drop_bad_optional(p: &mut Provider) -> Vec<Violation> {
    let mut v = Vec::new();
    if !p.reading.is_empty() && !p.reading.chars().all(is_reading_char) {
        p.reading.clear();
        v.push((
            "reading".into(),
            "読み(reading)はひらがなで書いてください。読みを使わず、名前の順に並べています".into(),
        ));
    }
    let mut i = 0;
    p.phone.retain(|ph| {
        let ok = is_phone(&ph.number);
        if !ok {
            v.push((
                format!("phone[{i}].number"),
                "電話番号は「096-342-7878」のように数字とハイフンで書いてください。この電話番号は表示していません"
                    .into(),
            ));
        }
        i += 1;
        ok
    });
    v
}

fn require_text(v: &mut Vec<Violation>, path: &str, text: &str) {
    if text.trim().is_empty() {
        v.push((path.into(), "空にはできません".into()));
    }
}

fn check_source(v: &mut Vec<Violation>, path: &str, code: &str, sources: &BTreeMap<String, SourceInfo>) {
    if !sources.contains_key(code) {
        v.push((path.into(), format!("出典「{code}」が sources に定義されていません")));
    }
}

fn check_sources<T: Sourced>(
    v: &mut Vec<Violation>,
    field: &str,
    facts: &[T],
    sources: &BTreeMap<String, SourceInfo>,
) {
    for (i, f) in facts.iter().enumerate() {
        check_source(v, &format!("{field}[{i}].source"), f.source(), sources);
    }
}

/// Finds absurdly long strings anywhere in a raw entry (a sign of a broken or hostile file).
pub fn long_strings(entry: &serde_json::Value) -> Vec<Violation> {
    let mut found = Vec::new();
    let mut stack = vec![(String::new(), entry)];
    while let Some((path, value)) = stack.pop() {
        match value {
            serde_json::Value::String(s) if s.chars().count() > MAX_TEXT_CHARS => {
                found.push((path, format!("文字列が長すぎます({MAX_TEXT_CHARS}文字以内)")));
            }
            serde_json::Value::Array(items) => {
                stack.extend(items.iter().enumerate().map(|(i, x)| (format!("{path}[{i}]"), x)));
            }
            serde_json::Value::Object(map) => {
                let dot = if path.is_empty() { "" } else { "." };
                stack.extend(map.iter().map(|(k, x)| (format!("{path}{dot}{k}"), x)));
            }
            _ => {}
        }
    }
    found
}

/// A lowercase ASCII slug of at most 64 characters.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_reading_char(c: char) -> bool {
    matches!(c, 'ぁ'..='ゖ' | 'ー' | '・' | ' ' | '　')
}

/// "YYYY-MM" or "YYYY-MM/YYYY-MM".
pub fn is_as_of(s: &str) -> bool {
    let month = |m: &str| {
        let b = m.as_bytes();
        b.len() == 7
            && b[4] == b'-'
            && b[..4].iter().chain(&b[5..]).all(u8::is_ascii_digit)
            && matches!(m[5..].parse::<u8>(), Ok(1..=12))
    };
    match s.split_once('/') {
        Some((a, b)) => month(a) && month(b) && a <= b,
        None => month(s),
    }
}

/// An absolute http(s) URL with a host and no spaces, quotes or angle brackets.
pub fn is_web_url(s: &str) -> bool {
    let rest = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://"));
    let Some(rest) = rest else { return false };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty()
        && s.len() <= 500
        && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'))
        && !s
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`'))
}

/// A Japanese phone number: starts with 0, digits in 2 to 4 hyphen-separated groups, 10 or 11 digits.
pub fn is_phone(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    let digits: usize = groups.iter().map(|g| g.len()).sum();
    s.starts_with('0')
        && (2..=4).contains(&groups.len())
        && groups.iter().all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
        && (10..=11).contains(&digits)
}

fn due_problem(due: &Due) -> Option<String> {
    match *due {
        Due::Minutes { minutes } if minutes == 0 || minutes > 7 * 1440 => {
            Some("分数は1〜10080(7日)の範囲で書いてください".into())
        }
        Due::BusinessDays { days, .. } if days > 30 => Some("営業日数は0〜30の範囲で書いてください".into()),
        Due::CalendarDays { days, .. } if days > 60 => Some("日数は0〜60の範囲で書いてください".into()),
        _ => None,
    }
}

fn window_problem(w: &Window) -> Option<String> {
    if w.days.is_empty() {
        Some("受付の曜日(days)が空です".into())
    } else if w.from == w.to {
        Some("受付の開始と終了が同じ時刻です".into())
    } else if w.from.minutes >= 1440 {
        Some("受付の開始時刻は24:00より前にしてください".into())
    } else {
        None
    }
}
