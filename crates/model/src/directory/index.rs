//! A search index over the providers, built once per data set: each provider's folded search
//! text and facet values. Applying filters and counting options read only the index.

use crate::provider::Provider;
use crate::search::{haystack, Query};

use super::facet::{Facet, Mode};
use super::filters::Filters;
use super::UNKNOWN;

/// What filtering needs of one provider.
#[derive(Clone, Debug)]
struct Entry {
    haystack: String,
    /// Option codes per facet, in `Facet::ALL` order.
    values: Vec<Vec<&'static str>>,
}

/// The index of a provider list (same order as the list).
#[derive(Clone, Debug, Default)]
pub struct Index {
    entries: Vec<Entry>,
}

impl Index {
    /// Indexes `providers`.
    pub fn build(providers: &[Provider]) -> Index {
        let entries = providers
            .iter()
            .map(|p| Entry {
                haystack: haystack(p),
                values: Facet::ALL.iter().map(|f| f.values(p)).collect(),
            })
            .collect();
        Index { entries }
    }

    /// The option codes provider `i` has for `facet`.
    pub fn values(&self, i: usize, facet: Facet) -> &[&'static str] {
        &self.entries[i].values[facet_pos(facet)]
    }

    /// Positions of the providers that pass every filter, in the filters' sort order.
    pub fn apply(&self, providers: &[Provider], filters: &Filters) -> Vec<usize> {
        let query = Query::parse(&filters.q);
        let mut hits: Vec<usize> =
            (0..self.entries.len()).filter(|&i| self.passes(i, filters, &query, None)).collect();
        hits.sort_by(|&a, &b| filters.sort.compare(&providers[a], &providers[b]));
        hits
    }

    /// For each option of `facet`: how many providers would show with it selected, given the
    /// search and the other facets (and, for all-of facets, the options already selected).
    pub fn counts(&self, filters: &Filters, facet: Facet) -> Vec<(&'static str, usize)> {
        let query = Query::parse(&filters.q);
        // Any-of options widen the facet's own filter; all-of options narrow it, except "unknown",
        // which adds the providers whose menu is not stated.
        let without_facet: Vec<usize> =
            (0..self.entries.len()).filter(|&i| self.passes(i, filters, &query, Some(facet))).collect();
        let with_facet: Vec<usize> =
            without_facet.iter().copied().filter(|&i| self.passes(i, filters, &query, None)).collect();
        facet
            .options()
            .iter()
            .map(|o| {
                let base =
                    if facet.mode() == Mode::Any || o.code == UNKNOWN { &without_facet } else { &with_facet };
                (o.code, base.iter().filter(|&&i| self.values(i, facet).contains(&o.code)).count())
            })
            .collect()
    }

    fn passes(&self, i: usize, filters: &Filters, query: &Query, skip: Option<Facet>) -> bool {
        if !query.is_empty() && !query.matches(&self.entries[i].haystack) {
            return false;
        }
        filters.selected.iter().filter(|(facet, _)| Some(**facet) != skip).all(|(facet, chosen)| {
            let have = self.values(i, *facet);
            match facet.mode() {
                Mode::Any => chosen.iter().any(|c| have.contains(&c.as_str())),
                Mode::All => {
                    let known: Vec<&String> = chosen.iter().filter(|c| *c != UNKNOWN).collect();
                    let has_known = !known.is_empty() && known.iter().all(|c| have.contains(&c.as_str()));
                    let unknown_ok = chosen.contains(UNKNOWN) && have.contains(&UNKNOWN);
                    has_known || unknown_ok
                }
            }
        })
    }
}

fn facet_pos(facet: Facet) -> usize {
    Facet::ALL.iter().position(|f| *f == facet).unwrap_or(0)
}
