//! The readings: what this guide reads into the sources' words, each with its basis. The copied
//! texts are verbatim; a reading (an exam from a menu, an intake window, a due rule, a period, a
//! feature, a region) is an interpretation, and says how sure it is. Every page reads a fact
//! through this module, so the card, the detail page, the finder, the filters and the clock
//! cannot read the same words differently.
//!
//! The rule every consumer keeps: a conclusion is never stronger than its weakest reading. Only
//! a stated reading (or a stated bound) can be a match or a mismatch; a partial list, an
//! inference, a best case or an ambiguity leaves the question open.

pub mod exam;
pub mod promise;
pub mod report;

/// How sure a reading is, from the words it rests on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Basis {
    /// The words say it.
    Stated,
    /// A rough figure: 目安, 原則, 程度, を目途, 約.
    Approximate,
    /// A best case only (最短): it may take longer.
    Minimum,
    /// The slowest of several values the words give (3時間または2時間以内 → 3 hours at most).
    UpperBound,
    /// A range (3週間~4週間).
    Range,
    /// One item of a list the words call partial (…等, その他).
    Partial,
    /// Not written; read from other words (a name, a description, another field), named here.
    Inferred(String),
    /// The words allow more than one reading; why, and the other reading.
    Ambiguous(String),
}

impl Basis {
    /// The label shown to visitors and in the readings report.
    pub fn label(&self) -> String {
        match self {
            Basis::Stated => "記載どおり".into(),
            Basis::Approximate => "目安(おおよその記載)".into(),
            Basis::Minimum => "最短のみ(これより遅いことがあります)".into(),
            Basis::UpperBound => "上限(記載のうち最も遅い値)".into(),
            Basis::Range => "範囲".into(),
            Basis::Partial => "一部の記載(「等」「その他」)".into(),
            Basis::Inferred(from) => format!("推定({from}から)"),
            Basis::Ambiguous(why) => format!("解釈が分かれる({why})"),
        }
    }
}

/// The basis of a region: stated, or inferred from the organization's name or description.
pub fn region_basis(basis: crate::facts::RegionBasis) -> Basis {
    use crate::facts::RegionBasis;
    match basis {
        RegionBasis::Stated => Basis::Stated,
        RegionBasis::Name => Basis::Inferred("名称".into()),
        RegionBasis::Description => Basis::Inferred("紹介文".into()),
    }
}
