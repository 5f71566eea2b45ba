//! A file for every public page: the built `index.html` (with its Content-Security-Policy)
//! copied to `providers/x/index.html`, `guide/types/index.html` and so on, each with its own
//! `<title>`, description, link preview tags, structured data and a `<base>` that makes every
//! relative address of the page resolve from the site's root; plus `sitemap.xml`, `robots.txt`
//! and a static `404.html`.
//!
//! The pages come from the route table and the data (`pages`); what each page says about itself
//! from `guide_model::page_meta`, the rules the app follows too. `SITE_URL` gives the site's public
//! address (canonical links, absolute preview URLs, the sitemap); `GUIDE_ADDRESSING=fragments`
//! writes no page files and marks the root `index.html` so that the app links by fragments.

pub mod config;
pub mod head;
pub mod json_ld;
pub mod not_found;
pub mod pages;
pub mod sitemap;
#[cfg(test)]
mod tests;

use std::fmt;
use std::path::Path;

use guide_model::column::ArticleMeta;
use guide_model::dataset::Dataset;
use guide_model::directory::sort::SortKey;
use guide_model::page_meta::{self, Subject};
use guide_model::pages::{Page, SITE_NAME};

pub use config::{Addressing, Config, SiteUrl};
use head::Head;
use pages::{public_pages, PublicPage};

/// The link preview image, copied into the site's root by trunk (1200×630).
pub const OG_IMAGE: &str = "og-image.png";
/// The meta element that tells the app to link by fragments only.
pub use guide_model::route::address::FRAGMENTS_META;

/// A file to write, by its path below the site's root.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteFile {
    /// The path below the root, `/`-separated (`providers/x/index.html`).
    pub path: String,
    /// The file's text.
    pub text: String,
}

/// What [`write`] wrote, for the build's log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// How many page files (`index.html` in the root included).
    pub pages: usize,
    /// The other files, by name.
    pub others: Vec<String>,
    /// The settings used.
    pub config: Config,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} page files, {} written", self.pages, self.others.join(", "))?;
        if self.config.addressing == Addressing::Fragments {
            write!(f, " (GUIDE_ADDRESSING=fragments: links by fragments, no page files, no sitemap)")?;
        }
        if self.config.site_url.is_none() {
            write!(f, "; SITE_URL is not set: canonical, og:url, og:image and sitemap.xml are left out")?;
        }
        Ok(())
    }
}

/// Reads `index.html` and `providers.json` of the staging folder and writes the site's files
/// into it (the root `index.html` included, as the home page's file).
pub fn write(staging: &Path, articles: &[ArticleMeta], config: &Config) -> Result<Summary, String> {
    let read = |name: &str| {
        let path = staging.join(name);
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let template = read("index.html")?;
    let loaded = guide_model::load::load_providers(&read("providers.json")?)
        .map_err(|e| format!("providers.json: {e}"))?;
    let files = render(&template, &loaded.dataset, articles, config)?;
    for file in &files {
        let path = staging.join(&file.path);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        }
        std::fs::write(&path, &file.text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let (pages, others): (Vec<&SiteFile>, Vec<&SiteFile>) =
        files.iter().partition(|f| f.path.ends_with("index.html"));
    Ok(Summary {
        pages: pages.len(),
        others: others.iter().map(|f| f.path.clone()).collect(),
        config: config.clone(),
    })
}

/// Every file of the site made from the template, the providers and the articles: the page
/// files (only the root's with [`Addressing::Fragments`]), `sitemap.xml` (with a site address
/// and page files), `robots.txt` and `404.html`.
pub fn render(
    template: &str,
    dataset: &Dataset,
    articles: &[ArticleMeta],
    config: &Config,
) -> Result<Vec<SiteFile>, String> {
    let mut pages = public_pages(&dataset.providers, articles)?;
    if config.addressing == Addressing::Fragments {
        pages.retain(|p| p.route.page == Page::Home);
    }
    let site = config.site_url.as_ref();
    let mut files = Vec::with_capacity(pages.len() + 3);
    for page in &pages {
        let text = head::apply(template, &page_head(page, dataset, config))
            .map_err(|e| format!("{}: {e}", page.file()))?;
        files.push(SiteFile { path: page.file(), text });
    }
    let sitemap_url = match (site, config.addressing) {
        (Some(site), Addressing::Files) => {
            files
                .push(SiteFile { path: "sitemap.xml".into(), text: sitemap::sitemap(&pages, site, dataset) });
            Some(site.file("sitemap.xml"))
        }
        _ => None,
    };
    files.push(SiteFile { path: "robots.txt".into(), text: sitemap::robots(sitemap_url.as_deref()) });
    let root = site.map_or("./", SiteUrl::root);
    files.push(SiteFile { path: "404.html".into(), text: not_found::page(root) });
    Ok(files)
}

/// What a page's file says about the page.
fn page_head(page: &PublicPage<'_>, dataset: &Dataset, config: &Config) -> Head {
    let (route, subject) = (&page.route, page.subject);
    let site = config.site_url.as_ref();
    let url = site.map(|s| s.page(route));
    let image = site.map(|s| s.file(OG_IMAGE));
    let mut json_ld = vec![json_ld::breadcrumbs(&page_meta::breadcrumbs(route, subject), site)];
    match (route.page, subject) {
        (Page::Column, Some(Subject::Article(meta))) => {
            json_ld.push(json_ld::article(meta, url.as_deref(), image.as_deref()));
        }
        (Page::Directory, _) => {
            let mut providers: Vec<_> = dataset.providers.iter().collect();
            providers.sort_by(|a, b| SortKey::default().compare(a, b));
            json_ld.push(json_ld::provider_list(&page_meta::heading(route, None), &providers, site));
        }
        _ => {}
    }
    let name = page_meta::name(route, subject);
    let home = route.page == Page::Home;
    Head {
        depth: page.depth(),
        title: page_meta::title(route, subject),
        description: page_meta::description(route, subject),
        preview_title: if name.is_empty() { SITE_NAME.to_string() } else { name },
        og_type: if route.page == Page::Column { "article" } else { "website" },
        site_name: SITE_NAME.to_string(),
        url,
        image,
        image_alt: SITE_NAME.to_string(),
        json_ld,
        meta: if home && config.addressing == Addressing::Fragments {
            vec![FRAGMENTS_META]
        } else {
            Vec::new()
        },
    }
}
