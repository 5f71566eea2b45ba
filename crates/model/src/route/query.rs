//! Query strings of a route (`#/directory?m=ct&q=…`): parsing and building, with
//! percent-encoding of UTF-8, so Japanese search words survive a shared link.

use crate::percent::{decode, encode};

/// Ordered key/value pairs of a query string.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query(pub Vec<(String, String)>);

impl Query {
    /// Parses "a=1&b=%E3%81%82" (without the leading `?`).
    pub fn parse(s: &str) -> Query {
        let pairs = s
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                (decode(k, true), decode(v, true))
            })
            .collect();
        Query(pairs)
    }

    /// The first value of `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    /// Sets `key` to `value` where it stands (or at the end), dropping any other value of it;
    /// `None` removes the key. The other keys keep their values and order, so one control of a
    /// page can change its part of a shared address without losing the rest.
    pub fn set(&mut self, key: &str, value: Option<String>) {
        let at = self.0.iter().position(|(k, _)| k == key);
        self.0.retain(|(k, _)| k != key);
        if let Some(v) = value {
            let at = at.unwrap_or(self.0.len()).min(self.0.len());
            self.0.insert(at, (key.to_string(), v));
        }
    }

    /// Every value of `key`, splitting comma-separated lists.
    pub fn list(&self, key: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == key)
            .flat_map(|(_, v)| v.split(','))
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
            .collect()
    }

    /// Builds the string form (without `?`); empty values are left out.
    pub fn to_query_string(&self) -> String {
        self.0
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect::<Vec<_>>()
            .join("&")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn japanese_round_trip() {
        let q = Query(vec![("q".into(), "ワイズ 読影".into()), ("m".into(), "ct,mri".into())]);
        let s = q.to_query_string();
        assert_eq!(s, "q=%E3%83%AF%E3%82%A4%E3%82%BA%20%E8%AA%AD%E5%BD%B1&m=ct,mri");
        assert_eq!(Query::parse(&s), q);
        assert_eq!(Query::parse(&s).list("m"), vec!["ct", "mri"]);
    }

    #[test]
    fn set_changes_one_key_and_keeps_the_others() {
        let mut q = Query::parse("at=2026-11-20T19:30&focus=x&kind=urgent");
        q.set("at", Some("2026-11-21T08:00".into()));
        assert_eq!(q.to_query_string(), "at=2026-11-21T08%3A00&focus=x&kind=urgent");
        q.set("m", Some("ct".into()));
        assert_eq!(q.get("m"), Some("ct"), "a new key goes at the end");
        assert_eq!(q.0.last(), Some(&("m".to_string(), "ct".to_string())));
        q.set("kind", None);
        assert_eq!(q.to_query_string(), "at=2026-11-21T08%3A00&focus=x&m=ct");
        let mut twice = Query::parse("m=ct&q=a&m=mri");
        twice.set("m", Some("pet".into()));
        assert_eq!(twice.to_query_string(), "m=pet&q=a", "every other value of the key goes");
    }
}
