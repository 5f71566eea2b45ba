//! Stated facts: every value in a provider record says which source stated it.
//!
//! A field holds a list of statements. An empty list means the sources say nothing about it
//! (shown as 記載なし). A statement whose `text` is `null` records that the source explicitly
//! lists the field as 記載なし. Two statements with different values are a conflict between
//! sources; both are kept and shown.

use serde::{Deserialize, Serialize};

use crate::modality::Modality;
use crate::rule::{ReturnRule, Window};

/// Anything that names the source it came from.
pub trait Sourced {
    /// The source code: a key of the dataset's `sources` table.
    fn source(&self) -> &str;
}

macro_rules! sourced {
    ($($t:ty),* $(,)?) => {$(
        impl Sourced for $t {
            fn source(&self) -> &str {
                &self.source
            }
        }
    )*};
}

sourced!(TextFact, MenuFact, ReturnFact, PeriodFact, LinkFact, PhoneFact, RegionFact);
sourced!(CountFact, YearFact, VoiceFact, OrgTypeFact, BusinessDaysFact);

/// A piece of text exactly as a source states it; `null` when the source lists it as 記載なし.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextFact {
    pub text: Option<String>,
    pub source: String,
}

/// An exam menu: the raw text as stated, the canonical modalities it names, and the ones this
/// guide only infers from its words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MenuFact {
    pub text: Option<String>,
    /// Exams the menu names outright (CT, MRI, マンモグラフィ…).
    #[serde(default)]
    pub modalities: Vec<Modality>,
    /// Exams read into words that do not name them (乳腺 → mammography): never a match alone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<InferredModality>,
    /// The source says the list is not complete. A text ending in 等 or その他 is partial too,
    /// whether or not this is set (see [`MenuFact::is_partial`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub partial: bool,
    pub source: String,
}

/// An exam inferred from a menu's words, with the words it was read from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InferredModality {
    pub code: Modality,
    /// The words of the menu it was read from, as written (e.g. "乳腺").
    pub from: String,
}

/// A report-return promise: the raw text, the rule it states (when unambiguous), and the
/// intake windows it applies to (when stated).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReturnFact {
    /// The name of an optional service, for `other_returns` (e.g. "24/365サービス").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The source calls the service an option (オプション): its promise is not the standard one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub option: bool,
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<ReturnRule>,
    /// When requests are accepted for this return; `None` means not stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intake: Option<Vec<Window>>,
    /// A stated cut-off (e.g. 16時までの受付で…): requests received by this time of a business
    /// day count from that day, later ones from the next business day. It states no start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cutoff: Option<crate::rule::Clock>,
    /// The source says this kind of reading is not offered (e.g. 緊急読影には対応なし).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub not_offered: bool,
    pub source: String,
}

/// An introduction period: raw text and the range in days it states. A best case (最短3日)
/// has `min_days` alone; only `max_days` bounds how long it takes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeriodFact {
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_days: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_days: Option<u32>,
    /// The source gives the period as a rough figure (約, 程度, 目安).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub approx: bool,
    pub source: String,
}

/// A web address (http or https only).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkFact {
    pub url: String,
    pub source: String,
}

/// A phone number (digits and hyphens, as stated) and the hours it answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhoneFact {
    pub number: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<String>,
    pub source: String,
}

/// Broad areas of Japan used by the region filter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    Hokkaido,
    Tohoku,
    Kanto,
    Chubu,
    Kinki,
    Chugoku,
    Shikoku,
    Kyushu,
    Nationwide,
}

impl Area {
    /// Every area, north to south, then nationwide.
    pub const ALL: [Area; 9] = [
        Area::Hokkaido,
        Area::Tohoku,
        Area::Kanto,
        Area::Chubu,
        Area::Kinki,
        Area::Chugoku,
        Area::Shikoku,
        Area::Kyushu,
        Area::Nationwide,
    ];

    /// The code used in URLs and JSON.
    pub fn code(self) -> &'static str {
        match self {
            Area::Hokkaido => "hokkaido",
            Area::Tohoku => "tohoku",
            Area::Kanto => "kanto",
            Area::Chubu => "chubu",
            Area::Kinki => "kinki",
            Area::Chugoku => "chugoku",
            Area::Shikoku => "shikoku",
            Area::Kyushu => "kyushu",
            Area::Nationwide => "nationwide",
        }
    }

    /// The label shown to visitors.
    pub fn label(self) -> &'static str {
        match self {
            Area::Hokkaido => "北海道",
            Area::Tohoku => "東北",
            Area::Kanto => "関東",
            Area::Chubu => "中部(北陸・甲信越・東海)",
            Area::Kinki => "近畿",
            Area::Chugoku => "中国",
            Area::Shikoku => "四国",
            Area::Kyushu => "九州・沖縄",
            Area::Nationwide => "全国対応",
        }
    }
}

/// How a region was established: stated in the text, or inferred from the organization's name
/// or its description (never a match alone).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RegionBasis {
    Stated,
    Name,
    Description,
}

/// Where an organization is based or serves.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionFact {
    pub area: Area,
    /// A prefecture or city when stated, as written (e.g. "久留米市").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    pub basis: RegionBasis,
    pub source: String,
}

/// A count such as the number of registered radiologists.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountFact {
    pub count: u32,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub approx: bool,
    /// "YYYY-MM" when the source dates the figure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    pub text: String,
    pub source: String,
}

/// A year, such as when a service started.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearFact {
    pub year: u16,
    pub text: String,
    pub source: String,
}

/// A user's voice, summarized in this project's own words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoiceFact {
    pub summary: String,
    pub source: String,
}

/// Kinds of organization.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrgType {
    Company,
    Npo,
    MedicalCorporation,
    Clinic,
    UniversityVenture,
}

/// The kind of organization, as stated (or evident from its name).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgTypeFact {
    pub value: OrgType,
    pub source: String,
}

/// Days on which the provider does business, when stated (e.g. 日曜定休 → Monday to Saturday).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BusinessDaysFact {
    pub open: Vec<crate::rule::Day>,
    pub text: String,
    pub source: String,
}

/// Convenience: the menu facts' raw text, for display.
impl MenuFact {
    /// The modalities of this statement, without duplicates, in canonical order.
    pub fn sorted_modalities(&self) -> Vec<Modality> {
        let mut m = self.modalities.clone();
        m.sort();
        m.dedup();
        m
    }
}
