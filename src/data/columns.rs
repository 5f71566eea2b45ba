//! The column files: the index of the articles and each article, fetched by the page that shows
//! them (the index is small and revalidated, so each column page asks for it afresh).

use guide_model::column::{Article, ColumnIndex};

use super::remote::{remote_json, Remote};

/// What the message names when an article file cannot be read.
const ARTICLE_DATA: &str = "記事のデータ";

/// The index of every article.
pub fn column_index() -> Remote<ColumnIndex> {
    remote_json("columns/index.json".to_string(), ARTICLE_DATA)
}

/// The article of `slug`.
pub fn article(slug: &str) -> Remote<Article> {
    remote_json(format!("columns/{}.json", guide_model::percent::encode(slug)), ARTICLE_DATA)
}
