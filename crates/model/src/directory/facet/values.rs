//! Which options of each facet a provider has: the readings of its records that each filter
//! counts (docs/finder-and-clock.md, "The filters agree with the finder").

use crate::facts::RegionBasis;
use crate::feature::Feature;
use crate::provider::Provider;
use crate::reading::promise::{all_windows, fastest_normal, fastest_urgent, promises, quick};
use crate::rule::Due;

use super::{Facet, FEES, READING, SECURITY};
use crate::directory::UNKNOWN;

impl Facet {
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
        let (same_day, next_day, within_3) = match *rule.slowest_due() {
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
    let bands = [
        (reach.full.evenings, "evenings"),
        (reach.full.nights, "nights"),
        (reach.full.weekends, "weekends"),
        (reach.always, "always"),
    ];
    bands.into_iter().filter_map(|(yes, code)| yes.then_some(code)).collect()
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
