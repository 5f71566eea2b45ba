//! The clock's list for a send moment and the visitor's choices: which rows the choices keep
//! (a kind of reading, an exam), and the computed due times in two groups, each soonest first:
//! times the stated words fix, and times that rest on an assumption (`Outcome::Due::estimated`).
//! Rows that cannot be computed, and services stated as not offered, are kept apart.

use crate::modality::Modality;
use crate::provider::Provider;
use crate::reading::exam::{exam, Exam};
use crate::route::Query;

use super::date::DateTime;
use super::turnaround::{rows, Kind, Outcome, Row};

/// Which kinds of reading the list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum KindChoice {
    /// Every promise: normal, urgent and each optional service.
    #[default]
    All,
    /// The normal return only.
    Normal,
    /// Promises that answer urgent requests: the urgent return, and optional services whose rule
    /// counts minutes (24/365サービス, 至急読影). An option that returns the next morning or the
    /// next business day is not an urgent reading, so it shows under `All` only.
    Urgent,
}

impl KindChoice {
    /// Every choice, in the order the page offers them.
    pub const ALL: [KindChoice; 3] = [KindChoice::All, KindChoice::Normal, KindChoice::Urgent];

    /// The value of `kind=` in the address; the default writes none.
    pub fn code(self) -> &'static str {
        match self {
            KindChoice::All => "",
            KindChoice::Normal => "normal",
            KindChoice::Urgent => "urgent",
        }
    }

    /// The label shown to visitors.
    pub fn label(self) -> &'static str {
        match self {
            KindChoice::All => "すべて",
            KindChoice::Normal => "通常読影のみ",
            KindChoice::Urgent => "緊急読影のみ",
        }
    }

    /// Whether the choice keeps `row`.
    pub fn keeps(self, row: &Row) -> bool {
        match self {
            KindChoice::All => true,
            KindChoice::Normal => row.kind == Kind::Normal,
            KindChoice::Urgent => row.urgent,
        }
    }
}

/// The visitor's choices on the clock, kept in its address as `kind=urgent&m=ct`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Choices {
    pub kind: KindChoice,
    /// Only providers whose exam menu names this exam.
    pub exam: Option<Modality>,
}

impl Choices {
    /// Reads the choices from the clock's query; a value it does not know reads as no choice.
    pub fn from_query(q: &Query) -> Choices {
        let kind = q.get("kind").and_then(|c| KindChoice::ALL.into_iter().find(|k| k.code() == c));
        Choices { kind: kind.unwrap_or_default(), exam: q.get("m").and_then(Modality::from_code) }
    }

    /// Writes the choices into `q`, keeping its other keys (`at`, `focus`).
    pub fn write(self, q: &mut Query) {
        let code = self.kind.code();
        q.set("kind", (!code.is_empty()).then(|| code.to_string()));
        q.set("m", self.exam.map(|m| m.code().to_string()));
    }
}

/// One row of the list with its provider.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry<'a> {
    pub provider: &'a Provider,
    pub row: Row,
}

impl Entry<'_> {
    /// The due time, for a computed row.
    pub fn due(&self) -> Option<DateTime> {
        match self.row.outcome {
            Outcome::Due { due, .. } => Some(due),
            _ => None,
        }
    }

    /// The promise's name as the list shows it. A separate service that no source calls an
    /// option (朝一サービス) is said to be separate, so that an urgent-only list never passes it
    /// off as the urgent reading itself.
    pub fn kind_label(&self) -> String {
        match self.row.kind {
            Kind::Option(_) if !self.row.label.contains("オプション") => {
                format!("{}(別サービス)", self.row.label)
            }
            _ => self.row.label.clone(),
        }
    }
}

/// Providers the exam choice leaves out, by what their menus say of the exam. None of these is
/// a statement that the exam is refused.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Excluded {
    /// No exam menu is stated.
    pub no_menu: usize,
    /// A complete menu does not list it.
    pub not_listed: usize,
    /// A menu the words call partial (…等, その他) does not list it.
    pub not_in_partial: usize,
    /// A menu suggests it without naming it (乳腺 → mammography).
    pub inferred: usize,
}

impl Excluded {
    /// Every provider left out.
    pub fn total(&self) -> usize {
        self.no_menu + self.not_listed + self.not_in_partial + self.inferred
    }

    /// What the page says of the providers left out for exam `m`, or `None` when there are none:
    /// the count, what their menus say, and that none of this is a refusal.
    pub fn sentence(&self, m: Modality) -> Option<String> {
        let label = m.label();
        let parts: Vec<String> = [
            (self.no_menu, "検査メニューの記載なし".to_string()),
            (self.not_listed, format!("メニューに{label}が挙がっていない")),
            (self.not_in_partial, format!("「等」などで終わる一部のメニューに{label}がない")),
            (self.inferred, format!("メニューの別の語から{label}が推定されるのみ")),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, why)| format!("{why}{n}件"))
        .collect();
        (!parts.is_empty()).then(|| {
            format!(
                "{label}の記載がないため除いたサービス: {}件({})。扱わないという記載ではありません。",
                self.total(),
                parts.join("、")
            )
        })
    }
}

/// The clock's list.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Board<'a> {
    /// Due times computed from the stated hours and rules alone, soonest first.
    pub firm: Vec<Entry<'a>>,
    /// Due times that rest on an assumption and may come later, soonest first.
    pub estimated: Vec<Entry<'a>>,
    /// Promises whose due time cannot be computed, in the providers' order.
    pub unknown: Vec<Entry<'a>>,
    /// Promises a source states as not offered.
    pub not_offered: Vec<Entry<'a>>,
    /// Providers the exam choice leaves out.
    pub excluded: Excluded,
}

/// The list for a request sent at `sent` (Japan time), over `providers`, under `choices`.
/// Equal due times are in 五十音 order of the providers' readings, then by the promise's label.
pub fn board<'a>(
    providers: impl IntoIterator<Item = &'a Provider>,
    sent: DateTime,
    choices: Choices,
) -> Board<'a> {
    let mut out = Board::default();
    for p in providers {
        if let Some(m) = choices.exam {
            let counter = match exam(p, m) {
                Exam::Named => None,
                Exam::NoMenu => Some(&mut out.excluded.no_menu),
                Exam::NotListed { .. } => Some(&mut out.excluded.not_listed),
                Exam::NotInPartial { .. } => Some(&mut out.excluded.not_in_partial),
                Exam::Inferred { .. } => Some(&mut out.excluded.inferred),
            };
            if let Some(counter) = counter {
                *counter += 1;
                continue;
            }
        }
        for row in rows(p, sent).into_iter().filter(|r| choices.kind.keeps(r)) {
            let group = match row.outcome {
                Outcome::Due { estimated: false, .. } => &mut out.firm,
                Outcome::Due { estimated: true, .. } => &mut out.estimated,
                Outcome::NotOffered => &mut out.not_offered,
                Outcome::Unknown(_) => &mut out.unknown,
            };
            group.push(Entry { provider: p, row });
        }
    }
    for group in [&mut out.firm, &mut out.estimated] {
        group.sort_by(|a, b| {
            (a.due(), a.provider.sort_reading(), &a.row.label).cmp(&(
                b.due(),
                b.provider.sort_reading(),
                &b.row.label,
            ))
        });
    }
    out
}
