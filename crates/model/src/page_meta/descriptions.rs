//! The descriptions of the sections of the guide (those of the pages are in their rows of the
//! route table): one or two sentences on what the section offers, shown by search engines and
//! link previews. They state what the page does, never facts about a provider.

use crate::guide::Section;

/// The description of a section of the guide.
pub fn section(section: Section) -> &'static str {
    match section {
        Section::WhatIs => {
            "遠隔画像診断とは何か、「読影」と「画像診断」という言葉の違い、遠隔画像診断サービスとはどのようなものかを説明します。"
        }
        Section::Types => {
            "遠隔画像診断の2つの形、病院連携型と企業委託型の違いを、仕組み、画像診断管理加算、施設基準・申請、依頼できる量・タイミング、携わる医師などの点から比べます。"
        }
        Section::Surcharges => {
            "遠隔画像診断サービスの費用で、条件によって上乗せされる部位加算とスライス加算の仕組みと、サービス選びで加算を確かめる理由を説明します。"
        }
        Section::Survey => {
            "このガイドに掲載している事業者をどのように調べたか(調査した団体、対象、調査時期)と、品質・信頼性、セキュリティ、対応時間の観点ごとに1社を選んだ条件を説明します。"
        }
        Section::Workload => {
            "遠隔画像診断サービスが求められる背景として、放射線科医1人あたりの検査数、報告書の作成数、地域による専門医の偏りを紹介します。"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pages::Page;

    #[test]
    fn every_page_and_section_has_its_own_description() {
        let mut texts: Vec<&str> = Page::ALL.iter().map(|p| p.description()).collect();
        texts.extend(Section::ALL.into_iter().map(section));
        for (i, a) in texts.iter().enumerate() {
            assert!(!a.trim().is_empty());
            assert!(a.chars().count() <= 120, "{a}");
            assert!(texts[i + 1..].iter().all(|b| a != b), "{a}");
        }
    }
}
