//! The preferences of the finder (priorities, region, volume, facility type): each adds points
//! for what a record states, worth what `finder::points` says, and never excludes.

use crate::facts::Area;
use crate::feature::Feature;
use crate::provider::{Criterion, Provider};
use crate::reading::promise::{fastest_normal, promises};
use crate::reading::region_basis;

use super::{count, stated, Findings, Status, Topic};
use crate::finder::points::{
    fitting_fees, urgent_points, weight, ACUTE_URGENT_WITHIN, ALWAYS_POINTS, FACILITY_POINTS, NORMAL_POINTS,
    NORMAL_WITHIN, PER_FEATURE, PER_FEE, QUALITY, QUALITY_CAP, REGION_POINTS, SECURITY, SECURITY_CAP,
};
use crate::finder::profile::{Facility, Profile, Volume};
use crate::finder::record::Record;

pub(super) fn priorities(r: &Record, p: &Provider, profile: &Profile, out: &mut Findings) {
    let groups = [
        (
            Criterion::Quality,
            &QUALITY[..],
            QUALITY_CAP,
            "読影体制(二次読影・ダブルチェック等)の記載がありません",
        ),
        (Criterion::Security, &SECURITY[..], SECURITY_CAP, "認証やデータ保護の記載がありません"),
    ];
    for (criterion, group, cap, missing) in groups {
        let w = weight(profile, criterion);
        if w == 0 {
            continue;
        }
        out.topic = Topic::Priority(criterion);
        let label = criterion.label();
        match count(r, group) {
            0 => out.add(Status::Unknown, 0, || format!("{label}: {missing}")),
            found => out.add(Status::Met, w * PER_FEATURE * found.min(cap) as i32, || {
                format!("{label}: {}", stated(r, group).join("、"))
            }),
        }
    }
    let t = weight(profile, Criterion::ResponseTime);
    if t > 0 {
        out.topic = Topic::Priority(Criterion::ResponseTime);
        let urgent = r.fastest_urgent;
        let mut points = urgent_points(urgent);
        points += NORMAL_POINTS * i32::from(r.fastest_normal.is_some_and(|m| m <= NORMAL_WITHIN));
        points += ALWAYS_POINTS * i32::from(r.hours.is_some_and(|h| h.always));
        if urgent.is_none() && r.fastest_normal.is_none() {
            out.add(Status::Unknown, 0, || "対応時間: 返却時間の記載がありません".into());
        } else {
            out.add(Status::Met, t * points, || {
                let promises = promises(p);
                let urgent = r.quick.iter().find(|q| q.bounds && Some(q.minutes) == urgent).map(|q| {
                    let pr = &promises[q.promise];
                    format!("{}は{}", pr.label(), pr.rule().map(|r| r.describe()).unwrap_or_default())
                });
                let normal = fastest_normal(&promises).and(promises[0].rule());
                let normal = normal.map(|rule| format!("通常読影は{}", rule.describe()));
                let parts: Vec<String> = urgent.into_iter().chain(normal).collect();
                format!("対応時間: {}", parts.join("、"))
            });
        }
    }
}

pub(super) fn region(r: &Record, p: &Provider, profile: &Profile, out: &mut Findings) {
    let Some(wanted) = profile.region else { return };
    if r.has_area(wanted) || r.has_area(Area::Nationwide) {
        let how = if r.has_area(wanted) { wanted.label() } else { Area::Nationwide.label() };
        out.add(Status::Met, REGION_POINTS, || format!("地域: {how}の記載があります"));
    } else if r.infers_area(wanted) || r.infers_area(Area::Nationwide) {
        out.add(Status::Unknown, 0, || {
            let from: Vec<String> = p
                .region
                .iter()
                .filter(|x| x.area == wanted || x.area == Area::Nationwide)
                .map(|x| format!("{}: {}", x.area.label(), region_basis(x.basis).label()))
                .collect();
            format!("地域: {}。地域の記載ではありません", from.join("、"))
        });
    } else if r.areas == 0 {
        out.add(Status::Unknown, 0, || {
            "地域: 拠点や対応地域の記載がありません(遠隔のため地域を問わない場合もあります)".into()
        });
    } else {
        out.add(Status::Unmet, 0, || {
            let labels: Vec<&str> = p.region.iter().map(|r| r.area.label()).collect();
            format!("地域: 記載されている地域は{}です", labels.join("・"))
        });
    }
}

pub(super) fn volume(r: &Record, profile: &Profile, out: &mut Findings) {
    let Some(volume) = profile.volume else { return };
    let why = match volume {
        Volume::Low => "件数が少ないと固定費の比重が大きくなります",
        Volume::High => "件数が多いと加算費用の影響が大きくなります",
        Volume::Mid => {
            return out
                .add(Status::Unknown, 0, || "件数: 受け入れ件数の上限や料金表は記載がありません".into())
        }
    };
    let wanted = fitting_fees(volume);
    match count(r, wanted) {
        0 => out.add(Status::Unknown, 0, || {
            let labels: Vec<&str> = wanted.iter().map(|f| f.label()).collect();
            format!("料金: {}の記載がありません({why})", labels.join("・"))
        }),
        found => out.add(Status::Met, PER_FEE * found as i32, || {
            format!("料金: {}({why})", stated(r, wanted).join("、"))
        }),
    }
}

/// Whether `r` states what fits `facility`.
fn fits(r: &Record, facility: Facility) -> bool {
    match facility {
        Facility::Clinic => r.has_feature(Feature::Consultation),
        Facility::SmallHospital => r.has_feature(Feature::SpecialistMatching),
        Facility::AcuteHospital => r.fastest_urgent.is_some_and(|m| m <= ACUTE_URGENT_WITHIN),
        Facility::Screening => r.has_modality(crate::modality::Modality::Screening),
    }
}

pub(super) fn facility(r: &Record, profile: &Profile, out: &mut Findings) {
    let Some(facility) = profile.facility else { return };
    if fits(r, facility) {
        out.add(Status::Met, FACILITY_POINTS, || {
            let text = match facility {
                Facility::Clinic => "読影医に質問・相談できると記載があります(専門外の相談に)".to_string(),
                Facility::SmallHospital => "領域ごとの専門医に割り振ると記載があります".to_string(),
                Facility::AcuteHospital => {
                    format!("{}時間以内の緊急読影の記載があります(救急対応に)", ACUTE_URGENT_WITHIN / 60)
                }
                Facility::Screening => "健診・検診の読影を扱うと記載があります".to_string(),
            };
            format!("施設の種類: {text}")
        });
    }
}
