//! Sort orders of the directory. Unknown values always sort last; ties fall back to 五十音.

use std::cmp::Ordering;

use crate::provider::Provider;

use super::facet::{fastest_normal_minutes, fastest_urgent_minutes};

/// How results are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortKey {
    /// 五十音 order of the reading.
    #[default]
    Name,
    /// Fastest urgent return first.
    Urgent,
    /// Fastest normal return first.
    Normal,
    /// Shortest introduction period first.
    Intro,
}

impl SortKey {
    /// Every sort, in menu order.
    pub const ALL: [SortKey; 4] = [SortKey::Name, SortKey::Urgent, SortKey::Normal, SortKey::Intro];

    /// The URL code.
    pub fn code(self) -> &'static str {
        match self {
            SortKey::Name => "name",
            SortKey::Urgent => "urgent",
            SortKey::Normal => "normal",
            SortKey::Intro => "intro",
        }
    }

    /// Looks a sort up by its code.
    pub fn from_code(code: &str) -> Option<SortKey> {
        SortKey::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The label shown to visitors.
    pub fn label(self) -> &'static str {
        match self {
            SortKey::Name => "名前順(五十音)",
            SortKey::Urgent => "緊急読影が早い順",
            SortKey::Normal => "通常読影が早い順",
            SortKey::Intro => "導入期間が短い順",
        }
    }

    /// The value sorted by, `None` when not stated.
    pub(crate) fn value(self, p: &Provider) -> Option<u32> {
        match self {
            SortKey::Name => Some(0),
            SortKey::Urgent => fastest_urgent_minutes(p),
            SortKey::Normal => fastest_normal_minutes(p),
            SortKey::Intro => p.intro_period.iter().filter_map(|f| f.min_days.or(f.max_days)).min(),
        }
    }

    /// Compares two providers: stated values ascending, unknown last, then by reading.
    pub fn compare(self, a: &Provider, b: &Provider) -> Ordering {
        let by_value = match (self.value(a), self.value(b)) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        };
        by_value.then_with(|| a.sort_reading().cmp(b.sort_reading())).then_with(|| a.id.cmp(&b.id))
    }
}
