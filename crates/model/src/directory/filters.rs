//! The directory's state: search words, selected options per facet and the sort. It lives in the
//! URL query, so a shared link reproduces the view.

use std::collections::{BTreeMap, BTreeSet};

use super::facet::Facet;
use super::sort::SortKey;

/// What the visitor asked for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Free-text search, as typed.
    pub q: String,
    /// Selected option codes per facet (absent or empty: no filter).
    pub selected: BTreeMap<Facet, BTreeSet<String>>,
    pub sort: SortKey,
}

impl Filters {
    /// Reads the state from query pairs; unknown keys and option codes are ignored.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Filters {
        let mut f = Filters::default();
        for (key, value) in pairs {
            match key {
                "q" => f.q = value.to_string(),
                "sort" => f.sort = SortKey::from_code(value).unwrap_or_default(),
                _ => {
                    let Some(facet) = Facet::from_key(key) else { continue };
                    let known: Vec<&str> = facet.options().iter().map(|o| o.code).collect();
                    let chosen = value.split(',').filter(|v| known.contains(v)).map(str::to_owned);
                    f.selected.entry(facet).or_default().extend(chosen);
                }
            }
        }
        f.selected.retain(|_, v| !v.is_empty());
        f
    }

    /// The state as query pairs, in a stable order; defaults are left out.
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let mut pairs = Vec::new();
        if !self.q.trim().is_empty() {
            pairs.push(("q".to_string(), self.q.trim().to_string()));
        }
        for facet in Facet::ALL {
            if let Some(values) = self.selected.get(&facet).filter(|v| !v.is_empty()) {
                // Options in their display order, so equal states give equal URLs.
                let ordered: Vec<&str> =
                    facet.options().iter().map(|o| o.code).filter(|c| values.contains(*c)).collect();
                pairs.push((facet.key().to_string(), ordered.join(",")));
            }
        }
        if self.sort != SortKey::default() {
            pairs.push(("sort".to_string(), self.sort.code().to_string()));
        }
        pairs
    }

    /// Whether `code` of `facet` is selected.
    pub fn is_selected(&self, facet: Facet, code: &str) -> bool {
        self.selected.get(&facet).is_some_and(|v| v.contains(code))
    }

    /// Selects or clears one option.
    pub fn toggle(&mut self, facet: Facet, code: &str) {
        let set = self.selected.entry(facet).or_default();
        if !set.remove(code) {
            set.insert(code.to_string());
        }
        if set.is_empty() {
            self.selected.remove(&facet);
        }
    }

    /// How many options are selected in all facets, plus one for a search.
    pub fn active_count(&self) -> usize {
        self.selected.values().map(BTreeSet::len).sum::<usize>() + usize::from(!self.q.trim().is_empty())
    }

    /// The ticked options alone: no search words, the default sort.
    pub fn ticked(&self) -> Filters {
        Filters { selected: self.selected.clone(), ..Filters::default() }
    }

    /// Clears search and every facet, keeping the sort.
    pub fn cleared(&self) -> Filters {
        Filters { sort: self.sort, ..Filters::default() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_query_pairs() {
        let mut f = Filters { q: "ワイズ CT".into(), sort: SortKey::Urgent, ..Filters::default() };
        f.toggle(Facet::Modality, "pet");
        f.toggle(Facet::Modality, "ct");
        f.toggle(Facet::Urgent, "unknown");
        let pairs = f.to_pairs();
        assert_eq!(
            pairs,
            vec![
                ("q".to_string(), "ワイズ CT".to_string()),
                ("m".to_string(), "ct,pet".to_string()),
                ("urgent".to_string(), "unknown".to_string()),
                ("sort".to_string(), "urgent".to_string()),
            ]
        );
        let back = Filters::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        assert_eq!(back, f);
    }

    #[test]
    fn ignores_unknown_keys_and_codes() {
        let f = Filters::from_pairs([("m", "ct,<script>"), ("evil", "1"), ("sort", "nope")]);
        assert_eq!(f.to_pairs(), vec![("m".to_string(), "ct".to_string())]);
    }

    #[test]
    fn the_ticked_options_leave_out_the_words_and_the_sort() {
        let mut f = Filters { q: "CT".into(), sort: SortKey::Urgent, ..Filters::default() };
        f.toggle(Facet::Modality, "pet");
        let ticked = f.ticked();
        assert!(ticked.is_selected(Facet::Modality, "pet"));
        assert_eq!((ticked.q.as_str(), ticked.sort), ("", SortKey::default()));
    }

    #[test]
    fn toggling_twice_clears() {
        let mut f = Filters::default();
        f.toggle(Facet::Region, "kyushu");
        assert_eq!(f.active_count(), 1);
        f.toggle(Facet::Region, "kyushu");
        assert_eq!(f, Filters::default());
    }
}
