//! The directory's logic: facets (what each provider offers, with "unknown" explicit), the filter
//! state and its URL form, applying filters with counts, and sorting.

pub mod facet;
pub mod filters;
pub mod index;
pub mod loosen;
pub mod sort;

/// The option code for "not stated" in every facet.
pub const UNKNOWN: &str = "unknown";
