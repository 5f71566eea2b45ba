//! The sections of the guide page, once for the app (its table of contents and anchors) and for
//! the article builder (which checks the sections an article links to).

/// A section of the guide page, in page order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    WhatIs,
    Types,
    Surcharges,
    Survey,
    Workload,
}

impl Section {
    /// Every section, in page order.
    pub const ALL: [Section; 5] =
        [Section::WhatIs, Section::Types, Section::Surcharges, Section::Survey, Section::Workload];

    /// The fragment id (`#/guide/{id}`), also used in the articles' front matter.
    pub fn id(self) -> &'static str {
        match self {
            Section::WhatIs => "what-is",
            Section::Types => "types",
            Section::Surcharges => "surcharges",
            Section::Survey => "survey",
            Section::Workload => "workload",
        }
    }

    /// The section's heading.
    pub fn title(self) -> &'static str {
        match self {
            Section::WhatIs => "遠隔画像診断とは",
            Section::Types => "病院連携型と企業委託型",
            Section::Surcharges => "部位加算とスライス加算",
            Section::Survey => "このガイドの調査方法",
            Section::Workload => "放射線科医の業務量",
        }
    }

    /// The section with this id.
    pub fn from_id(id: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.id() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_back() {
        for s in Section::ALL {
            assert_eq!(Section::from_id(s.id()), Some(s));
        }
        assert_eq!(Section::from_id("nope"), None);
    }
}
