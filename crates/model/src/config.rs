//! `config.json`: the one setting a hospital may change without rebuilding — which file holds
//! its provider list. Only a path on the same server is accepted, so no link can make the app
//! load someone else's data.

use serde::Deserialize;

/// The default provider list.
pub const DEFAULT_PROVIDERS: &str = "providers.json";

/// The parsed configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteConfig {
    /// The provider list, relative to the page.
    pub providers: String,
}

impl Default for SiteConfig {
    fn default() -> Self {
        SiteConfig { providers: DEFAULT_PROVIDERS.to_string() }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    providers: Option<String>,
}

/// Parses `config.json`; errors are Japanese messages for the page.
pub fn parse_config(text: &str) -> Result<SiteConfig, String> {
    let raw: Raw = serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|_| {
        "設定ファイル(config.json)を読み取れません。JSONの形式と項目名(providers)を確認してください。"
            .to_string()
    })?;
    let providers = raw.providers.unwrap_or_else(|| DEFAULT_PROVIDERS.to_string());
    if !is_local_json_path(&providers) {
        return Err(format!(
            "設定ファイル(config.json)の providers「{providers}」は使えません。index.html と同じサーバー上の .json ファイルを、相対パス(例: data/providers.json)で指定してください。"
        ));
    }
    Ok(SiteConfig { providers })
}

/// A relative path to a `.json` file on the same server: no scheme, no leading `/`, no `..`.
pub fn is_local_json_path(path: &str) -> bool {
    !path.is_empty()
        && path.len() <= 200
        && path.ends_with(".json")
        && !path.starts_with('/')
        && !path.split('/').any(|seg| seg.is_empty() || seg == "..")
        && path.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_local_json_paths_only() {
        assert_eq!(parse_config("{}"), Ok(SiteConfig::default()));
        assert_eq!(
            parse_config(r#"{"providers": "data/hospital.json"}"#).map(|c| c.providers),
            Ok("data/hospital.json".into())
        );
        for bad in [
            "https://evil.example/p.json",
            "//evil.example/p.json",
            "/etc/p.json",
            "../p.json",
            "data/../../p.json",
            "javascript:alert(1)//.json",
            "p.txt",
            "data\\p.json",
            "",
        ] {
            let text = serde_json::json!({ "providers": bad }).to_string();
            assert!(parse_config(&text).is_err(), "{bad} must be refused");
        }
        assert!(parse_config(r#"{"provider": "x.json"}"#).is_err(), "unknown keys are errors");
        assert!(parse_config("not json").is_err());
    }
}
