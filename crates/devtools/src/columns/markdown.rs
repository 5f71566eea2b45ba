//! The Markdown the articles use, and nothing more: `##` and `###` headings, paragraphs, `- `
//! lists, `| … |` tables, `**bold**` and links to another article, `[text](column:slug)`.
//! Anything else (HTML, other links, images) stays literal text.

use guide_model::column::{Block, Inline};

/// Parses an article body into blocks.
pub fn parse(body: &str) -> Result<Vec<Block>, String> {
    let mut blocks = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut list: Vec<Vec<Inline>> = Vec::new();
    let mut table: Vec<Vec<String>> = Vec::new();
    let mut h2 = 0;
    let flush = |blocks: &mut Vec<Block>,
                 paragraph: &mut Vec<&str>,
                 list: &mut Vec<Vec<Inline>>,
                 table: &mut Vec<Vec<String>>|
     -> Result<(), String> {
        if !paragraph.is_empty() {
            // Japanese lines join without a space.
            blocks.push(Block::Paragraph(inline(&paragraph.join(""))));
            paragraph.clear();
        }
        if !list.is_empty() {
            blocks.push(Block::List(std::mem::take(list)));
        }
        if !table.is_empty() {
            blocks.push(make_table(std::mem::take(table))?);
        }
        Ok(())
    };
    for raw in body.lines() {
        let line = raw.trim_end();
        let kind = if line.starts_with("- ") {
            'l'
        } else if line.starts_with('|') {
            't'
        } else if line.trim().is_empty() {
            ' '
        } else if line.starts_with('#') {
            'h'
        } else {
            'p'
        };
        // A change of kind ends the open block.
        let open = if !list.is_empty() {
            'l'
        } else if !table.is_empty() {
            't'
        } else if !paragraph.is_empty() {
            'p'
        } else {
            ' '
        };
        if open != kind {
            flush(&mut blocks, &mut paragraph, &mut list, &mut table)?;
        }
        match kind {
            'l' => list.push(inline(line[2..].trim())),
            't' => table.push(cells(line)),
            'p' => paragraph.push(line.trim()),
            'h' => {
                if let Some(text) = line.strip_prefix("### ") {
                    blocks.push(Block::H3 { text: text.trim().to_string() });
                } else if let Some(text) = line.strip_prefix("## ") {
                    h2 += 1;
                    blocks.push(Block::H2 { id: format!("s{h2}"), text: text.trim().to_string() });
                } else {
                    return Err(format!("only ## and ### headings are allowed: {line:?}"));
                }
            }
            _ => {}
        }
    }
    flush(&mut blocks, &mut paragraph, &mut list, &mut table)?;
    if !matches!(blocks.first(), Some(Block::H2 { .. })) {
        return Err("the body must start with a ## heading".into());
    }
    Ok(blocks)
}

/// Splits `**bold**` runs and `[text](column:slug)` links; an unclosed `**` stays as text.
pub fn inline(text: &str) -> Vec<Inline> {
    let mut runs = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("**") {
        let after = &rest[start + 2..];
        let Some(end) = after.find("**") else { break };
        if start > 0 {
            links(&rest[..start], &mut runs);
        }
        runs.push(Inline::Strong(after[..end].to_string()));
        rest = &after[end + 2..];
    }
    if !rest.is_empty() {
        links(rest, &mut runs);
    }
    runs
}

/// Splits `[text](column:slug)` links out of plain text; any other bracket stays text.
fn links(text: &str, runs: &mut Vec<Inline>) {
    const TARGET: &str = "](column:";
    let mut rest = text;
    while let Some(mid) = rest.find(TARGET) {
        let (Some(open), Some(close)) = (rest[..mid].rfind('['), rest[mid..].find(')')) else { break };
        let slug = &rest[mid + TARGET.len()..mid + close];
        if !guide_model::validate::is_slug(slug) {
            break;
        }
        if open > 0 {
            runs.push(Inline::Text(rest[..open].to_string()));
        }
        runs.push(Inline::Article { text: rest[open + 1..mid].to_string(), slug: slug.to_string() });
        rest = &rest[mid + close + 1..];
    }
    if !rest.is_empty() {
        runs.push(Inline::Text(rest.to_string()));
    }
}

/// The article slugs a body links to.
pub fn linked_slugs(blocks: &[Block]) -> Vec<&str> {
    blocks
        .iter()
        .flat_map(|b| match b {
            Block::Paragraph(runs) => runs.iter().collect::<Vec<_>>(),
            Block::List(items) => items.iter().flatten().collect(),
            _ => Vec::new(),
        })
        .filter_map(|r| match r {
            Inline::Article { slug, .. } => Some(slug.as_str()),
            _ => None,
        })
        .collect()
}

fn cells(line: &str) -> Vec<String> {
    line.trim()
        .trim_start_matches('|')
        .trim_end_matches('|')
        .split('|')
        .map(|c| c.trim().replace("**", ""))
        .collect()
}

fn make_table(mut rows: Vec<Vec<String>>) -> Result<Block, String> {
    if rows.len() < 2 || !rows[1].iter().all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':')))
    {
        return Err("a table needs a header row and a --- separator row".into());
    }
    let head = rows.remove(0);
    rows.remove(0);
    if let Some(bad) = rows.iter().find(|r| r.len() != head.len()) {
        return Err(format!("a table row has {} cells, the header {}", bad.len(), head.len()));
    }
    Ok(Block::Table { head, rows })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_supported_blocks() {
        let body = "## 見出し\n一行目と\n二行目。\n\n- **項目**の説明\n- 二つ目\n### 小見出し\n| a | b |\n| --- | --- |\n| 1 | 2 |\n";
        let blocks = parse(body).expect("valid");
        assert_eq!(
            blocks,
            vec![
                Block::H2 { id: "s1".into(), text: "見出し".into() },
                Block::Paragraph(vec![Inline::Text("一行目と二行目。".into())]),
                Block::List(vec![
                    vec![Inline::Strong("項目".into()), Inline::Text("の説明".into())],
                    vec![Inline::Text("二つ目".into())],
                ]),
                Block::H3 { text: "小見出し".into() },
                Block::Table { head: vec!["a".into(), "b".into()], rows: vec![vec!["1".into(), "2".into()]] },
            ]
        );
    }

    #[test]
    fn links_to_articles_and_nothing_else() {
        assert_eq!(
            inline("詳しくは[別の記事](column:lung-ct)を。**強調**"),
            vec![
                Inline::Text("詳しくは".into()),
                Inline::Article { text: "別の記事".into(), slug: "lung-ct".into() },
                Inline::Text("を。".into()),
                Inline::Strong("強調".into()),
            ]
        );
        for literal in ["[x](column:Bad Slug)", "[x](https://example.com/)", "[x](column:a"] {
            assert_eq!(inline(literal), vec![Inline::Text(literal.into())], "{literal}");
        }
    }

    #[test]
    fn markup_stays_text() {
        let blocks = parse("## h\n<script>alert(1)</script> [link](javascript:x) **open").expect("valid");
        assert_eq!(
            blocks[1],
            Block::Paragraph(vec![Inline::Text(
                "<script>alert(1)</script> [link](javascript:x) **open".into()
            )])
        );
    }

    #[test]
    fn rejects_what_the_app_cannot_show() {
        assert!(parse("本文だけ").is_err(), "the body starts with a heading");
        assert!(parse("## h\n# 題").is_err(), "no h1 in the body");
        assert!(parse("## h\n| a | b |\n| 1 | 2 |").is_err(), "tables need a separator");
        assert!(parse("## h\n| a | b |\n| - | - |\n| 1 |").is_err(), "rows match the header");
    }
}
