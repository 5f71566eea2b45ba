//! Column articles, fetched only when a column page is opened: the index once, each article on
//! demand. Failures keep a Japanese message and can be retried.

use guide_model::column::{Article, ColumnIndex};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::fetch::{fetch_json, Fetched};

/// What the message names when an article file cannot be read.
const ARTICLE_DATA: &str = "記事のデータ";

/// The columns context: the index, shared by every column page.
#[derive(Clone, Copy)]
pub struct Columns {
    index: RwSignal<Option<Fetched<ColumnIndex>>>,
}

impl Columns {
    /// The index, fetching it the first time it is asked for.
    pub fn index(self) -> Fetched<ColumnIndex> {
        if self.index.get_untracked().is_none() {
            self.reload_index();
        }
        self.index.get().unwrap_or(Fetched::Loading)
    }

    /// Fetches the index again.
    pub fn reload_index(self) {
        self.index.set(Some(Fetched::Loading));
        spawn_local(async move {
            self.index.set(Some(fetch_json::<ColumnIndex>("columns/index.json", ARTICLE_DATA).await));
        });
    }
}

/// Provides the columns context (nothing is fetched until a column page asks).
pub fn provide_columns() {
    provide_context(Columns { index: RwSignal::new(None) });
}

/// Reads the columns context.
pub fn use_columns() -> Columns {
    expect_context::<Columns>()
}

/// Fetches one article into `target`.
pub fn load_article(slug: &str, target: RwSignal<Fetched<Article>>) {
    let path = format!("columns/{}.json", guide_model::percent::encode(slug));
    target.set(Fetched::Loading);
    spawn_local(async move {
        target.set(fetch_json::<Article>(&path, ARTICLE_DATA).await);
    });
}
