//! The score in words, for the page: what each preference is worth for the profile asked (shown
//! above the results), the general rule (順位の決め方), and one result's points by part (shown
//! beside its score). Every number is read from `finder::points`, which the checks add up.

use crate::feature::Feature;
use crate::provider::Criterion;

use super::points::{
    fitting_fees, weight, ACUTE_URGENT_WITHIN, ALWAYS_POINTS, EQUAL_WEIGHT, FACILITY_POINTS,
    HIGH_VOLUME_FEES, LOW_VOLUME_FEES, NORMAL_POINTS, NORMAL_WITHIN, PER_FEATURE, PER_FEE, PRIORITY_WEIGHTS,
    QUALITY_CAP, REGION_POINTS, SECURITY_CAP, URGENT_POINTS,
};
use super::profile::{Facility, Profile};
use super::score::Reason;

/// What priority `c` is worth with weight `w`, the weight applied.
fn criterion_rule(c: Criterion, w: i32) -> String {
    let per = w * PER_FEATURE;
    match c {
        Criterion::Quality => format!(
            "読影体制(二次読影・ダブル読影・レポートチェック等)の記載1つにつき{per}点(最大{}点)",
            per * QUALITY_CAP as i32
        ),
        Criterion::Security => format!(
            "認証・データ保護(プライバシーマーク・専用回線等)の記載1つにつき{per}点(最大{}点)",
            per * SECURITY_CAP as i32
        ),
        Criterion::ResponseTime => {
            let urgent: Vec<String> = URGENT_POINTS
                .iter()
                .map(|(within, points)| format!("{}時間以内なら{}点", within / 60, points * w))
                .collect();
            format!(
                "緊急読影の返却が{}、通常読影の返却が{}日以内なら{}点、24時間365日受付なら{}点",
                urgent.join("・"),
                NORMAL_WITHIN / 1440,
                NORMAL_POINTS * w,
                ALWAYS_POINTS * w
            )
        }
    }
}

/// What fits a facility type, in words.
fn facility_fit(f: Facility) -> String {
    match f {
        Facility::Clinic => "読影医への相談".into(),
        Facility::SmallHospital => "専門医への割り振り".into(),
        Facility::AcuteHospital => format!("{}時間以内の緊急読影", ACUTE_URGENT_WITHIN / 60),
        Facility::Screening => "健診・検診の読影".into(),
    }
}

fn labels(features: &[Feature]) -> String {
    features.iter().map(|f| f.label()).collect::<Vec<_>>().join("・")
}

/// What adds points for `profile`, one line per part of the score, in the order the priorities
/// were chosen: the lines above the results.
pub fn summary(profile: &Profile) -> Vec<String> {
    let order =
        if profile.priorities.is_empty() { Criterion::ALL.to_vec() } else { profile.priorities.clone() };
    let mut lines: Vec<String> = order
        .into_iter()
        .map(|c| {
            let w = weight(profile, c);
            let why = match profile.priorities.iter().position(|x| *x == c) {
                Some(i) => format!("(重視する点の{}番目、{w}倍)", i + 1),
                None => String::new(),
            };
            format!("{}{why}: {}", c.label(), criterion_rule(c, w))
        })
        .collect();
    if let Some(area) = profile.region {
        lines.push(format!("地域: {}または全国対応の記載があれば{REGION_POINTS}点", area.label()));
    }
    if let Some(f) = profile.facility {
        lines.push(format!("施設の種類: {}の記載があれば{FACILITY_POINTS}点", facility_fit(f)));
    }
    if let Some(fees) = profile.volume.map(fitting_fees).filter(|fees| !fees.is_empty()) {
        lines.push(format!("料金: {}の記載1つにつき{PER_FEE}点", labels(fees)));
    }
    let skipped: Vec<&str> =
        Criterion::ALL.iter().filter(|c| weight(profile, **c) == 0).map(|c| c.label()).collect();
    if !skipped.is_empty() {
        lines.push(format!("{}: 重視する点に選んでいないため数えません", skipped.join("・")));
    }
    lines
}

/// The general rule of the points, for 順位の決め方: the priorities, then the other preferences.
pub fn general() -> [String; 2] {
    let weights: Vec<String> =
        PRIORITY_WEIGHTS.iter().enumerate().map(|(i, w)| format!("{}番目を{w}倍", i + 1)).collect();
    let rules: Vec<String> = Criterion::ALL
        .iter()
        .map(|c| format!("{}は{}", c.label(), criterion_rule(*c, EQUAL_WEIGHT)))
        .collect();
    let priorities = format!(
        "重視する点は、{}で点数にします(選ばない場合はすべて{EQUAL_WEIGHT}倍。一部だけ選んだ場合、選ばなかった点は数えません)。{}です。",
        weights.join("、"),
        rules.join("。")
    );
    let fits: Vec<String> = [
        ("診療所", Facility::Clinic),
        ("中小病院", Facility::SmallHospital),
        ("急性期", Facility::AcuteHospital),
        ("健診施設", Facility::Screening),
    ]
    .into_iter()
    .map(|(name, f)| format!("{name}: {}", facility_fit(f)))
    .collect();
    let others = format!(
        "地域が合えば{REGION_POINTS}点、施設の種類に合う特徴({})があれば{FACILITY_POINTS}点、依頼件数に合う料金の特徴(少ない: {}、多い: {})は1つにつき{PER_FEE}点です。",
        fits.join("、"),
        labels(&LOW_VOLUME_FEES),
        labels(&HIGH_VOLUME_FEES)
    );
    [priorities, others]
}

/// One result's points by part of the score (the topics of its reasons, in their order), parts
/// worth nothing left out. The parts add up to the result's score.
pub fn breakdown(reasons: &[Reason]) -> Vec<(&'static str, i32)> {
    let mut parts: Vec<(&'static str, i32)> = Vec::new();
    for r in reasons.iter().filter(|r| r.points != 0) {
        let label = r.topic.label();
        match parts.iter_mut().find(|(l, _)| *l == label) {
            Some(part) => part.1 += r.points,
            None => parts.push((label, r.points)),
        }
    }
    parts
}

/// The breakdown in words: 「内訳: 品質・信頼性 4点+対応時間 6点」, or that nothing adds points.
pub fn breakdown_text(reasons: &[Reason]) -> String {
    let parts = breakdown(reasons);
    if parts.is_empty() {
        return "加点となる記載なし".into();
    }
    let parts: Vec<String> = parts.iter().map(|(label, points)| format!("{label} {points}点")).collect();
    format!("内訳: {}", parts.join("+"))
}

/// Why the services to confirm are listed apart from the matches, and how many of all `total`
/// are shown (`shown`: those whose details the survey published).
pub fn unconfirmed_note(total: usize, shown: usize) -> String {
    if total == 0 {
        return "選んだ条件について、記載がなく判断できないサービスはありません。".into();
    }
    let why = "これらのサービスは、選んだ条件(検査・時間帯・緊急読影)の判断に必要な事項が公開情報に書かれていないか、一部・推定・「最短」だけの記載のため、条件を満たすとも合わないとも判断できません。記載がないことは「対応していない」という意味ではありません。利用を検討する場合は、各サービスに直接お問い合わせください。";
    let count = if shown == total {
        format!("要確認の{total}件をすべて表示しています。")
    } else {
        format!(
            "要確認の全{total}件のうち、詳細を公開している{shown}件を表示しています(残り{}件は調査で詳細を確認できなかったサービスです)。",
            total - shown
        )
    };
    format!("{why}{count}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Area;
    use crate::finder::profile::Volume;

    #[test]
    fn the_summary_names_what_counts_for_the_profile_with_its_weight() {
        let none = summary(&Profile::default());
        assert_eq!(none.len(), 3, "the three priorities, each once: {none:?}");
        assert!(
            none[0].starts_with("品質・信頼性: ") && none[0].ends_with(&format!("(最大{QUALITY_CAP}点)"))
        );
        assert!(none[2].contains("1時間以内なら3点・2時間以内なら2点・3時間以内なら1点"), "{}", none[2]);
        let profile = Profile {
            priorities: vec![Criterion::ResponseTime],
            region: Some(Area::Kanto),
            facility: Some(Facility::AcuteHospital),
            volume: Some(Volume::High),
            ..Profile::default()
        };
        let lines = summary(&profile);
        assert_eq!(
            lines,
            vec![
                "対応時間(重視する点の1番目、3倍): 緊急読影の返却が1時間以内なら9点・2時間以内なら6点・3時間以内なら3点、通常読影の返却が2日以内なら3点、24時間365日受付なら3点",
                "地域: 関東または全国対応の記載があれば2点",
                "施設の種類: 2時間以内の緊急読影の記載があれば2点",
                "料金: スライス加算なし・部位加算なしの記載1つにつき1点",
                "品質・信頼性・セキュリティ: 重視する点に選んでいないため数えません",
            ]
        );
        let mid = Profile { volume: Some(Volume::Mid), ..Profile::default() };
        assert_eq!(summary(&mid).len(), 3, "a middle volume adds no points");
    }

    #[test]
    fn the_general_rule_reads_the_same_numbers() {
        let [priorities, others] = general();
        assert!(
            priorities.starts_with("重視する点は、1番目を3倍、2番目を2倍、3番目を1倍で点数にします"),
            "{priorities}"
        );
        assert!(priorities.contains(&format!("最大{SECURITY_CAP}点")), "{priorities}");
        assert!(others.starts_with(&format!("地域が合えば{REGION_POINTS}点")), "{others}");
        assert!(others.contains("急性期: 2時間以内の緊急読影"), "{others}");
    }

    #[test]
    fn the_note_on_services_to_confirm_says_why_and_how_many() {
        let note = unconfirmed_note(59, 35);
        assert!(note.contains("条件を満たすとも合わないとも判断できません"), "{note}");
        assert!(
            note.contains("要確認の全59件のうち、詳細を公開している35件を表示しています(残り24件"),
            "{note}"
        );
        assert!(unconfirmed_note(3, 3).ends_with("要確認の3件をすべて表示しています。"));
        assert_eq!(
            unconfirmed_note(0, 0),
            "選んだ条件について、記載がなく判断できないサービスはありません。"
        );
    }
}
