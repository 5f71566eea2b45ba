//! Site-level facts of `site.json`: the survey behind the recommendations, the three criteria
//! and the workload figures. They are data, not copy in views, so they can be checked and cited.

use serde::{Deserialize, Serialize};

use crate::provider::Criterion;

/// The schema version of `site.json` this app reads.
pub const SITE_SCHEMA_VERSION: u32 = 1;

/// Everything `site.json` holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteFacts {
    pub schema_version: u32,
    pub survey: Survey,
    pub criteria: Vec<CriterionFact>,
    pub workload: Workload,
}

/// How the recommended services were chosen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Survey {
    /// The association whose members were surveyed.
    pub association: String,
    /// Its short name (ATS).
    pub association_short: String,
    /// Regular members at the time of the survey.
    pub regular_members: u32,
    /// Members whose service details could be confirmed on their official websites.
    pub members_with_details: u32,
    /// Who was excluded from the survey (病院連携型).
    pub excluded: String,
    /// The survey period: "YYYY-MM/YYYY-MM".
    pub period: String,
    /// The survey period as shown to visitors.
    pub period_label: String,
    /// The method in this project's own words.
    pub method: String,
}

/// One selection criterion, its condition, and the provider it selected.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriterionFact {
    pub criterion: Criterion,
    /// The provider id chosen under this criterion.
    pub provider_id: String,
    /// The selection condition, restated in this project's words with the survey's facts intact.
    pub condition: String,
    /// Why the criterion matters when choosing a service, in this project's words.
    pub why_it_matters: String,
}

/// A figure with its year and the source the survey names for it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub label: String,
    pub value: f64,
    pub unit: String,
}

/// Radiologists' workload in Japan, as the source document cites it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workload {
    /// CT/MRI examinations per radiologist, by country.
    pub exams_per_radiologist: Vec<Figure>,
    pub exams_year: String,
    pub exams_source: String,
    /// Japan's CT/MRI report count per radiologist relative to the USA.
    pub report_ratio: Figure,
    pub report_ratio_year: String,
    pub report_ratio_source: String,
    /// The regional concentration finding, in this project's words.
    pub regional_note: String,
    pub regional_source: String,
}
