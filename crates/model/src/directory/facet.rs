//! Facets: the questions the directory can filter by, their options, and which options each
//! provider has. A provider about which the sources say nothing has the option `unknown`.

use crate::facts::Area;
use crate::feature::Feature;
use crate::modality::Modality;

use super::UNKNOWN;

mod values;

pub use values::{fastest_normal_minutes, fastest_urgent_minutes};

/// A filterable question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    Modality,
    Urgent,
    Normal,
    Hours,
    Reading,
    Security,
    Fees,
    Intro,
    Region,
    Details,
}

/// How options of one facet combine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A provider needs any selected option.
    Any,
    /// A provider needs every selected option (exam menus: "CT and mammography").
    All,
}

/// One option of a facet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetOption {
    pub code: &'static str,
    pub label: &'static str,
}

const fn opt(code: &'static str, label: &'static str) -> FacetOption {
    FacetOption { code, label }
}

const READING: [Feature; 5] = [
    Feature::DoubleReading,
    Feature::SecondaryReading,
    Feature::TripleReading,
    Feature::BlindReading,
    Feature::ReportCheck,
];
const SECURITY: [Feature; 5] = [
    Feature::PrivacyMark,
    Feature::MedisPrivacyMark,
    Feature::MultiSiteDataCenter,
    Feature::DedicatedLine,
    Feature::CloudPlatform,
];
const FEES: [Feature; 4] =
    [Feature::NoSliceSurcharge, Feature::NoPartSurcharge, Feature::NoInitialFee, Feature::NoMonthlyFee];

impl Facet {
    /// Every facet, in the order the filter panel shows them.
    pub const ALL: [Facet; 10] = [
        Facet::Modality,
        Facet::Urgent,
        Facet::Normal,
        Facet::Hours,
        Facet::Reading,
        Facet::Security,
        Facet::Fees,
        Facet::Intro,
        Facet::Region,
        Facet::Details,
    ];

    /// The URL query key.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Modality => "m",
            Facet::Urgent => "urgent",
            Facet::Normal => "normal",
            Facet::Hours => "hours",
            Facet::Reading => "reading",
            Facet::Security => "security",
            Facet::Fees => "fees",
            Facet::Intro => "intro",
            Facet::Region => "region",
            Facet::Details => "details",
        }
    }

    /// The heading shown to visitors.
    pub fn label(self) -> &'static str {
        match self {
            Facet::Modality => "検査・読影メニュー",
            Facet::Urgent => "緊急読影",
            Facet::Normal => "通常読影の返却",
            Facet::Hours => "依頼できる時間帯",
            Facet::Reading => "読影体制",
            Facet::Security => "セキュリティ",
            Facet::Fees => "料金(加算・固定費)",
            Facet::Intro => "導入期間",
            Facet::Region => "地域",
            Facet::Details => "詳細情報",
        }
    }

    /// A one-line hint on how the options combine and what they mean.
    pub fn hint(self) -> &'static str {
        match self {
            Facet::Modality => "選んだ検査をすべて扱うサービスに絞り込みます。",
            Facet::Urgent | Facet::Normal => {
                "返却の上限が分かる記載で判定します(目安を含み、「最短」だけの記載は含みません)。"
            }
            Facet::Hours => {
                "記載された受付時間がその時間帯をすべて含むかで判定します(一部だけなら含みません)。"
            }
            Facet::Intro => "記載された期間の上限で判定します(「最短」だけの記載は含みません)。",
            Facet::Region => "記載された地域で判定します(名称などからの推定は「記載なし」に数えます)。",
            _ => "いずれかに当てはまるサービスを表示します。",
        }
    }

    /// How options combine.
    pub fn mode(self) -> Mode {
        match self {
            Facet::Modality => Mode::All,
            _ => Mode::Any,
        }
    }

    /// Looks a facet up by its URL key.
    pub fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }

    /// The options, "not stated" last where it applies.
    pub fn options(self) -> Vec<FacetOption> {
        let unknown = opt(UNKNOWN, "記載なし");
        let mut options: Vec<FacetOption> = match self {
            Facet::Modality => Modality::ALL.iter().map(|m| opt(m.code(), m.label())).collect(),
            Facet::Urgent => vec![
                opt("60", "1時間以内"),
                opt("120", "2時間以内"),
                opt("180", "3時間以内"),
                opt("offered", "対応あり(時間を問わず)"),
                opt("not_offered", "対応なし"),
            ],
            Facet::Normal => vec![
                opt("same_day", "当日中"),
                opt("next_day", "翌日・翌営業日まで"),
                opt("within_3", "3日(3営業日)以内"),
                opt("stated", "記載あり(期間を問わず)"),
            ],
            Facet::Hours => vec![
                opt("evenings", "平日の夕方・夜(18時〜22時)に依頼できる"),
                opt("nights", "夜間(22時〜翌6時)に依頼できる"),
                opt("weekends", "土日・祝日に依頼できる"),
                opt("always", "24時間365日依頼できる"),
            ],
            Facet::Reading => READING.iter().map(|f| opt(f.code(), f.label())).collect(),
            Facet::Security => SECURITY.iter().map(|f| opt(f.code(), f.label())).collect(),
            Facet::Fees => FEES.iter().map(|f| opt(f.code(), f.label())).collect(),
            Facet::Intro => vec![
                opt("14", "2週間以内"),
                opt("30", "1か月以内"),
                opt("90", "3か月以内"),
                opt("stated", "記載あり(期間を問わず)"),
            ],
            Facet::Region => Area::ALL.iter().map(|a| opt(a.code(), a.label())).collect(),
            Facet::Details => {
                return vec![opt("published", "詳細を公開"), opt("unpublished", "詳細を確認できず")];
            }
        };
        options.push(unknown);
        options
    }
}
