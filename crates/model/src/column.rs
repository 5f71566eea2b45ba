//! Column articles as the app receives them: built from Markdown at build time into structured
//! blocks of plain text, so the browser renders text only and never parses or executes markup.

use serde::{Deserialize, Serialize};

/// An article's metadata, as listed in `columns/index.json`. The build reads the fields from
/// `title` to `features` from the article's front matter and works out the others.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleMeta {
    /// The URL slug (e.g. `lung-ct`).
    pub slug: String,
    /// The topic number, 1-based, which orders the list.
    pub number: u32,
    pub title: String,
    /// One sentence.
    pub summary: String,
    pub tags: Vec<String>,
    /// "YYYY-MM-DD".
    pub reviewed: String,
    /// Related guide sections (`what-is`, `types`, `surcharges`, `survey`, `workload`).
    pub guide: Vec<String>,
    /// Related exam-menu filters (modality codes).
    pub modalities: Vec<String>,
    /// Related feature codes.
    pub features: Vec<String>,
    /// Characters of body text, for the reading time.
    pub chars: u32,
    /// The `##` headings, for the table of contents and search.
    pub headings: Vec<Heading>,
}

impl ArticleMeta {
    /// Minutes to read at about 500 Japanese characters a minute, at least one.
    pub fn reading_minutes(&self) -> u32 {
        self.chars.div_ceil(500).max(1)
    }
}

/// A section heading with its anchor id.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Heading {
    pub id: String,
    pub text: String,
}

/// The topic tags an article may carry (the article builder checks them).
pub const TAGS: [&str; 11] = [
    "基礎知識",
    "制度・加算",
    "費用",
    "導入",
    "運用",
    "セキュリティ",
    "法務",
    "人材・働き方",
    "AI",
    "検査別",
    "品質",
];

/// The list of articles, `columns/index.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ColumnIndex {
    pub articles: Vec<ArticleMeta>,
}

/// One article, `columns/{slug}.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub meta: ArticleMeta,
    pub blocks: Vec<Block>,
}

/// A run of text: plain, bold, or a link to another article (by slug, never a URL).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Inline {
    Text(String),
    Strong(String),
    Article { text: String, slug: String },
}

impl Inline {
    /// The text the reader sees.
    pub fn text(&self) -> &str {
        match self {
            Inline::Text(t) | Inline::Strong(t) | Inline::Article { text: t, .. } => t,
        }
    }
}

/// A block of an article body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Block {
    /// `## …`, with the anchor id of its section.
    H2 {
        id: String,
        text: String,
    },
    /// `### …`.
    H3 {
        text: String,
    },
    Paragraph(Vec<Inline>),
    /// `- …` items.
    List(Vec<Vec<Inline>>),
    /// `| … |` rows; the first is the header.
    Table {
        head: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}
