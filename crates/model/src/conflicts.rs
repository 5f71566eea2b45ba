//! Conflicts: fields where two sources state different values. Both values are kept in the
//! data; this finds them so the app and the validator can point them out.

use crate::describe::{describe_windows, window_key};
use crate::facts::{ReturnFact, TextFact};
use crate::provider::Provider;

/// Two or more different values for one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// The field, as in the JSON (e.g. `intro_period`, `normal_return.rule`).
    pub field: String,
    /// Each distinct value with the sources that state it, in file order.
    pub values: Vec<(String, Vec<String>)>,
}

/// Every conflict in a provider record.
pub fn conflicts(p: &Provider) -> Vec<Conflict> {
    let mut found = Vec::new();
    // Values are (comparison key, display text, source); statements with no value are skipped.
    let mut check = |field: String, values: Vec<(Option<(String, String)>, &str)>| {
        let mut distinct: Vec<(String, String, Vec<String>)> = Vec::new();
        for (value, source) in values {
            let Some((key, shown)) = value else { continue };
            match distinct.iter_mut().find(|(k, _, _)| *k == key) {
                Some((_, _, sources)) => sources.push(source.to_string()),
                None => distinct.push((key, shown, vec![source.to_string()])),
            }
        }
        if distinct.len() > 1 {
            let values = distinct.into_iter().map(|(_, shown, sources)| (shown, sources)).collect();
            found.push(Conflict { field, values });
        }
    };
    check("service_names".into(), texts(&p.service_names));
    check("menu".into(), p.menu.iter().map(|m| (m.text.as_deref().map(same), m.source.as_str())).collect());
    for (field, facts) in [("normal_return", &p.normal_return), ("urgent_return", &p.urgent_return)] {
        check(format!("{field}.rule"), rules(facts));
        check(format!("{field}.intake"), intakes(facts));
    }
    let mut labels: Vec<&str> = p.other_returns.iter().filter_map(|r| r.label.as_deref()).collect();
    labels.dedup();
    for label in labels {
        let same_label: Vec<ReturnFact> =
            p.other_returns.iter().filter(|r| r.label.as_deref() == Some(label)).cloned().collect();
        check(format!("other_returns[{label}].rule"), rules(&same_label));
        check(format!("other_returns[{label}].intake"), intakes(&same_label));
    }
    check(
        "intro_period".into(),
        p.intro_period
            .iter()
            .map(|f| {
                let days = (f.min_days.is_some() || f.max_days.is_some())
                    .then(|| format!("{}〜{}日", opt(f.min_days), opt(f.max_days)));
                (days.or_else(|| f.text.clone()).map(|d| (d.clone(), d)), f.source.as_str())
            })
            .collect(),
    );
    check("phone".into(), p.phone.iter().map(|f| (Some(same(&f.number)), f.source.as_str())).collect());
    found
}

fn texts(facts: &[TextFact]) -> Vec<(Option<(String, String)>, &str)> {
    facts.iter().map(|f| (f.text.as_deref().map(same), f.source.as_str())).collect()
}

/// A return promise is compared by what it means: its due rule and, separately, its intake
/// windows, each only where stated, so different wording of the same promise is no conflict.
fn rules(facts: &[ReturnFact]) -> Vec<(Option<(String, String)>, &str)> {
    facts
        .iter()
        .map(|f| (f.rule.as_ref().map(|r| (format!("{:?}", r.due), r.due.describe())), f.source.as_str()))
        .collect()
}

fn intakes(facts: &[ReturnFact]) -> Vec<(Option<(String, String)>, &str)> {
    facts
        .iter()
        .map(|f| {
            let value = f.intake.as_ref().map(|w| (format!("{:?}", window_key(w)), describe_windows(w)));
            (value, f.source.as_str())
        })
        .collect()
}

/// Text compared with runs of white space folded, shown as stated.
fn same(s: &str) -> (String, String) {
    (s.split_whitespace().collect::<Vec<_>>().join(" "), s.to_string())
}

fn opt(d: Option<u32>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}
