//! The front-matter block of an article: `key: value` lines between `---` lines, with lists
//! written as `[a, b]`. Every key is required, unknown keys are errors, codes are checked.

use guide_model::column::{ArticleMeta, TAGS};
use guide_model::feature::Feature;
use guide_model::guide::Section;
use guide_model::modality::Modality;

/// Splits `---\n…\n---\nbody` into the front matter and the body.
pub fn split(text: &str) -> Result<(&str, &str), String> {
    let text = text.trim_start_matches('\u{feff}');
    let rest = text.strip_prefix("---\n").ok_or("the file must start with a --- front-matter line")?;
    let end = rest.find("\n---\n").ok_or("the front matter must end with a --- line")?;
    Ok((&rest[..end], &rest[end + 5..]))
}

/// Parses the front-matter lines into the fields of the article's metadata they name (the
/// others are left empty, for the build to fill in).
pub fn parse(front: &str) -> Result<ArticleMeta, String> {
    let mut f = ArticleMeta::default();
    let mut seen = Vec::new();
    for line in front.lines().filter(|l| !l.trim().is_empty()) {
        let (key, value) =
            line.split_once(':').ok_or_else(|| format!("front matter line {line:?} has no key"))?;
        let (key, value) = (key.trim(), value.trim());
        seen.push(key.to_string());
        match key {
            "title" => f.title = value.to_string(),
            "summary" => f.summary = value.to_string(),
            "reviewed" => f.reviewed = value.to_string(),
            "tags" => f.tags = list(value)?,
            "guide" => f.guide = list(value)?,
            "modalities" => f.modalities = list(value)?,
            "features" => f.features = list(value)?,
            other => return Err(format!("unknown front matter key {other:?}")),
        }
    }
    for key in ["title", "summary", "tags", "reviewed", "guide", "modalities", "features"] {
        if !seen.iter().any(|s| s == key) {
            return Err(format!("front matter key {key:?} is missing"));
        }
    }
    if f.title.is_empty() || f.summary.is_empty() {
        return Err("title and summary must not be empty".into());
    }
    if !is_date(&f.reviewed) {
        return Err(format!("reviewed {:?} must be YYYY-MM-DD", f.reviewed));
    }
    if f.tags.is_empty() {
        return Err("an article needs at least one tag".into());
    }
    check(&f.tags, "tag", |t| TAGS.contains(&t))?;
    check(&f.guide, "guide section", |g| Section::from_id(g).is_some())?;
    check(&f.modalities, "modality", |m| Modality::from_code(m).is_some())?;
    check(&f.features, "feature", |c| Feature::from_code(c).is_some())?;
    Ok(f)
}

fn list(value: &str) -> Result<Vec<String>, String> {
    let inner = value
        .strip_prefix('[')
        .and_then(|v| v.strip_suffix(']'))
        .ok_or_else(|| format!("{value:?} must be a list like [a, b]"))?;
    Ok(inner.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect())
}

fn check(values: &[String], what: &str, known: impl Fn(&str) -> bool) -> Result<(), String> {
    match values.iter().find(|v| !known(v)) {
        Some(v) => Err(format!("unknown {what} {v:?}")),
        None => Ok(()),
    }
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "title: 題\nsummary: 要約\ntags: [基礎知識, AI]\nreviewed: 2026-11-24\nguide: [types]\nmodalities: [ct]\nfeatures: []";

    #[test]
    fn parses_every_field() {
        let f = parse(GOOD).expect("valid");
        assert_eq!(f.tags, vec!["基礎知識", "AI"]);
        assert_eq!(f.modalities, vec!["ct"]);
        assert!(f.features.is_empty());
    }

    #[test]
    fn rejects_unknown_codes_keys_and_missing_fields() {
        assert!(parse(&GOOD.replace("[ct]", "[ct-scan]")).unwrap_err().contains("modality"));
        assert!(parse(&GOOD.replace("[types]", "[pricing]")).unwrap_err().contains("guide"));
        assert!(parse(&GOOD.replace("AI]", "ニュース]")).unwrap_err().contains("tag"));
        assert!(parse(&format!("{GOOD}\nauthor: x")).unwrap_err().contains("author"));
        assert!(parse(&GOOD.replace("reviewed: 2026-11-24\n", "")).unwrap_err().contains("reviewed"));
        assert!(parse(&GOOD.replace("2026-11-24", "11/24")).unwrap_err().contains("YYYY-MM-DD"));
    }

    #[test]
    fn splits_front_matter_from_body() {
        let (front, body) = split("---\ntitle: a\n---\n## h\n").expect("split");
        assert_eq!(front, "title: a");
        assert_eq!(body, "## h\n");
        assert!(split("## no front matter").is_err());
    }
}
