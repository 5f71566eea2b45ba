//! What to loosen when the filters leave few services: include the services that state nothing
//! for a chosen condition (記載なし), or drop one chosen option, each with how many services it
//! would show. With 61 services and most stating no request hours, a strict filter often leaves
//! one or two; the visitor should not have to guess which tick to undo.

use super::facet::{Facet, Mode};
use super::filters::Filters;
use super::index::{Index, Matches};
use super::UNKNOWN;

/// Fewer results than this suggest loosening.
pub const FEW: usize = 3;

/// One way to loosen the filters.
#[derive(Clone, Debug, PartialEq)]
pub struct Loosening {
    /// What the button says (「依頼できる時間帯」で記載なしも含める, 「土日・祝日」を外す).
    pub label: String,
    /// The filters after the change.
    pub filters: Filters,
    /// How many services they show.
    pub count: usize,
}

/// The changes that would show more services than `now`, most results first (at most four):
/// including 記載なし in a facet whose options any one may meet, and removing each chosen
/// option. Nothing when `now` is [`FEW`] or more.
pub fn loosenings(index: &Index, matches: &Matches, filters: &Filters, now: usize) -> Vec<Loosening> {
    if now >= FEW {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut consider = |label: String, filters: Filters| {
        let count = index.apply_within(matches, &filters).len();
        if count > now {
            out.push(Loosening { label, filters, count });
        }
    };
    for facet in Facet::ALL {
        let chosen: Vec<_> =
            facet.options().into_iter().filter(|o| filters.is_selected(facet, o.code)).collect();
        if chosen.is_empty() {
            continue;
        }
        // Where every chosen option must hold (the exams), 記載なし is no alternative to them.
        let has_unknown = facet.options().iter().any(|o| o.code == UNKNOWN);
        if facet.mode() == Mode::Any && has_unknown && !filters.is_selected(facet, UNKNOWN) {
            let mut wider = filters.clone();
            wider.toggle(facet, UNKNOWN);
            consider(format!("「{}」で記載なしも含める", facet.label()), wider);
        }
        for option in chosen {
            let mut wider = filters.clone();
            wider.toggle(facet, option.code);
            consider(format!("「{}」を外す", option.label), wider);
        }
    }
    out.sort_by_key(|way| std::cmp::Reverse(way.count));
    out.truncate(4);
    out
}
