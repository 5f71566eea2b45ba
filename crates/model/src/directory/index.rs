//! A search index over the providers, built once per data set: every provider's folded search
//! text, its facet options as bit masks, and the providers in the order of each sort. Applying
//! filters, counting options and sorting read only the index, with integer operations.

use crate::provider::Provider;
use crate::search::{Corpus, Query};

use super::facet::{Facet, FacetOption, Mode};
use super::filters::Filters;
use super::sort::SortKey;
use super::UNKNOWN;

/// One bit per option of a facet, in the order of `Facet::options` (no facet has more than 64).
type Mask = u64;

/// What filtering and sorting need of one provider.
#[derive(Clone, Debug)]
struct Entry {
    /// The options the provider has, per facet in `Facet::ALL` order.
    masks: [Mask; Facet::ALL.len()],
    /// Position in 五十音 order of the reading (then id): the tie-break of every sort.
    rank: u32,
}

/// The index of a provider list (same order as the list).
#[derive(Clone, Debug, Default)]
pub struct Index {
    entries: Vec<Entry>,
    /// Every provider's folded search text.
    corpus: Corpus,
    /// Every facet's options, in `Facet::ALL` order.
    options: Vec<Vec<FacetOption>>,
    /// Every provider's position, in the order of each sort (`SortKey::ALL` order): sorted once
    /// here, so that a filter change only picks the passing providers out of the right order.
    orders: Vec<Vec<u32>>,
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
                masks: std::array::from_fn(|f| mask(&options[f], Facet::ALL[f].values(p))),
                rank,
            })
            .collect::<Vec<Entry>>();
        let orders = SortKey::ALL
            .iter()
            .map(|key| {
                // Stated values first (smallest first), then the unstated; ties in 五十音 order.
                let values: Vec<Option<u32>> = providers.iter().map(|p| key.value(p)).collect();
                let mut order: Vec<u32> = (0..providers.len() as u32).collect();
                order.sort_unstable_by_key(|&i| {
                    let i = i as usize;
                    (values[i].is_none(), values[i].unwrap_or(0), entries[i].rank)
                });
                order
            })
            .collect();
        Index { entries, corpus: Corpus::build(providers), options, orders }
    }

    /// Which providers the search words match. Kept apart from the facets so that ticking a box
    /// does not search every text again.
    pub fn matching(&self, q: &str) -> Matches {
        let query = Query::parse(q);
        if query.is_empty() {
            return Matches(None);
        }
        Matches(Some(self.corpus.matching(&query)))
    }

    /// Positions of the providers that pass every filter, in the filters' sort order.
    pub fn apply(&self, filters: &Filters) -> Vec<usize> {
        self.apply_within(&self.matching(&filters.q), filters)
    }

    /// [`Index::apply`] with the search already done (`matches` must be of `filters.q`).
    pub fn apply_within(&self, matches: &Matches, filters: &Filters) -> Vec<usize> {
        let conditions = self.conditions(filters);
        self.orders[position(&SortKey::ALL, filters.sort)]
            .iter()
            .map(|&i| i as usize)
            .filter(|&i| matches.contains(i) && self.failing(i, &conditions).next().is_none())
            .collect()
    }

    /// For each option of `facet`: how many providers it stands for, given the search and the other
    /// facets. Any-of options count each on its own. Of an all-of facet, an exam counts the
    /// providers that have it and every exam already ticked ("CT and MRI"), and "unknown" the
    /// providers whose menu is not stated.
    pub fn counts(&self, filters: &Filters, facet: Facet) -> Vec<(&'static str, usize)> {
        self.all_counts(&self.matching(&filters.q), filters).swap_remove(position(&Facet::ALL, facet))
    }

    /// [`Index::counts`] of every facet (in `Facet::ALL` order), in one pass over the providers.
    pub fn all_counts(&self, matches: &Matches, filters: &Filters) -> Vec<Vec<(&'static str, usize)>> {
        let conditions = self.conditions(filters);
        let mut counts: Vec<Vec<usize>> = self.options.iter().map(|o| vec![0; o.len()]).collect();
        let unknown: Vec<Mask> = self.options.iter().map(|o| mask(o, [UNKNOWN])).collect();
        // Per facet: the options ticked there other than "unknown", and whether one of them is
        // not an option at all.
        let ticked: Vec<(Mask, bool)> = (0..Facet::ALL.len())
            .map(|f| conditions.iter().find(|c| c.facet == f).map_or((0, false), |c| (c.known, c.impossible)))
            .collect();
        for (i, entry) in self.entries.iter().enumerate() {
            if !matches.contains(i) {
                continue;
            }
            // Only a provider that fails at most one facet can count, and then only for the options
            // of that facet (ticking one may let it pass) or, failing none, of every facet.
            let mut failing = self.failing(i, &conditions);
            let (first, second) = (failing.next(), failing.next());
            if second.is_some() {
                continue;
            }
            for (f, facet) in Facet::ALL.iter().enumerate() {
                if first.is_some_and(|g| g != f) {
                    continue;
                }
                let have = entry.masks[f];
                match facet.mode() {
                    Mode::Any => {
                        let mut bits = have;
                        while bits != 0 {
                            counts[f][bits.trailing_zeros() as usize] += 1;
                            bits &= bits - 1;
                        }
                    }
                    Mode::All => {
                        // "unknown" counts the providers it adds; an exam, those that have it
                        // and every exam ticked with it.
                        let (known, impossible) = ticked[f];
                        for (bit, n) in counts[f].iter_mut().enumerate() {
                            let option: Mask = 1 << bit;
                            let with_option = known | option;
                            let counted = if option == unknown[f] {
                                have & option != 0
                            } else {
                                !impossible && have & with_option == with_option
                            };
                            *n += usize::from(counted);
                        }
                    }
                }
            }
        }
        self.options
            .iter()
            .zip(counts)
            .map(|(options, n)| options.iter().map(|o| o.code).zip(n).collect())
            .collect()
    }

    /// The bit of option `code` of `facet` (0 when there is no such option), to test against
    /// [`Index::facet_bits`]: what others rank by, such as the finder, need not work options out
    /// again, and a caller testing many providers finds the bit once.
    pub fn option_bit(&self, facet: Facet, code: &str) -> u64 {
        mask(&self.options[position(&Facet::ALL, facet)], [code])
    }

    /// The options provider `i` has of `facet`, as bits (see [`Index::option_bit`]).
    pub fn facet_bits(&self, i: usize, facet: Facet) -> u64 {
        self.entries[i].masks[position(&Facet::ALL, facet)]
    }

    /// Provider `i`'s position in 五十音 order (then id): the tie-break of every order.
    pub fn rank(&self, i: usize) -> u32 {
        self.entries[i].rank
    }

    /// The selected facets as masks.
    fn conditions(&self, filters: &Filters) -> Vec<Condition> {
        filters
            .selected
            .iter()
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

    /// The facets (positions in `Facet::ALL`) whose condition provider `i` fails.
    fn failing<'a>(&'a self, i: usize, conditions: &'a [Condition]) -> impl Iterator<Item = usize> + 'a {
        let entry = &self.entries[i];
        conditions
            .iter()
            .filter(move |c| {
                let have = entry.masks[c.facet];
                let unknown_ok = have & c.unknown != 0;
                let passes = match c.mode {
                    Mode::Any => have & c.known != 0 || unknown_ok,
                    Mode::All => (c.known != 0 && !c.impossible && have & c.known == c.known) || unknown_ok,
                };
                !passes
            })
            .map(|c| c.facet)
    }
}

/// The providers the search words match: `None` when there are no words (all match).
#[derive(Clone, Debug, PartialEq)]
pub struct Matches(Option<Vec<bool>>);

impl Matches {
    /// Whether provider `i` matches.
    pub fn contains(&self, i: usize) -> bool {
        self.0.as_ref().is_none_or(|m| m.get(i).copied().unwrap_or(false))
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
