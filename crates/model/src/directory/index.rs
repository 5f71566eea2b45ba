//! A search index over the providers, built once per data set: each provider's folded search
//! text, its facet options as bit masks, and its sort values. Applying filters, counting options
//! and sorting read only the index, with integer operations.

use crate::provider::Provider;
use crate::search::{haystack, Query};

use super::facet::{Facet, FacetOption, Mode};
use super::filters::Filters;
use super::sort::SortKey;
use super::UNKNOWN;

/// One bit per option of a facet, in the order of `Facet::options` (no facet has more than 64).
type Mask = u64;

/// What filtering and sorting need of one provider.
#[derive(Clone, Debug)]
struct Entry {
    haystack: String,
    /// The options the provider has, per facet in `Facet::ALL` order.
    masks: [Mask; Facet::ALL.len()],
    /// The value sorted by, per sort in `SortKey::ALL` order (`None`: not stated).
    keys: [Option<u32>; SortKey::ALL.len()],
    /// Position in 五十音 order of the reading (then id): the tie-break of every sort.
    rank: u32,
}

/// The index of a provider list (same order as the list).
#[derive(Clone, Debug, Default)]
pub struct Index {
    entries: Vec<Entry>,
    /// Every facet's options, in `Facet::ALL` order.
    options: Vec<Vec<FacetOption>>,
}

/// One selected facet, as masks over its options.
struct Condition {
    facet: usize,
    mode: Mode,
    /// The selected options other than "unknown".
    known: Mask,
    /// The bit of "unknown" when it is selected, else 0.
    unknown: Mask,
    /// A selected code the facet does not have (no provider can have it).
    impossible: bool,
}

impl Index {
    /// Indexes `providers`.
    pub fn build(providers: &[Provider]) -> Index {
        let options: Vec<Vec<FacetOption>> = Facet::ALL.iter().map(|f| f.options()).collect();
        let mut by_name: Vec<usize> = (0..providers.len()).collect();
        by_name.sort_by(|&a, &b| SortKey::Name.compare(&providers[a], &providers[b]));
        let mut ranks = vec![0u32; providers.len()];
        for (rank, &i) in by_name.iter().enumerate() {
            ranks[i] = rank as u32;
        }
        let entries = providers
            .iter()
            .zip(ranks)
            .map(|(p, rank)| Entry {
                haystack: haystack(p),
                masks: std::array::from_fn(|f| mask(&options[f], Facet::ALL[f].values(p))),
                keys: std::array::from_fn(|k| SortKey::ALL[k].value(p)),
                rank,
            })
            .collect();
        Index { entries, options }
    }

    /// Positions of the providers that pass every filter, in the filters' sort order.
    pub fn apply(&self, filters: &Filters) -> Vec<usize> {
        let query = Query::parse(&filters.q);
        let conditions = self.conditions(filters, None);
        let mut hits: Vec<usize> =
            (0..self.entries.len()).filter(|&i| self.passes(i, &query, &conditions)).collect();
        let k = position(&SortKey::ALL, filters.sort);
        hits.sort_unstable_by_key(|&i| {
            let e = &self.entries[i];
            (e.keys[k].is_none(), e.keys[k].unwrap_or(0), e.rank)
        });
        hits
    }

    /// For each option of `facet`: how many providers would show with it selected, given the
    /// search and the other facets (and, for all-of facets, the options already selected).
    pub fn counts(&self, filters: &Filters, facet: Facet) -> Vec<(&'static str, usize)> {
        let query = Query::parse(&filters.q);
        let f = position(&Facet::ALL, facet);
        let others = self.conditions(filters, Some(facet));
        let all = self.conditions(filters, None);
        // Any-of options widen the facet's own filter; all-of options narrow it, except "unknown",
        // which adds the providers whose menu is not stated.
        let without_facet: Vec<usize> =
            (0..self.entries.len()).filter(|&i| self.passes(i, &query, &others)).collect();
        let with_facet: Vec<usize> =
            without_facet.iter().copied().filter(|&i| self.passes(i, &query, &all)).collect();
        self.options[f]
            .iter()
            .enumerate()
            .map(|(bit, o)| {
                let base =
                    if facet.mode() == Mode::Any || o.code == UNKNOWN { &without_facet } else { &with_facet };
                (o.code, base.iter().filter(|&&i| self.entries[i].masks[f] & (1 << bit) != 0).count())
            })
            .collect()
    }

    /// The selected facets (but `skip`) as masks.
    fn conditions(&self, filters: &Filters, skip: Option<Facet>) -> Vec<Condition> {
        filters
            .selected
            .iter()
            .filter(|(facet, _)| Some(**facet) != skip)
            .map(|(facet, chosen)| {
                let f = position(&Facet::ALL, *facet);
                let known: Vec<&str> = chosen.iter().map(String::as_str).filter(|c| *c != UNKNOWN).collect();
                let known_mask = mask(&self.options[f], known.iter().copied());
                let impossible = known.iter().any(|c| mask(&self.options[f], [*c]) == 0);
                Condition {
                    facet: f,
                    mode: facet.mode(),
                    known: known_mask,
                    unknown: if chosen.contains(UNKNOWN) { mask(&self.options[f], [UNKNOWN]) } else { 0 },
                    impossible,
                }
            })
            .collect()
    }

    fn passes(&self, i: usize, query: &Query, conditions: &[Condition]) -> bool {
        let entry = &self.entries[i];
        if !query.is_empty() && !query.matches(&entry.haystack) {
            return false;
        }
        conditions.iter().all(|c| {
            let have = entry.masks[c.facet];
            let unknown_ok = have & c.unknown != 0;
            match c.mode {
                Mode::Any => have & c.known != 0 || unknown_ok,
                Mode::All => {
                    let has_known = c.known != 0 && !c.impossible && have & c.known == c.known;
                    has_known || unknown_ok
                }
            }
        })
    }
}

/// The bits of `codes` among `options`; codes that are not options set none.
fn mask<'a>(options: &[FacetOption], codes: impl IntoIterator<Item = &'a str>) -> Mask {
    codes
        .into_iter()
        .filter_map(|c| options.iter().position(|o| o.code == c))
        .fold(0, |m, bit| m | (1 << bit))
}

fn position<T: PartialEq>(all: &[T], item: T) -> usize {
    all.iter().position(|x| *x == item).unwrap_or(0)
}
