//! Which form a link takes, and reading a route back from an address.
//!
//! The public site has a file for every page (`providers/ys-reading/index.html`), so its links are
//! paths below the site's root. A page with no file of its own is a fragment of the root's
//! `index.html` (`#/providers/x`): every page in a build that asks for fragments only, every page
//! of a guide embedded in another site, and a provider of a hospital's own list. Old fragment
//! addresses, already shared and bookmarked, are read in both forms.

use std::sync::atomic::{AtomicBool, Ordering};

use super::Route;
use crate::pages::Page;
use crate::percent::decode;

/// The `<meta name>` by which a build without page files says so (`content="fragments"`); the
/// app reads it at start-up.
pub const FRAGMENTS_META: (&str, &str) = ("guide-addressing", "fragments");

/// Whether links are written as fragments only (set once at start-up).
static FRAGMENTS_ONLY: AtomicBool = AtomicBool::new(false);
/// Whether every provider of the data has a page file (not so for a hospital's own list).
static PROVIDER_FILES: AtomicBool = AtomicBool::new(true);

/// Writes every link as a fragment from now on (`true`), or as paths where files exist.
pub fn set_fragments_only(fragments_only: bool) {
    FRAGMENTS_ONLY.store(fragments_only, Ordering::Relaxed);
}

/// Says whether the providers of the data loaded have page files of their own (they do for the
/// data the build was made with; a hospital's own list has none).
pub fn set_provider_files(provider_files: bool) {
    PROVIDER_FILES.store(provider_files, Ordering::Relaxed);
}

impl Route {
    /// The link to this route: its path when it has a file, else its fragment.
    pub fn href(&self) -> String {
        if self.has_file() {
            self.path()
        } else {
            self.fragment()
        }
    }

    /// Whether this route is served by a file of its own in this build.
    pub fn has_file(&self) -> bool {
        !FRAGMENTS_ONLY.load(Ordering::Relaxed)
            && self.page != Page::NotFound
            && (self.page != Page::Provider || PROVIDER_FILES.load(Ordering::Relaxed))
    }

    /// Reads an address relative to the site's root, in either form: `providers/x/?q=…#s2`,
    /// `index.html#/providers/x`, `#/providers/x` or `` (home). A fragment that starts with `/` is
    /// the route; another fragment is the anchor parameter of a page whose pattern has one.
    pub fn from_address(relative: &str) -> Route {
        let (before, fragment) = relative.split_once('#').unwrap_or((relative, ""));
        if fragment.starts_with('/') {
            return Route::parse(fragment);
        }
        let (path, query) = before.split_once('?').unwrap_or((before, ""));
        let path = path.strip_prefix("./").unwrap_or(path);
        let path = path.strip_suffix("index.html").unwrap_or(path);
        let mut route = Route::parse(&format!("/{path}?{query}"));
        if route.page == Page::NotFound {
            route.params = vec![format!("/{path}")];
        } else if !fragment.is_empty() && route.expects_anchor() {
            route.params.push(decode(fragment, false));
        }
        route
    }

    /// Whether the next missing parameter of this route is its pattern's anchor.
    fn expects_anchor(&self) -> bool {
        let mut parameters = self.page.spec().path.split('/').filter_map(super::parameter);
        parameters.nth(self.params.len()).is_some_and(|p| p.anchor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::Query;

    #[test]
    fn paths_name_the_folder_of_each_file() {
        assert_eq!(Page::Home.route().path(), "./");
        assert_eq!(Page::Directory.route().path(), "directory/");
        assert_eq!(Page::Directory.with_query(Query::parse("m=pet")).path(), "directory/?m=pet");
        assert_eq!(Page::Provider.at(["ys-reading"]).path(), "providers/ys-reading/");
        assert_eq!(Page::Guide.at(["types"]).path(), "guide/types/");
        assert_eq!(Page::Column.at(["lung-ct"]).path(), "columns/lung-ct/");
        assert_eq!(Page::Column.at(["lung-ct", "s2"]).path(), "columns/lung-ct/#s2");
        assert_eq!(Page::Provider.at(["a/b c"]).path(), "providers/a%2Fb%20c/");
    }

    #[test]
    fn addresses_in_both_forms_name_the_same_route() {
        let routes = [
            Page::Home.route(),
            Page::Guide.route(),
            Page::Guide.at(["workload"]),
            Page::Provider.at(["doctor-net"]),
            Page::Provider.at(["a/b c"]),
            Page::Directory.with_query(Query::parse("q=%E3%82%BB%E3%82%B3%E3%83%A0&m=ct,pet")),
            Page::Column.at(["lung-ct"]),
            Page::Column.at(["lung-ct", "s2"]),
            Page::Clock.with_query(Query::parse("at=2026-11-20T19%3A30")),
            Page::Accessibility.route(),
        ];
        for route in routes {
            assert_eq!(Route::from_address(&route.path()), route, "{}", route.path());
            assert_eq!(Route::from_address(&route.fragment()), route, "{}", route.fragment());
            assert_eq!(Route::from_address(&format!("index.html{}", route.fragment())), route);
        }
        assert_eq!(Route::from_address(""), Page::Home.route());
        assert_eq!(Route::from_address("index.html"), Page::Home.route());
        assert_eq!(
            Route::from_address("directory/index.html?m=ct"),
            Page::Directory.with_query(Query::parse("m=ct"))
        );
        assert_eq!(Route::from_address("directory"), Page::Directory.route());
        // An anchor that is no route parameter is left to the page.
        assert_eq!(Route::from_address("providers/x/#top"), Page::Provider.at(["x"]));
    }

    #[test]
    fn unknown_paths_are_not_found_and_keep_their_address() {
        let route = Route::from_address("nope/deeper/");
        assert_eq!(route.page, Page::NotFound);
        assert_eq!(route.params, ["/nope/deeper/"]);
    }
}
