//! Builds the column articles: Markdown files with a front-matter block become JSON of plain-text
//! blocks (`columns/index.json` and one `columns/{slug}.json` per article). The parser runs here,
//! at build time, so none of it ships in the wasm and no markup ever reaches the page as HTML.

pub mod front_matter;
pub mod markdown;

use std::path::Path;

use guide_model::column::{Article, ArticleMeta, Block, ColumnIndex, Heading, Inline};

/// Parses one article file named `NN-slug.md`.
pub fn parse_article(file_name: &str, text: &str) -> Result<Article, String> {
    let stem = file_name.strip_suffix(".md").ok_or("the file name must end in .md")?;
    let (number, slug) = stem.split_once('-').ok_or("the file name must be NN-slug.md")?;
    let number: u32 = number.parse().map_err(|_| "the file name must start with the topic number")?;
    if !guide_model::validate::is_slug(slug) {
        return Err(format!("slug {slug:?} must be lowercase letters, digits and hyphens"));
    }
    let (front, body) = front_matter::split(text)?;
    let front = front_matter::parse(front)?;
    let blocks = markdown::parse(body)?;
    let headings: Vec<Heading> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::H2 { id, text } => Some(Heading { id: id.clone(), text: text.clone() }),
            _ => None,
        })
        .collect();
    if headings.is_empty() {
        return Err("the body needs at least one ## heading".into());
    }
    let meta = ArticleMeta { slug: slug.to_string(), number, chars: body_chars(&blocks), headings, ..front };
    Ok(Article { meta, blocks })
}

/// Characters of visible body text (white space not counted).
pub fn body_chars(blocks: &[Block]) -> u32 {
    let count = |t: &str| t.chars().filter(|c| !c.is_whitespace()).count();
    let inline = |runs: &[Inline]| -> usize { runs.iter().map(|r| count(r.text())).sum() };
    let total: usize = blocks
        .iter()
        .map(|b| match b {
            Block::H2 { text, .. } | Block::H3 { text } => count(text),
            Block::Paragraph(runs) => inline(runs),
            Block::List(items) => items.iter().map(|i| inline(i)).sum(),
            Block::Table { head, rows } => head.iter().chain(rows.iter().flatten()).map(|c| count(c)).sum(),
        })
        .sum();
    u32::try_from(total).unwrap_or(u32::MAX)
}

/// Reads every `*.md` of `dir`, in file-name order.
pub fn read_all(dir: &Path) -> Result<Vec<Article>, String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".md"))
        .collect();
    names.sort();
    let mut articles = Vec::new();
    for name in names {
        let text = std::fs::read_to_string(dir.join(&name)).map_err(|e| format!("{name}: {e}"))?;
        articles.push(parse_article(&name, &text).map_err(|e| format!("{name}: {e}"))?);
    }
    let mut slugs: Vec<&str> = articles.iter().map(|a| a.meta.slug.as_str()).collect();
    slugs.sort_unstable();
    if let Some(w) = slugs.windows(2).find(|w| w[0] == w[1]) {
        return Err(format!("two articles share the slug {}", w[0]));
    }
    for a in &articles {
        if let Some(bad) =
            markdown::linked_slugs(&a.blocks).into_iter().find(|s| slugs.binary_search(s).is_err())
        {
            return Err(format!("{}: links to an article that does not exist: {bad}", a.meta.slug));
        }
    }
    Ok(articles)
}

/// Writes `index.json` and one JSON file per article into `out`.
pub fn write_all(articles: &[Article], out: &Path) -> Result<(), String> {
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let index = ColumnIndex { articles: articles.iter().map(|a| a.meta.clone()).collect() };
    let write = |name: String, json: Result<String, serde_json::Error>| {
        let json = json.map_err(|e| e.to_string())?;
        std::fs::write(out.join(&name), json).map_err(|e| format!("{name}: {e}"))
    };
    write("index.json".into(), serde_json::to_string(&index))?;
    for a in articles {
        write(format!("{}.json", a.meta.slug), serde_json::to_string(a))?;
    }
    Ok(())
}
