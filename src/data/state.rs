//! The loaded data, provided once to the whole app as context.
//!
//! The files are fetched together as one `Remote` (`data/remote.rs`); `DataGate` shows a loading
//! line, then either the data (with a report of skipped entries) or one Japanese error message
//! with a retry button.

use std::sync::{Arc, OnceLock};

use guide_model::config::{parse_config, SiteConfig};
use guide_model::directory::index::Index;
use guide_model::finder::Records;
use guide_model::load::{load_providers_quick, load_site, Loaded};
use guide_model::provider::Provider;
use guide_model::site::SiteFacts;
use leptos::prelude::*;

use super::fetch::{fetch_text, FetchError};
use super::remote::{remote, LoadFailure, Remote};
use crate::schedule::task::next_task;

/// The configuration that may point at a hospital's own provider list.
pub const CONFIG_PATH: &str = "config.json";
/// Where the site facts come from, relative to the page.
pub const SITE_PATH: &str = "site.json";

/// Everything the views read.
#[derive(Debug)]
pub struct AppData {
    pub loaded: Loaded,
    pub site: SiteFacts,
    /// The directory's search index, built once per load when first needed: its code then lives
    /// in the chunks of the pages that use it (directory, finder), not in the app's core.
    index: OnceLock<Index>,
    /// What the finder ranks by, built from the index on the finder's first use.
    finder_records: OnceLock<Records>,
}

impl AppData {
    /// Data ready for the views.
    pub fn new(loaded: Loaded, site: SiteFacts) -> AppData {
        AppData { loaded, site, index: OnceLock::new(), finder_records: OnceLock::new() }
    }

    /// The directory's search index (built on the first call).
    pub fn index(&self) -> &Index {
        self.index.get_or_init(|| Index::build(self.providers()))
    }

    /// The finder's records of the providers (built on the first call).
    pub fn finder_records(&self) -> &Records {
        self.finder_records.get_or_init(|| Records::build(self.providers(), self.index()))
    }

    /// The providers, in file order.
    pub fn providers(&self) -> &[Provider] {
        &self.loaded.dataset.providers
    }

    /// The label of a source code.
    pub fn source_label<'a>(&'a self, code: &'a str) -> &'a str {
        self.loaded.dataset.source_label(code)
    }

    /// The label of a source with the date it was surveyed: "サービス一覧の表、2022年11月〜2022年12月時点".
    pub fn source_with_date(&self, code: &str) -> String {
        match self.loaded.dataset.sources.get(code) {
            Some(s) => format!("{}、{}時点", s.label, guide_model::compare::as_of_label(&s.as_of)),
            None => code.to_string(),
        }
    }
}

/// The data context: the providers and site facts, loaded once (again on a retry).
#[derive(Clone, Copy)]
pub struct DataContext {
    pub data: Remote<AppData>,
}

impl DataContext {
    /// Whether loading has failed (the failure message is then the page's only content).
    pub fn failed(self) -> bool {
        self.data.failed()
    }
}

/// Creates the data context, starts loading, and provides it to descendants.
pub fn provide_data_context() -> DataContext {
    let ctx = DataContext {
        data: remote(|| async {
            let data = load_all().await;
            // Drawing the page is a task of its own, apart from reading the data.
            next_task().await;
            data
        }),
    };
    provide_context(ctx);
    ctx
}

/// Reads the data context.
pub fn use_data() -> DataContext {
    expect_context::<DataContext>()
}

/// The loaded data, for views that render only once it is ready (inside `DataGate`).
pub fn ready_data() -> Option<Arc<AppData>> {
    use_data().data.get_untracked().and_then(Result::ok)
}

/// Reads `config.json`: absent means the defaults; present but wrong is an error.
async fn load_config() -> Result<SiteConfig, LoadFailure> {
    match fetch_text(CONFIG_PATH).await {
        Ok(text) => parse_config(&text).map_err(|message| LoadFailure::new(CONFIG_PATH, message)),
        Err(FetchError::Status(404)) => Ok(SiteConfig::default()),
        Err(e) => Err(LoadFailure::new(CONFIG_PATH, e.to_string())),
    }
}

async fn load_all() -> Result<AppData, LoadFailure> {
    let (config, site) = futures::join!(load_config(), fetch_text(SITE_PATH));
    let providers_path = config?.providers;
    // The build wrote a page for each provider of its own data, and none for a hospital's list.
    guide_model::route::address::set_provider_files(providers_path == SiteConfig::default().providers);
    let providers = fetch_text(&providers_path).await;
    let fail = LoadFailure::new;
    let providers = providers.map_err(|e| fail(&providers_path, e.to_string()))?;
    let site = site.map_err(|e| fail(SITE_PATH, e.to_string()))?;
    let mut loaded = load_providers_quick(&providers).map_err(|e| fail(&providers_path, e.to_string()))?;
    if !loaded.problems.is_empty() {
        // The same entries, with the path of each problem; without the chunk (offline), the
        // problems are still reported, only without their paths.
        if let Ok(Ok(precise)) = super::diagnose::load_naming_paths(providers).await {
            loaded = precise;
        }
    }
    next_task().await;
    let site = load_site(&site).map_err(|e| fail(SITE_PATH, e.to_string()))?;
    Ok(AppData::new(loaded, site))
}
