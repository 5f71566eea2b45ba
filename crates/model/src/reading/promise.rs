//! The reading of each return promise of a provider (normal, urgent, each optional service):
//! its statements from every source read together, once, for every page. The intake windows
//! are those any source states for the promise (joined, and marked when the sources differ);
//! the rule is the firmest stated one, and the others are kept as a difference to show.

use crate::describe::window_key;
use crate::facts::ReturnFact;
use crate::provider::Provider;
use crate::rule::{Clock, Due, ReturnRule, Window};

use super::Basis;

/// Which promise it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    Normal,
    Urgent,
    /// An optional service, by its label (24/365サービス, 朝一サービス…).
    Option(String),
}

impl Kind {
    /// The kind as visitors read it (通常読影, 緊急読影, or the service's label).
    pub fn label(&self) -> String {
        match self {
            Kind::Normal => "通常読影".to_string(),
            Kind::Urgent => "緊急読影".to_string(),
            Kind::Option(label) => label.clone(),
        }
    }
}

/// One promise of a provider, read from all its statements.
#[derive(Clone, Debug, PartialEq)]
pub struct Promise<'a> {
    pub kind: Kind,
    /// A source calls the service an option (オプション).
    pub option: bool,
    /// Every statement of the promise, in the data's order.
    pub statements: Vec<&'a ReturnFact>,
    /// The statement whose rule is read: the firmest stated rule (a bound before a best case),
    /// one with intake windows first.
    pub primary: Option<&'a ReturnFact>,
    /// The intake windows any statement gives, joined; `None` when none is stated.
    pub windows: Option<Vec<Window>>,
    /// The windows join statements that state different hours.
    pub windows_joined: bool,
    /// A stated cut-off time (…時までの受付で), when a statement gives one.
    pub cutoff: Option<Clock>,
    /// A statement says the service is not offered.
    pub not_offered: bool,
    /// The statements state rules that read differently (e.g. 最短1時間 and 1時間以内).
    pub rules_differ: bool,
}

impl<'a> Promise<'a> {
    /// Reads one promise from its statements.
    fn read(kind: Kind, statements: Vec<&'a ReturnFact>) -> Promise<'a> {
        let firmness = |f: &ReturnFact| match &f.rule {
            Some(rule) => 2 + u8::from(rule.bounds()) * 2 + u8::from(f.intake.is_some()),
            None => 0,
        };
        let best = statements.iter().map(|f| firmness(f)).max().unwrap_or(0);
        let primary = statements.iter().copied().find(|f| f.rule.is_some() && firmness(f) == best);
        let stated: Vec<&Vec<Window>> = statements.iter().filter_map(|f| f.intake.as_ref()).collect();
        let windows_joined = stated.windows(2).any(|w| window_key(w[0]) != window_key(w[1]));
        let windows = (!stated.is_empty()).then(|| {
            let mut joined: Vec<Window> = Vec::new();
            for w in stated.iter().flat_map(|w| w.iter()) {
                if !joined.contains(w) {
                    joined.push(w.clone());
                }
            }
            joined
        });
        let mut rules: Vec<String> =
            statements.iter().filter_map(|f| f.rule.as_ref()).map(ReturnRule::describe).collect();
        rules.dedup();
        Promise {
            option: statements.iter().any(|f| f.option),
            primary,
            windows,
            windows_joined,
            cutoff: statements.iter().find_map(|f| f.cutoff),
            not_offered: !statements.is_empty() && statements.iter().all(|f| f.not_offered),
            rules_differ: rules.iter().any(|r| *r != rules[0]),
            kind,
            statements,
        }
    }

    /// The rule read, when any statement states one.
    pub fn rule(&self) -> Option<&'a ReturnRule> {
        self.primary.and_then(|f| f.rule.as_ref())
    }

    /// The promise's name as every page words it: 緊急読影, or 24/365サービス(オプション).
    pub fn label(&self) -> String {
        let label = self.kind.label();
        if self.option {
            format!("{label}(オプション)")
        } else {
            label
        }
    }

    /// Some statement gives words (not only 記載なし).
    pub fn described(&self) -> bool {
        self.statements.iter().any(|f| f.text.is_some())
    }

    /// The promise in minutes when its rule is one within minutes (urgent readings).
    pub fn minutes(&self) -> Option<u32> {
        match self.rule()?.due {
            Due::Minutes { .. } => Some(self.rule()?.slowest_rough_minutes()),
            _ => None,
        }
    }

    /// The basis of the rule read.
    pub fn basis(&self) -> Option<Basis> {
        self.rule().map(rule_basis)
    }
}

/// The basis of a rule, from its qualifiers: a best case or an ambiguity first, since they
/// weaken it most.
pub fn rule_basis(rule: &ReturnRule) -> Basis {
    if rule.earliest {
        Basis::Minimum
    } else if let Some(a) = &rule.ambiguous {
        Basis::Ambiguous(a.why.clone())
    } else if rule.upper_bound {
        Basis::UpperBound
    } else if rule.approx {
        Basis::Approximate
    } else {
        Basis::Stated
    }
}

/// Every promise of `p`: normal, urgent, then each optional service in the order first named.
/// Normal and urgent are always there (possibly with no statement: 記載なし).
pub fn promises(p: &Provider) -> Vec<Promise<'_>> {
    let mut out = vec![
        Promise::read(Kind::Normal, p.normal_return.iter().collect()),
        Promise::read(Kind::Urgent, p.urgent_return.iter().collect()),
    ];
    let mut labels: Vec<&str> = Vec::new();
    for label in p.other_returns.iter().filter_map(|r| r.label.as_deref()) {
        if !labels.contains(&label) {
            labels.push(label);
        }
    }
    for label in labels {
        let facts = p.other_returns.iter().filter(|r| r.label.as_deref() == Some(label)).collect();
        out.push(Promise::read(Kind::Option(label.to_string()), facts));
    }
    out
}

/// The promises that answer urgent requests within minutes: the urgent return and every
/// optional service whose rule counts minutes.
pub fn quick<'a>(promises: &'a [Promise<'a>]) -> impl Iterator<Item = &'a Promise<'a>> {
    promises.iter().filter(|pr| match pr.kind {
        Kind::Normal => false,
        Kind::Urgent => true,
        Kind::Option(_) => pr.minutes().is_some(),
    })
}

/// The fastest urgent promise that bounds the wait, in minutes: a best case (最短) or a reading
/// whose alternative is unknown is not a bound, and an ambiguous one counts by its slower reading.
pub fn fastest_urgent(promises: &[Promise<'_>]) -> Option<u32> {
    quick(promises).filter(|pr| pr.rule().is_some_and(ReturnRule::bounds)).filter_map(Promise::minutes).min()
}

/// The fastest bound of the normal return, in rough minutes (see [`fastest_urgent`]).
pub fn fastest_normal(promises: &[Promise<'_>]) -> Option<u32> {
    let normal = promises.iter().find(|pr| pr.kind == Kind::Normal)?;
    normal.rule().filter(|r| r.bounds()).map(ReturnRule::slowest_rough_minutes)
}

/// Every intake window of every promise of `p`, or `None` when no window is stated.
pub fn all_windows(p: &Provider) -> Option<Vec<&Window>> {
    let windows: Vec<&Window> = p
        .normal_return
        .iter()
        .chain(&p.urgent_return)
        .chain(&p.other_returns)
        .flat_map(|r| r.intake.iter().flatten())
        .collect();
    (!windows.is_empty()).then_some(windows)
}
