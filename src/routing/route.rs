//! The routes of the app and their `#/…` form.

use guide_model::percent::{decode, encode};

use super::query::Query;

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `#/` — the home page.
    Home,
    /// `#/guide` or `#/guide/{section}` — the basics, scrolled to a section.
    Guide(Option<String>),
    /// `#/directory?…` — every organization, with filters in the query.
    Directory(Query),
    /// `#/providers/{id}` — one organization.
    Provider(String),
    /// `#/compare?ids=a,b` — providers side by side.
    Compare(Query),
    /// `#/columns?tag=…&q=…` — the column list.
    Columns(Query),
    /// `#/columns/{slug}` or `#/columns/{slug}/{section}` — one article.
    Column(String, Option<String>),
    /// `#/finder?…` — the finder, with the facility profile in the query.
    Finder(Query),
    /// `#/clock?at=YYYY-MM-DDTHH:MM&focus=id` — the turnaround clock.
    Clock(Query),
    /// `#/embed` — how to embed the guide in another page.
    Embed,
    /// `#/accessibility` — the accessibility statement and test results.
    Accessibility,
    /// Anything else.
    NotFound(String),
}

impl Route {
    /// Parses a location hash (with or without the leading `#`).
    pub fn parse(hash: &str) -> Route {
        let hash = hash.trim_start_matches('#');
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let query = Query::parse(query);
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Route::Home,
            ["guide"] => Route::Guide(None),
            ["guide", section] => Route::Guide(Some(decode(section, false))),
            ["directory"] => Route::Directory(query),
            ["providers", id] => Route::Provider(decode(id, false)),
            ["compare"] => Route::Compare(query),
            ["columns"] => Route::Columns(query),
            ["finder"] => Route::Finder(query),
            ["clock"] => Route::Clock(query),
            ["embed"] => Route::Embed,
            ["accessibility"] => Route::Accessibility,
            ["columns", slug] => Route::Column(decode(slug, false), None),
            ["columns", slug, section] => Route::Column(decode(slug, false), Some(decode(section, false))),
            _ => Route::NotFound(hash.to_string()),
        }
    }

    /// The `href` of this route: a fragment, so links stay relative to the page.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".to_string(),
            Route::Guide(None) => "#/guide".to_string(),
            Route::Guide(Some(section)) => format!("#/guide/{}", encode(section)),
            Route::Directory(q) => with_query("#/directory", q),
            Route::Provider(id) => format!("#/providers/{}", encode(id)),
            Route::Compare(q) => with_query("#/compare", q),
            Route::Columns(q) => with_query("#/columns", q),
            Route::Finder(q) => with_query("#/finder", q),
            Route::Clock(q) => with_query("#/clock", q),
            Route::Embed => "#/embed".to_string(),
            Route::Accessibility => "#/accessibility".to_string(),
            Route::Column(slug, None) => format!("#/columns/{}", encode(slug)),
            Route::Column(slug, Some(section)) => format!("#/columns/{}/{}", encode(slug), encode(section)),
            Route::NotFound(raw) => format!("#{raw}"),
        }
    }

    /// The compare page for these ids.
    pub fn compare(ids: &[String]) -> Route {
        Route::Compare(Query(vec![("ids".to_string(), ids.join(","))]))
    }
}

fn with_query(path: &str, q: &Query) -> String {
    let qs = q.to_query_string();
    if qs.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{qs}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_route() {
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#/"), Route::Home);
        assert_eq!(Route::parse("#/guide"), Route::Guide(None));
        assert_eq!(Route::parse("#/guide/types"), Route::Guide(Some("types".into())));
        assert_eq!(Route::parse("#/providers/ys-reading"), Route::Provider("ys-reading".into()));
        assert_eq!(Route::parse("#/nope"), Route::NotFound("/nope".into()));
        let Route::Directory(q) = Route::parse("#/directory?m=ct,pet") else {
            panic!("not a directory route")
        };
        assert_eq!(q.list("m"), vec!["ct", "pet"]);
        let Route::Compare(q) = Route::parse("#/compare?ids=a,b") else { panic!("not a compare route") };
        assert_eq!(q.list("ids"), vec!["a", "b"]);
    }

    #[test]
    fn href_round_trips() {
        let routes = [
            Route::Home,
            Route::Guide(Some("workload".into())),
            Route::Provider("doctor-net".into()),
            Route::Directory(Query::parse("q=CT")),
            Route::compare(&["a".into(), "b".into()]),
            Route::Columns(Query::parse("tag=AI")),
            Route::Finder(Query::parse("m=pet&urgent=120")),
            Route::Clock(Query::parse("at=2026-11-20T19%3A30")),
            Route::Column("lung-ct".into(), None),
            Route::Column("lung-ct".into(), Some("s2".into())),
            Route::Embed,
            Route::Accessibility,
        ];
        for r in routes {
            assert_eq!(Route::parse(&r.href()), r);
        }
    }
}
