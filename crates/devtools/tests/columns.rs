//! Every column article in content/columns builds, and each meets the brief: 22 topics in order,
//! 1,500–3,000 characters, several headings, no web links, footnote marks or HTML, and links to
//! other articles only to ones that exist.

use guide_devtools::columns::read_all;
use guide_model::column::Block;

#[test]
fn all_22_articles_build_and_meet_the_brief() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/columns");
    let articles = read_all(&dir).expect("every article builds");
    assert_eq!(articles.len(), 22);
    for (i, a) in articles.iter().enumerate() {
        let m = &a.meta;
        assert_eq!(m.number as usize, i + 1, "{} is topic {}", m.slug, i + 1);
        assert!((1500..=3000).contains(&m.chars), "{}: {} characters", m.slug, m.chars);
        assert!(m.headings.len() >= 3, "{}: {} headings", m.slug, m.headings.len());
        assert!(!m.summary.is_empty() && !m.tags.is_empty() && m.reviewed.len() == 10, "{}", m.slug);
        let text: String = a
            .blocks
            .iter()
            .flat_map(|b| match b {
                Block::Paragraph(runs) => runs.clone(),
                Block::List(items) => items.concat(),
                _ => Vec::new(),
            })
            .map(|r| r.text().to_string())
            .collect();
        for banned in ["※", "http", "<", "](", "**"] {
            assert!(!text.contains(banned), "{} contains {banned:?}", m.slug);
        }
    }
    // The workload figures stand in one article; the others that need them link to it.
    let figures: Vec<&str> = articles
        .iter()
        .filter(|a| serde_json::to_string(&a.blocks).unwrap().contains("8,137"))
        .map(|a| a.meta.slug.as_str())
        .collect();
    assert_eq!(figures, vec!["radiologist-shortage"]);
    for slug in ["image-volume-double-check", "double-reading"] {
        let a = articles.iter().find(|a| a.meta.slug == slug).expect(slug);
        let links = guide_devtools::columns::markdown::linked_slugs(&a.blocks);
        assert!(links.contains(&"radiologist-shortage"), "{slug} links to the figures: {links:?}");
    }
}

#[test]
fn a_link_to_a_missing_article_fails_the_build() {
    let dir = std::env::temp_dir().join(format!("columns-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let front = "---\ntitle: t\nsummary: s\ntags: [基礎知識]\nreviewed: 2026-12-02\nguide: []\nmodalities: []\nfeatures: []\n---\n";
    std::fs::write(dir.join("01-one.md"), format!("{front}## h\n[二](column:two)と[無](column:none)"))
        .unwrap();
    std::fs::write(dir.join("02-two.md"), format!("{front}## h\n本文")).unwrap();
    let err = read_all(&dir).expect_err("a dead link");
    assert!(err.contains("none"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}
