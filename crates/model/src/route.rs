//! Addresses of pages: a [`Route`] is a row of the route table ([`Page`]) with its parameters
//! and query, parsed and written by the patterns of the table alone, as a path with a file of
//! its own or as a fragment of the root's `index.html` (`address.rs` says which).

pub mod address;
pub mod query;

pub use query::Query;

use crate::pages::Page;
use crate::percent::{decode, encode};

/// A page with its parameters (`{id}` of `providers/{id}`) and its query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    /// The page.
    pub page: Page,
    /// The values of the path's parameters, in the pattern's order; an optional one left out is
    /// absent. For [`Page::NotFound`], the address as it was.
    pub params: Vec<String>,
    /// The query (`?m=ct&q=…`): the state of pages that keep it there.
    pub query: Query,
}

impl Page {
    /// This page with its parameters in the pattern's order (none for most pages).
    pub fn at<S: Into<String>>(self, params: impl IntoIterator<Item = S>) -> Route {
        Route { page: self, params: params.into_iter().map(Into::into).collect(), query: Query::default() }
    }

    /// This page without parameters or query.
    pub fn route(self) -> Route {
        self.at(Vec::<String>::new())
    }

    /// This page (without parameters) with `query`.
    pub fn with_query(self, query: Query) -> Route {
        self.route().with_query(query)
    }

    /// The `href` of this page without parameters or query.
    pub fn href(self) -> String {
        self.route().href()
    }

    /// The compare page for these ids (`?ids=a,b`).
    pub fn compare(ids: &[String]) -> Route {
        Page::Compare.with_query(Query(vec![("ids".to_string(), ids.join(","))]))
    }
}

impl Route {
    /// Parses a route in its fragment form (`#/providers/x`, with or without the `#`); what no
    /// page matches is [`Page::NotFound`]. An address in either form is read by
    /// [`Route::from_address`].
    pub fn parse(hash: &str) -> Route {
        let hash = hash.trim_start_matches('#');
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let found =
            Page::ALL.iter().find_map(|&page| Some((page, match_pattern(page.spec().path, &segments)?)));
        match found {
            Some((page, params)) => Route { page, params, query: Query::parse(query) },
            None => Page::NotFound.at([hash]),
        }
    }

    /// This route as a fragment of the root's `index.html` (`#/providers/x?q=…`): the form that
    /// needs no file of its own.
    pub fn fragment(&self) -> String {
        if self.page == Page::NotFound {
            return format!("#{}", self.params.first().map_or("", String::as_str));
        }
        // In a fragment, the anchor parameter is one more segment.
        let (mut path, anchor) = self.segments();
        path.extend(anchor);
        with_query(format!("#/{}", path.join("/")), &self.query)
    }

    /// This route as a path below the site's root, to the folder of its file
    /// (`providers/x/`, `directory/?m=ct`, `./` for home); a parameter the pattern marks as an
    /// anchor (`#{section?}`) is written as the fragment (`columns/x/#s2`).
    pub fn path(&self) -> String {
        if self.page == Page::NotFound {
            return self.params.first().map_or("", String::as_str).trim_start_matches('/').to_string();
        }
        let (path, anchor) = self.segments();
        let folder = if path.is_empty() { "./".to_string() } else { format!("{}/", path.join("/")) };
        let mut href = with_query(folder, &self.query);
        if let Some(anchor) = anchor {
            href.push('#');
            href.push_str(&anchor);
        }
        href
    }

    /// The pattern's segments with the parameters filled in (escaped), and the anchor parameter
    /// apart; a missing optional parameter ends the path.
    fn segments(&self) -> (Vec<String>, Option<String>) {
        let mut params = self.params.iter();
        let mut path = Vec::new();
        for segment in self.page.spec().path.split('/').filter(|s| !s.is_empty()) {
            match parameter(segment) {
                Some(p) => match params.next() {
                    Some(value) if p.anchor => return (path, Some(encode(value))),
                    Some(value) => path.push(encode(value)),
                    None => break,
                },
                None => path.push(segment.to_string()),
            }
        }
        (path, None)
    }

    /// The value of the path parameter `name` (`{name}` in the page's pattern).
    pub fn param(&self, name: &str) -> Option<&str> {
        let position = self.page.spec().path.split('/').filter_map(parameter).position(|p| p.name == name)?;
        self.params.get(position).map(String::as_str)
    }

    /// The query, if this route is on `page` (a page being left reads nothing of the next one's).
    pub fn query_of(&self, page: Page) -> Option<&Query> {
        (self.page == page).then_some(&self.query)
    }

    /// This route with `query`.
    pub fn with_query(self, query: Query) -> Route {
        Route { query, ..self }
    }

    /// The page and parameters without the query: what is drawn. Pages that keep their state in
    /// the query stay the same page while it changes, so typing in a filter rebuilds nothing.
    pub fn place(&self) -> Route {
        Route { query: Query::default(), ..self.clone() }
    }
}

/// `base` with `?query` when the query has anything.
fn with_query(base: String, query: &Query) -> String {
    let query = query.to_query_string();
    if query.is_empty() {
        base
    } else {
        format!("{base}?{query}")
    }
}

/// A parameter of a pattern: `{name}`, `{name?}` (optional), `#{name?}` (optional, and written as
/// the fragment of the page's path).
struct Parameter<'a> {
    name: &'a str,
    optional: bool,
    anchor: bool,
}

/// A pattern segment's parameter, if it is one.
fn parameter(segment: &str) -> Option<Parameter<'_>> {
    let (anchor, segment) = match segment.strip_prefix('#') {
        Some(rest) => (true, rest),
        None => (false, segment),
    };
    let name = segment.strip_prefix('{')?.strip_suffix('}')?;
    Some(match name.strip_suffix('?') {
        Some(name) => Parameter { name, optional: true, anchor },
        None => Parameter { name, optional: false, anchor },
    })
}

/// The parameters of `segments` if they match `pattern`.
fn match_pattern(pattern: &str, segments: &[&str]) -> Option<Vec<String>> {
    if pattern == "*" {
        return None;
    }
    let mut params = Vec::new();
    let mut rest = segments.iter();
    for part in pattern.split('/').filter(|s| !s.is_empty()) {
        match (parameter(part), rest.next()) {
            (Some(_), Some(value)) => params.push(decode(value, false)),
            (Some(p), None) if p.optional => break,
            (None, Some(value)) if *value == part => {}
            _ => return None,
        }
    }
    rest.next().is_none().then_some(params)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_kind_of_address() {
        assert_eq!(Route::parse(""), Page::Home.route());
        assert_eq!(Route::parse("#/"), Page::Home.route());
        assert_eq!(Route::parse("#/guide"), Page::Guide.route());
        assert_eq!(Route::parse("#/guide/types"), Page::Guide.at(["types"]));
        assert_eq!(Route::parse("#/providers/ys-reading").param("id"), Some("ys-reading"));
        assert_eq!(Route::parse("#/providers"), Page::NotFound.at(["/providers"]));
        assert_eq!(Route::parse("#/providers/a/b"), Page::NotFound.at(["/providers/a/b"]));
        assert_eq!(Route::parse("#/nope"), Page::NotFound.at(["/nope"]));
        let column = Route::parse("#/columns/lung-ct/s2");
        assert_eq!(
            (column.page, column.param("slug"), column.param("section")),
            (Page::Column, Some("lung-ct"), Some("s2"))
        );
        assert_eq!(Route::parse("#/columns/lung-ct").param("section"), None);
        let directory = Route::parse("#/directory?m=ct,pet");
        assert_eq!(directory.page, Page::Directory);
        assert_eq!(directory.query.list("m"), vec!["ct", "pet"]);
    }

    #[test]
    fn every_page_round_trips_through_its_href() {
        let routes = [
            Page::Home.route(),
            Page::Guide.at(["workload"]),
            Page::Provider.at(["doctor-net"]),
            Page::Directory.route().with_query(Query::parse("q=CT")),
            Page::Compare.route().with_query(Query::parse("ids=a,b")),
            Page::Columns.route().with_query(Query::parse("tag=AI")),
            Page::Finder.route().with_query(Query::parse("m=pet&urgent=120")),
            Page::Clock.route().with_query(Query::parse("at=2026-11-20T19%3A30")),
            Page::Column.at(["lung-ct"]),
            Page::Column.at(["lung-ct", "s2"]),
            Page::Embed.route(),
            Page::Accessibility.route(),
            Page::NotFound.at(["/nope"]),
        ];
        for route in routes {
            assert_eq!(Route::parse(&route.fragment()), route, "{}", route.fragment());
            assert_eq!(Route::from_address(&route.href()), route, "{}", route.href());
        }
        // A page without required parameters is reached by its bare href.
        let required =
            |page: Page| page.spec().path.split('/').any(|s| parameter(s).is_some_and(|p| !p.optional));
        for &page in Page::ALL.iter().filter(|&&p| !required(p) && p != Page::NotFound) {
            assert_eq!(Route::from_address(&page.href()).page, page, "{page:?}");
        }
    }

    #[test]
    fn parameters_are_escaped() {
        let route = Page::Provider.at(["a/b c"]);
        assert_eq!(route.fragment(), "#/providers/a%2Fb%20c");
        assert_eq!(Route::parse(&route.fragment()).param("id"), Some("a/b c"));
    }

    #[test]
    fn the_place_leaves_the_query_out() {
        let a = Route::parse("#/directory?q=CT");
        assert_eq!(a.place(), Route::parse("#/directory"));
        assert_ne!(a.place(), Route::parse("#/providers/x").place());
    }
}
