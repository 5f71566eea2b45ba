//! One organization: a provider record of `providers.json`.

use serde::{Deserialize, Serialize};

use crate::facts::{
    BusinessDaysFact, CountFact, LinkFact, MenuFact, OrgTypeFact, PeriodFact, PhoneFact, RegionFact,
    ReturnFact, TextFact, VoiceFact, YearFact,
};
use crate::feature::FeatureFact;

/// The three selection criteria of the recommendations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Criterion {
    /// 品質・信頼性.
    Quality,
    /// セキュリティ.
    Security,
    /// 対応時間.
    ResponseTime,
}

impl Criterion {
    /// Every criterion, in the order the recommendations are shown.
    pub const ALL: [Criterion; 3] = [Criterion::Quality, Criterion::Security, Criterion::ResponseTime];

    /// The label shown to visitors.
    pub fn label(self) -> &'static str {
        match self {
            Criterion::Quality => "品質・信頼性",
            Criterion::Security => "セキュリティ",
            Criterion::ResponseTime => "対応時間",
        }
    }
}

/// Why a provider is recommended for a criterion.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pick {
    pub criterion: Criterion,
    /// Headline features, in this project's own words.
    pub points: Vec<String>,
    pub source: String,
}

/// One organization and everything the sources state about it.
///
/// Every list field holds statements (with their source); an empty list means not stated.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provider {
    /// Stable ASCII slug: lowercase letters, digits and hyphens.
    pub id: String,
    /// The name shown: the organization's name when stated, else the service name, else a
    /// descriptive label in 【】.
    pub name: String,
    /// Hiragana reading of `name`, for 五十音 order. Optional: without one (or when a bad one is
    /// left out on loading), the provider sorts by its name; see [`Provider::sort_reading`].
    #[serde(default)]
    pub reading: String,
    /// The source codes whose lists include this organization.
    pub listed_in: Vec<String>,
    /// The survey period the record reflects: "YYYY-MM" or "YYYY-MM/YYYY-MM".
    pub as_of: String,
    /// A description in this project's own words, built only on stated facts.
    pub description: String,
    /// The organization's name exactly as each source writes it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<TextFact>,
    /// The service's name as each source writes it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub service_names: Vec<TextFact>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub org_type: Vec<OrgTypeFact>,
    /// Stated ties to universities, groups or partners, as short phrases.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub affiliations: Vec<TextFact>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub region: Vec<RegionFact>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub website: Vec<LinkFact>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phone: Vec<PhoneFact>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub menu: Vec<MenuFact>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub normal_return: Vec<ReturnFact>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub urgent_return: Vec<ReturnFact>,
    /// Optional services with their own return promise (24/365, next-morning, priority...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_returns: Vec<ReturnFact>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub intro_period: Vec<PeriodFact>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub business_days: Vec<BusinessDaysFact>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub features: Vec<FeatureFact>,
    /// Registered or resident radiologists.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub radiologists: Vec<CountFact>,
    /// Since when the organization or service has operated.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub since: Vec<YearFact>,
    /// Other stated facts that fit no field, in this project's own words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<TextFact>,
    /// Users' voices, summarized in this project's own words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub voices: Vec<VoiceFact>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pick: Option<Pick>,
}

impl Provider {
    /// What 五十音 order sorts by: the reading, or the name when no reading is given.
    pub fn sort_reading(&self) -> &str {
        if self.reading.is_empty() {
            &self.name
        } else {
            &self.reading
        }
    }
}
