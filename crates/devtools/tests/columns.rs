//! Every column article in content/columns builds, and each meets the brief: 22 topics in order,
//! 1,500–3,000 characters, several headings, and no links, footnote marks or HTML.

use guide_devtools::columns::read_all;
use guide_model::column::{Block, Inline};

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
            .map(|r| match r {
                Inline::Text(t) | Inline::Strong(t) => t,
            })
            .collect();
        for banned in ["※", "http", "<", "](", "**"] {
            assert!(!text.contains(banned), "{} contains {banned:?}", m.slug);
        }
    }
}
