//! The build's settings for the page files: the site's public address (`SITE_URL`) and whether
//! pages get files of their own or are all fragments of the root `index.html`
//! (`GUIDE_ADDRESSING=fragments`).

use guide_model::route::Route;

/// The site's public address, ending with `/` (`https://example.jp/guide/`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteUrl(String);

impl SiteUrl {
    /// Reads an `http(s)` address of the site's root; a missing final `/` is added. Refuses
    /// anything else: no query, fragment, white space, quotes or non-ASCII characters.
    pub fn parse(text: &str) -> Result<SiteUrl, String> {
        let text = text.trim();
        let rest = text.strip_prefix("https://").or_else(|| text.strip_prefix("http://"));
        let host = rest.and_then(|r| r.split('/').next()).unwrap_or_default();
        let bad = |c: char| !c.is_ascii_graphic() || matches!(c, '"' | '\'' | '<' | '>' | '\\' | '?' | '#');
        if host.is_empty() || text.chars().any(bad) {
            return Err(format!(
                "SITE_URL {text:?} must be the site's http(s) address, e.g. https://example.jp/guide/"
            ));
        }
        let mut url = text.to_string();
        if !url.ends_with('/') {
            url.push('/');
        }
        Ok(SiteUrl(url))
    }

    /// The site's root address.
    pub fn root(&self) -> &str {
        &self.0
    }

    /// The absolute address of a file below the root (`og-image.png`).
    pub fn file(&self, path: &str) -> String {
        format!("{}{path}", self.0)
    }

    /// The absolute address of a page (the root itself for home).
    pub fn page(&self, route: &Route) -> String {
        match route.path().as_str() {
            "./" => self.0.clone(),
            path => self.file(path),
        }
    }
}

/// How the pages are addressed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Addressing {
    /// Every public page has a file of its own (the default).
    #[default]
    Files,
    /// Every page is a fragment of the root `index.html`; no other page file is written.
    Fragments,
}

/// The settings of one build.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    /// The site's public address, when known: canonical links, absolute preview URLs, sitemap.
    pub site_url: Option<SiteUrl>,
    /// Files or fragments.
    pub addressing: Addressing,
}

impl Config {
    /// The settings from the environment (`SITE_URL`, `GUIDE_ADDRESSING`).
    pub fn from_env() -> Result<Config, String> {
        let var = |name: &str| std::env::var(name).ok();
        Config::from_values(var("SITE_URL").as_deref(), var("GUIDE_ADDRESSING").as_deref())
    }

    /// The settings from the two values (unset or empty: no site address, files).
    pub fn from_values(site_url: Option<&str>, addressing: Option<&str>) -> Result<Config, String> {
        let site_url = site_url.map(str::trim).filter(|s| !s.is_empty()).map(SiteUrl::parse).transpose()?;
        let addressing = match addressing.map(str::trim).unwrap_or_default() {
            "" | "files" => Addressing::Files,
            "fragments" => Addressing::Fragments,
            other => return Err(format!("GUIDE_ADDRESSING {other:?} must be \"fragments\" or unset")),
        };
        Ok(Config { site_url, addressing })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use guide_model::pages::Page;

    #[test]
    fn the_site_address_ends_with_a_slash() {
        let site = SiteUrl::parse(" https://example.jp/guide ").unwrap();
        assert_eq!(site.root(), "https://example.jp/guide/");
        assert_eq!(SiteUrl::parse("http://localhost:8080/").unwrap().root(), "http://localhost:8080/");
        assert_eq!(site.page(&Page::Home.route()), "https://example.jp/guide/");
        assert_eq!(site.page(&Page::Provider.at(["x"])), "https://example.jp/guide/providers/x/");
        assert_eq!(site.file("og-image.png"), "https://example.jp/guide/og-image.png");
    }

    #[test]
    fn other_addresses_are_refused() {
        for bad in [
            "example.jp",
            "https://",
            "https:///x",
            "ftp://x.jp/",
            "https://x.jp/?a=1",
            "https://x.jp/\"a",
            "https://例え.jp/",
        ] {
            assert!(SiteUrl::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn settings_from_values() {
        assert_eq!(Config::from_values(None, None).unwrap(), Config::default());
        assert_eq!(Config::from_values(Some(""), Some("")).unwrap(), Config::default());
        let fragments = Config::from_values(Some("https://x.jp"), Some("fragments")).unwrap();
        assert_eq!(fragments.addressing, Addressing::Fragments);
        assert_eq!(fragments.site_url.unwrap().root(), "https://x.jp/");
        assert!(Config::from_values(None, Some("hash")).is_err());
    }
}
