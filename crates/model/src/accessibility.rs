//! The accessibility record: the statement, the pages tested, the checks (automated and manual)
//! and every WCAG 2.0 A/AA success criterion (JIS X 8341-3:2016) with its result and the checks
//! behind it. Built from docs/accessibility.md at build time and shown on `accessibility/`.

use serde::{Deserialize, Serialize};

/// How many success criteria levels A and AA have (25 + 13).
pub const CRITERIA_COUNT: usize = 38;

/// Result of a criterion that is met.
pub const MET: &str = "適合";
/// Result of a criterion with nothing on the site to apply to.
pub const NOT_APPLICABLE: &str = "非適用";

/// The whole record.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AccessibilityRecord {
    /// The statement's fields, in order (規格, 適合レベル, 試験日, …).
    pub statement: Vec<Field>,
    /// The pages tested.
    pub pages: Vec<TestedPage>,
    /// Checks run by the test command.
    pub automated: Vec<Check>,
    /// Checks done by a person, with their result.
    pub manual: Vec<Check>,
    /// The success criteria.
    pub criteria: Vec<Criterion>,
}

/// One labelled value of the statement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Field {
    pub label: String,
    pub value: String,
}

/// A page in the test set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TestedPage {
    pub name: String,
    /// Its address relative to the site's root (`providers/ys-reading/`), read with
    /// `Route::from_address`.
    pub route: String,
}

/// A check: `A01` (automated, `source` is the test) or `M01` (manual, `source` is the result).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Check {
    pub id: String,
    pub description: String,
    pub source: String,
}

/// One success criterion and its result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Criterion {
    /// `1.1.1`.
    pub number: String,
    pub title: String,
    /// `A` or `AA`.
    pub level: String,
    /// [`MET`] or [`NOT_APPLICABLE`].
    pub result: String,
    /// Ids of the checks behind the result.
    pub checks: Vec<String>,
    pub note: String,
}

impl AccessibilityRecord {
    /// What makes the record claim more than its checks show (empty when sound): every criterion
    /// of A and AA once, each met one backed by checks that exist, each inapplicable one explained.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.criteria.len() != CRITERIA_COUNT {
            problems.push(format!("{} criteria, expected {CRITERIA_COUNT}", self.criteria.len()));
        }
        let known = |id: &str| self.automated.iter().chain(&self.manual).any(|c| c.id == id);
        for (i, c) in self.criteria.iter().enumerate() {
            if self.criteria[..i].iter().any(|d| d.number == c.number) {
                problems.push(format!("{}: listed twice", c.number));
            }
            if c.level != "A" && c.level != "AA" {
                problems.push(format!("{}: level {:?}", c.number, c.level));
            }
            match c.result.as_str() {
                MET if c.checks.is_empty() => problems.push(format!("{}: met without a check", c.number)),
                MET => {}
                NOT_APPLICABLE if c.note.trim().is_empty() => {
                    problems.push(format!("{}: not applicable without a reason", c.number))
                }
                NOT_APPLICABLE => {}
                other => problems.push(format!("{}: result {other:?}", c.number)),
            }
            for id in c.checks.iter().filter(|id| !known(id)) {
                problems.push(format!("{}: unknown check {id}", c.number));
            }
        }
        for m in &self.manual {
            if m.source != "問題なし" {
                problems
                    .push(format!("{}: manual result {:?} does not support a met criterion", m.id, m.source));
            }
        }
        problems
    }

    /// How many criteria have `result`.
    pub fn count(&self, result: &str) -> usize {
        self.criteria.iter().filter(|c| c.result == result).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn criterion(number: &str, result: &str, checks: &[&str], note: &str) -> Criterion {
        Criterion {
            number: number.into(),
            title: "t".into(),
            level: "A".into(),
            result: result.into(),
            checks: checks.iter().map(|c| c.to_string()).collect(),
            note: note.into(),
        }
    }

    fn record(criteria: Vec<Criterion>) -> AccessibilityRecord {
        AccessibilityRecord {
            automated: vec![Check { id: "A01".into(), description: "d".into(), source: "x::y".into() }],
            manual: vec![Check { id: "M01".into(), description: "d".into(), source: "問題なし".into() }],
            criteria,
            ..Default::default()
        }
    }

    fn full(mut first: Vec<Criterion>) -> Vec<Criterion> {
        let n = first.len();
        first.extend((n..CRITERIA_COUNT).map(|i| criterion(&format!("9.9.{i}"), MET, &["A01"], "")));
        first
    }

    #[test]
    fn a_sound_record_has_no_problems() {
        let r = record(full(vec![criterion("1.2.1", NOT_APPLICABLE, &[], "音声・動画はありません")]));
        assert_eq!(r.problems(), Vec::<String>::new());
        assert_eq!(r.count(NOT_APPLICABLE), 1);
    }

    #[test]
    fn a_claim_without_a_real_check_is_refused() {
        let r = record(full(vec![
            criterion("1.1.1", MET, &[], ""),
            criterion("1.3.1", MET, &["A99"], ""),
            criterion("1.2.1", NOT_APPLICABLE, &[], " "),
            criterion("1.4.3", "一部適合", &["A01"], ""),
        ]));
        assert_eq!(
            r.problems(),
            vec![
                "1.1.1: met without a check",
                "1.3.1: unknown check A99",
                "1.2.1: not applicable without a reason",
                "1.4.3: result \"一部適合\"",
            ]
        );
    }

    #[test]
    fn every_criterion_once_and_manual_checks_passed() {
        let mut r = record(full(vec![criterion("1.1.1", MET, &["M01"], "")]));
        r.criteria.pop();
        r.criteria.push(criterion("1.1.1", MET, &["M01"], ""));
        r.manual[0].source = "要改善".into();
        assert_eq!(
            r.problems(),
            vec!["1.1.1: listed twice", "M01: manual result \"要改善\" does not support a met criterion"]
        );
        r.criteria.pop();
        assert!(r.problems()[0].starts_with("37 criteria"));
    }
}
