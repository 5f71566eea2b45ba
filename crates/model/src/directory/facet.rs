//! Facets: the questions the directory can filter by, their options, and which options each
//! provider has. A provider about which the sources say nothing has the option `unknown`.

use crate::facts::{Area, RegionBasis};
use crate::feature::Feature;
use crate::modality::Modality;
use crate::provider::Provider;
use crate::reading::promise::{all_windows, fastest_normal, fastest_urgent, promises, quick};
use crate::rule::Due;

use super::UNKNOWN;

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

    /// The option codes `p` has for this facet.
    pub fn values(self, p: &Provider) -> Vec<&'static str> {
        let mut v = match self {
            Facet::Modality => modality_values(p),
            Facet::Urgent => urgent_values(p),
            Facet::Normal => normal_values(p),
            Facet::Hours => hours_values(p),
            Facet::Reading => feature_values(p, &READING),
            Facet::Security => feature_values(p, &SECURITY),
            Facet::Fees => feature_values(p, &FEES),
            Facet::Intro => intro_values(p),
            Facet::Region => region_values(p),
            Facet::Details => {
                let published = p.listed_in.iter().any(|s| s == "directory");
                vec![if published { "published" } else { "unpublished" }]
            }
        };
        v.sort_unstable();
        v.dedup();
        v
    }
}

fn or_unknown(v: Vec<&'static str>) -> Vec<&'static str> {
    if v.is_empty() {
        vec![UNKNOWN]
    } else {
        v
    }
}

fn modality_values(p: &Provider) -> Vec<&'static str> {
    or_unknown(p.menu.iter().flat_map(|m| m.modalities.iter().map(|m| m.code())).collect())
}

/// The fastest urgent promise that bounds the wait (see `reading::promise::fastest_urgent`).
pub fn fastest_urgent_minutes(p: &Provider) -> Option<u32> {
    fastest_urgent(&promises(p))
}

/// The fastest bound of the normal return, in (rough) minutes.
pub fn fastest_normal_minutes(p: &Provider) -> Option<u32> {
    fastest_normal(&promises(p))
}

fn urgent_values(p: &Provider) -> Vec<&'static str> {
    let promises = promises(p);
    let offered = quick(&promises).any(|pr| pr.described() && !pr.not_offered);
    let mut v = Vec::new();
    if let Some(m) = fastest_urgent(&promises) {
        for (limit, code) in [(60, "60"), (120, "120"), (180, "180")] {
            if m <= limit {
                v.push(code);
            }
        }
    }
    if offered {
        v.push("offered");
    } else if promises[1].not_offered {
        v.push("not_offered");
    }
    or_unknown(v)
}

fn normal_values(p: &Provider) -> Vec<&'static str> {
    let promises = promises(p);
    let normal = &promises[0];
    let mut v = Vec::new();
    if let Some(rule) = normal.rule().filter(|r| r.bounds()) {
        // An ambiguous rule counts by its slower reading.
        let other = rule.ambiguous.as_ref().and_then(|a| a.or.as_ref());
        let slower = match other {
            Some(o) if o.rough_minutes() > rule.due.rough_minutes() => o,
            _ => &rule.due,
        };
        let (same_day, next_day, within_3) = match *slower {
            Due::Minutes { minutes } => (false, minutes <= 1440, minutes <= 3 * 1440),
            Due::BusinessDays { days, .. } | Due::CalendarDays { days, .. } => {
                (days == 0, days <= 1, days <= 3)
            }
        };
        let flags = [(same_day, "same_day"), (next_day, "next_day"), (within_3, "within_3")];
        v.extend(flags.iter().filter(|(on, _)| *on).map(|(_, code)| *code));
    }
    if normal.described() {
        v.push("stated");
    }
    or_unknown(v)
}

/// The hours a provider's windows cover whole: a band they only touch is not claimed.
fn hours_values(p: &Provider) -> Vec<&'static str> {
    let Some(windows) = all_windows(p) else { return vec![UNKNOWN] };
    let reach = crate::hours::reach(windows);
    [(reach.full.nights, "nights"), (reach.full.weekends, "weekends"), (reach.always, "always")]
        .into_iter()
        .filter_map(|(yes, code)| yes.then_some(code))
        .collect()
}

fn feature_values(p: &Provider, group: &[Feature]) -> Vec<&'static str> {
    or_unknown(p.features.iter().filter(|f| group.contains(&f.code)).map(|f| f.code.code()).collect())
}

fn intro_values(p: &Provider) -> Vec<&'static str> {
    let mut v = Vec::new();
    for f in &p.intro_period {
        // Only an upper limit bounds the period: a best case (最短) alone does not.
        if let Some(days) = f.max_days {
            for (limit, code) in [(14, "14"), (30, "30"), (90, "90")] {
                if days <= limit {
                    v.push(code);
                }
            }
        }
        if f.text.is_some() {
            v.push("stated");
        }
    }
    or_unknown(v)
}

/// Stated regions only: a region inferred from a name counts as not stated.
fn region_values(p: &Provider) -> Vec<&'static str> {
    or_unknown(p.region.iter().filter(|r| r.basis == RegionBasis::Stated).map(|r| r.area.code()).collect())
}
