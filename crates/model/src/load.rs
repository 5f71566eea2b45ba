//! Loading `providers.json` and `site.json`: lenient per entry, strict per field.
//!
//! A broken top level (not JSON, wrong shape, unknown schema version) is one [`LoadError`].
//! A broken entry is skipped and reported as [`Problem`]s; every other entry still loads. A bad
//! optional field (a reading that is not hiragana, a malformed phone number) costs only that
//! field: the entry loads without it, and the problem is reported as `kept`.
//!
//! Two ways to decode: [`load_providers`] names the JSON path of every problem (the validator,
//! the tests, and the app when a file has problems); [`load_providers_quick`] does not, and
//! needs far less code, so the app's core reads a good file with it and keeps the path-naming
//! decoder in a chunk that loads only when a file has problems.

use std::collections::{BTreeMap, HashSet};

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::dataset::{Dataset, SourceInfo, SCHEMA_VERSION};
use crate::problem::{japanese_serde_message, LoadError, Problem};
use crate::provider::Provider;
use crate::site::{SiteFacts, SITE_SCHEMA_VERSION};
use crate::validate::{check_provider, drop_bad_optional, long_strings};

/// A data set with the problems of the entries that were skipped.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub dataset: Dataset,
    pub problems: Vec<Problem>,
}

/// Parses and validates a `providers.json` text, naming the JSON path of each problem.
pub fn load_providers(text: &str) -> Result<Loaded, LoadError> {
    load_with::<WithPaths>(text)
}

/// Like [`load_providers`], with the same entries and problems, except that a problem found while
/// decoding an entry has no path (it is empty).
pub fn load_providers_quick(text: &str) -> Result<Loaded, LoadError> {
    load_with::<Quick>(text)
}

fn load_with<D: Decode>(text: &str) -> Result<Loaded, LoadError> {
    let root = parse_json(text)?;
    let Value::Object(mut top) = root else {
        return Err(LoadError::WrongShape("全体が { … } のオブジェクトではありません".into()));
    };
    check_version(top.get("schema_version"), SCHEMA_VERSION)?;
    let sources: BTreeMap<String, SourceInfo> = match top.remove("sources") {
        Some(v) => D::decode(v)
            .map_err(|(path, msg)| LoadError::WrongShape(format!("出典一覧(sources){path}: {msg}")))?,
        None => return Err(LoadError::WrongShape("出典一覧(sources)がありません".into())),
    };
    let Some(Value::Array(entries)) = top.remove("providers") else {
        return Err(LoadError::WrongShape("事業者一覧(providers)が配列ではありません".into()));
    };

    let mut problems = Vec::new();
    let mut providers = Vec::with_capacity(entries.len());
    let mut seen = HashSet::new();
    for (index, entry) in entries.into_iter().enumerate() {
        let id = entry.get("id").and_then(Value::as_str).map(str::to_owned);
        let mut report = |path: String, message: String| {
            problems.push(Problem { index, id: id.clone(), path, message, kept: false });
        };
        let too_long = long_strings(&entry);
        if !too_long.is_empty() {
            too_long.into_iter().for_each(|(path, msg)| report(path, msg));
            continue;
        }
        let mut provider: Provider = match D::decode(entry) {
            Ok(p) => p,
            Err((path, message)) => {
                report(path, message);
                continue;
            }
        };
        let violations = check_provider(&provider, &sources);
        if !violations.is_empty() {
            violations.into_iter().for_each(|(path, msg)| report(path, msg));
            continue;
        }
        if !seen.insert(provider.id.clone()) {
            report("id".into(), "同じidの事業者が先に出てきています(重複)".into());
            continue;
        }
        for (path, message) in drop_bad_optional(&mut provider) {
            problems.push(Problem { index, id: id.clone(), path, message, kept: true });
        }
        providers.push(provider);
    }
    Ok(Loaded { dataset: Dataset { schema_version: SCHEMA_VERSION, sources, providers }, problems })
}

/// Parses a `site.json` text. The file is the guide's own, so any problem is an error.
pub fn load_site(text: &str) -> Result<SiteFacts, LoadError> {
    let root = parse_json(text)?;
    check_version(root.get("schema_version"), SITE_SCHEMA_VERSION)?;
    Quick::decode(root).map_err(|(_, msg)| LoadError::WrongShape(format!("site.json: {msg}")))
}

fn parse_json(text: &str) -> Result<Value, LoadError> {
    serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| LoadError::NotJson { line: e.line(), column: e.column() })
}

fn check_version(found: Option<&Value>, expected: u32) -> Result<(), LoadError> {
    match found {
        Some(v) if v.as_u64() == Some(u64::from(expected)) => Ok(()),
        Some(v) => Err(LoadError::UnsupportedVersion(v.to_string())),
        None => Err(LoadError::WrongShape("形式バージョン(schema_version)がありません".into())),
    }
}

/// Deserializes a value into `T`, or says why not: the failing JSON path (may be empty) and a
/// Japanese message.
trait Decode {
    fn decode<T: DeserializeOwned>(value: Value) -> Result<T, (String, String)>;
}

/// Tracks the path to the failing value.
struct WithPaths;

impl Decode for WithPaths {
    fn decode<T: DeserializeOwned>(value: Value) -> Result<T, (String, String)> {
        serde_path_to_error::deserialize(value).map_err(|e| {
            let path = e.path().to_string();
            let path = if path == "." { String::new() } else { path };
            (path, japanese_serde_message(&e.into_inner().to_string()))
        })
    }
}

/// Plain serde: the message only.
struct Quick;

impl Decode for Quick {
    fn decode<T: DeserializeOwned>(value: Value) -> Result<T, (String, String)> {
        T::deserialize(value).map_err(|e| (String::new(), japanese_serde_message(&e.to_string())))
    }
}
