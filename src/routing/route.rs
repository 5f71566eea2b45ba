//! The routes of the app and their `#/…` form.

use super::query::Query;

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `#/` — the home page.
    Home,
    /// `#/directory?…` — every organization, with filters in the query.
    Directory(Query),
    /// `#/providers/{id}` — one organization.
    Provider(String),
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
            ["directory"] => Route::Directory(query),
            ["providers", id] => Route::Provider(guide_model::percent::decode(id, false)),
            _ => Route::NotFound(hash.to_string()),
        }
    }

    /// The `href` of this route: a fragment, so links stay relative to the page.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".to_string(),
            Route::Directory(q) => with_query("#/directory", q),
            Route::Provider(id) => format!("#/providers/{}", guide_model::percent::encode(id)),
            Route::NotFound(raw) => format!("#{raw}"),
        }
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
        assert_eq!(Route::parse("#/providers/ys-reading"), Route::Provider("ys-reading".into()));
        assert_eq!(Route::parse("#/nope"), Route::NotFound("/nope".into()));
        let Route::Directory(q) = Route::parse("#/directory?m=ct,pet") else {
            panic!("not a directory route")
        };
        assert_eq!(q.list("m"), vec!["ct", "pet"]);
    }

    #[test]
    fn href_round_trips() {
        for r in [Route::Home, Route::Provider("doctor-net".into()), Route::Directory(Query::parse("q=CT"))] {
            assert_eq!(Route::parse(&r.href()), r);
        }
    }
}
