//! What a provider's menus say about one exam: named, inferred from other words, missing from a
//! partial list, missing from a complete list, or no menu at all. The finder, the directory's
//! exam filter and the detail page read an exam through [`exam`].

use crate::facts::MenuFact;
use crate::modality::Modality;
use crate::provider::Provider;

use super::Basis;

/// The reading of one exam in a provider's menus.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Exam<'a> {
    /// A menu names it.
    Named,
    /// A menu's words suggest it without naming it (乳腺 → mammography).
    Inferred { from: &'a str },
    /// Not in a menu that the words call partial (…等, その他).
    NotInPartial { text: &'a str },
    /// Not named by a complete menu. That is not a statement that the exam is refused.
    NotListed { text: &'a str },
    /// No menu is stated.
    NoMenu,
}

impl Exam<'_> {
    /// The basis of a yes, when the reading is one.
    pub fn basis(&self) -> Option<Basis> {
        match self {
            Exam::Named => Some(Basis::Stated),
            Exam::Inferred { from } => Some(Basis::Inferred(format!("メニューの「{from}」"))),
            _ => None,
        }
    }
}

/// How `p`'s menus read for exam `m`: the strongest reading of any menu statement.
pub fn exam(p: &Provider, m: Modality) -> Exam<'_> {
    let menus: Vec<&MenuFact> = p.menu.iter().filter(|f| f.text.is_some()).collect();
    if menus.iter().any(|f| f.modalities.contains(&m)) {
        return Exam::Named;
    }
    if let Some(i) = menus.iter().flat_map(|f| &f.inferred).find(|i| i.code == m) {
        return Exam::Inferred { from: &i.from };
    }
    if let Some(partial) = menus.iter().find(|f| f.is_partial()) {
        return Exam::NotInPartial { text: partial.text.as_deref().unwrap_or_default() };
    }
    match menus.first() {
        Some(f) => Exam::NotListed { text: f.text.as_deref().unwrap_or_default() },
        None => Exam::NoMenu,
    }
}

impl MenuFact {
    /// Whether the list is partial: the source says so, or its words say the list goes on
    /// (…等, …など, その他).
    pub fn is_partial(&self) -> bool {
        let Some(text) = &self.text else { return false };
        self.partial || ["等", "など", "その他"].iter().any(|w| text.contains(w))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn menu(text: &str) -> MenuFact {
        MenuFact {
            text: Some(text.into()),
            modalities: vec![],
            inferred: vec![],
            partial: false,
            source: "s".into(),
        }
    }

    #[test]
    fn lists_ending_in_etc_or_other_are_partial() {
        assert!(menu("CT・MRI等").is_partial());
        assert!(menu("CT/MRI/その他").is_partial());
        assert!(menu("CT、MRIなど").is_partial());
        assert!(menu("CT・MRI・PET等の一般読影と健診画像の読影").is_partial());
        assert!(!menu("CT/MRI/マンモグラフィ").is_partial());
        assert!(MenuFact { partial: true, ..menu("CT") }.is_partial(), "the source calls it partial");
    }
}
