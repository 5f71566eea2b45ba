//! The public pages of the site: every row of the route table but "not found", a page with a
//! parameter expanded over the data that lists its values (the providers, the articles, the
//! sections of the guide), each with the folder of its file.

use guide_model::column::ArticleMeta;
use guide_model::guide::Section;
use guide_model::page_meta::Subject;
use guide_model::pages::Page;
use guide_model::provider::Provider;
use guide_model::route::Route;

/// A page that has a file of its own.
#[derive(Clone, Debug)]
pub struct PublicPage<'a> {
    /// The page and its parameters (no query, no anchor).
    pub route: Route,
    /// The record the page is about, for a provider's or an article's page.
    pub subject: Option<Subject<'a>>,
}

impl PublicPage<'_> {
    /// The file's path below the site's root: `providers/x/index.html`, `index.html` for home.
    pub fn file(&self) -> String {
        format!("{}index.html", self.folder())
    }

    /// The folder of the file below the site's root, with a final `/` (empty for home).
    pub fn folder(&self) -> String {
        let path = self.route.path();
        if path == "./" {
            String::new()
        } else {
            path
        }
    }

    /// How many folders down from the site's root the file is.
    pub fn depth(&self) -> usize {
        self.folder().matches('/').count()
    }
}

/// Every public page, in the order of the route table, each page's records in data order.
/// Fails for a page whose parameter no data lists, or a record whose folder would not be a
/// plain one (an id with a `/`, `..` or other characters a file name should not carry).
pub fn public_pages<'a>(
    providers: &'a [Provider],
    articles: &'a [ArticleMeta],
) -> Result<Vec<PublicPage<'a>>, String> {
    let mut pages = Vec::new();
    for &page in Page::ALL.iter().filter(|&&p| p != Page::NotFound) {
        let params = file_parameters(page);
        match params.as_slice() {
            [] => pages.push(PublicPage { route: page.route(), subject: None }),
            [(name, optional)] => {
                if *optional {
                    pages.push(PublicPage { route: page.route(), subject: None });
                }
                pages.extend(expand(page, name, providers, articles)?);
            }
            _ => return Err(format!("{page:?}: a page with more than one path parameter has no file list")),
        }
    }
    for page in &pages {
        check_folder(&page.folder())?;
    }
    Ok(pages)
}

/// The pages of one parameter's values.
fn expand<'a>(
    page: Page,
    name: &str,
    providers: &'a [Provider],
    articles: &'a [ArticleMeta],
) -> Result<Vec<PublicPage<'a>>, String> {
    Ok(match (page, name) {
        (Page::Provider, "id") => providers
            .iter()
            .map(|p| PublicPage { route: page.at([&p.id]), subject: Some(Subject::Provider(p)) })
            .collect(),
        (Page::Column, "slug") => articles
            .iter()
            .map(|a| PublicPage { route: page.at([&a.slug]), subject: Some(Subject::Article(a)) })
            .collect(),
        (Page::Guide, "section") => {
            Section::ALL.into_iter().map(|s| PublicPage { route: page.at([s.id()]), subject: None }).collect()
        }
        _ => return Err(format!("{page:?}: no data lists the values of the parameter {{{name}}}")),
    })
}

/// The parameters of a page's pattern that name a file (`{id}`, `{section?}`), with whether each
/// is optional; an anchor parameter (`#{section?}`) is a place in the page, not a file.
fn file_parameters(page: Page) -> Vec<(&'static str, bool)> {
    page.spec()
        .path
        .split('/')
        .filter(|s| !s.starts_with('#'))
        .filter_map(|s| s.strip_prefix('{')?.strip_suffix('}'))
        .map(|name| match name.strip_suffix('?') {
            Some(name) => (name, true),
            None => (name, false),
        })
        .collect()
}

/// Refuses a folder that is not plain segments of letters, digits, `-` and `_`.
fn check_folder(folder: &str) -> Result<(), String> {
    let plain =
        |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    match folder.strip_suffix('/') {
        None if folder.is_empty() => Ok(()),
        Some(path) if path.split('/').all(plain) => Ok(()),
        _ => Err(format!("{folder:?} is no plain folder name for a page file")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_of_parameters_expand_over_their_data() {
        let articles = [ArticleMeta { slug: "lung-ct".into(), ..ArticleMeta::default() }];
        let pages = public_pages(&[], &articles).unwrap();
        let files: Vec<String> = pages.iter().map(PublicPage::file).collect();
        assert_eq!(
            files,
            [
                "index.html",
                "finder/index.html",
                "directory/index.html",
                "clock/index.html",
                "compare/index.html",
                "guide/index.html",
                "guide/what-is/index.html",
                "guide/types/index.html",
                "guide/surcharges/index.html",
                "guide/survey/index.html",
                "guide/workload/index.html",
                "columns/index.html",
                "columns/lung-ct/index.html",
                "embed/index.html",
                "accessibility/index.html",
            ]
        );
        let depths: Vec<usize> = pages.iter().map(PublicPage::depth).collect();
        assert_eq!(depths, [0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 1, 2, 1, 1]);
    }

    #[test]
    fn only_plain_folders_are_written() {
        assert!(check_folder("").is_ok());
        assert!(check_folder("providers/ys-reading/").is_ok());
        for bad in ["providers/../", "providers/a%2Fb/", "providers//", "x"] {
            assert!(check_folder(bad).is_err(), "{bad}");
        }
        let articles = [ArticleMeta { slug: "..".into(), ..ArticleMeta::default() }];
        assert!(public_pages(&[], &articles).is_err());
    }

    #[test]
    fn anchors_name_no_file() {
        assert_eq!(file_parameters(Page::Column), [("slug", false)]);
        assert_eq!(file_parameters(Page::Guide), [("section", true)]);
        assert_eq!(file_parameters(Page::Provider), [("id", false)]);
        assert!(file_parameters(Page::Home).is_empty());
    }
}
