//! The whole `providers.json` file: its schema version, its sources and its providers.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::provider::Provider;

/// The schema version this app reads.
pub const SCHEMA_VERSION: u32 = 1;

/// A source of statements: a section of the survey, or a hospital's own list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceInfo {
    /// What the source is, shown next to each value it stated.
    pub label: String,
    /// When it was surveyed: "YYYY-MM" or "YYYY-MM/YYYY-MM".
    pub as_of: String,
}

/// A loaded data set: every valid provider, in file order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    pub schema_version: u32,
    pub sources: BTreeMap<String, SourceInfo>,
    pub providers: Vec<Provider>,
}

impl Dataset {
    /// The provider with this id.
    pub fn provider(&self, id: &str) -> Option<&Provider> {
        self.providers.iter().find(|p| p.id == id)
    }

    /// The label of a source code, or the code itself when the table lacks it.
    pub fn source_label<'a>(&'a self, code: &'a str) -> &'a str {
        self.sources.get(code).map_or(code, |s| s.label.as_str())
    }
}
