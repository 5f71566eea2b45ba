//! What a page says about itself: its document title, its description, its heading and its
//! place in the site (the breadcrumb trail). One set of rules for the app, which sets the
//! document title, and for the build, which writes a file per page with its `<title>`, meta
//! description and structured data; so a page's file and the page drawn over it agree.
//!
//! The descriptions of the pages that are not about one record are written once, in
//! [`descriptions`].

pub mod descriptions;

use crate::column::ArticleMeta;
use crate::guide::Section;
use crate::home::HOME_LEAD;
use crate::pages::{document_title, Page};
use crate::provider::Provider;
use crate::route::Route;

/// The longest description, in characters, written for a provider.
pub const DESCRIPTION_MAX_CHARS: usize = 120;

/// The record a page is about, for the pages about one (a provider, an article).
#[derive(Clone, Copy, Debug)]
pub enum Subject<'a> {
    /// A provider's page.
    Provider(&'a Provider),
    /// A column article's page.
    Article(&'a ArticleMeta),
}

/// One step of a breadcrumb trail: its name and its page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Crumb {
    /// The name shown for the step.
    pub name: String,
    /// The page the step links to.
    pub route: Route,
}

/// The page's heading: the record's name, the guide section's title, or the row's title (the
/// site's name for home).
pub fn heading(route: &Route, subject: Option<Subject<'_>>) -> String {
    match (route.page, subject, section(route)) {
        (Page::Home, ..) => crate::pages::SITE_NAME.to_string(),
        (Page::Provider, Some(Subject::Provider(p)), _) => p.name.clone(),
        (Page::Column, Some(Subject::Article(a)), _) => a.title.clone(),
        (Page::Guide, _, Some(section)) => section.title().to_string(),
        (page, ..) => page.spec().title.to_string(),
    }
}

/// The page's title before " | site name" (empty for home): its heading, and for a section of
/// the guide "{section} | 基礎知識".
pub fn name(route: &Route, subject: Option<Subject<'_>>) -> String {
    match (route.page, section(route)) {
        (Page::Home, _) => String::new(),
        (Page::Guide, Some(section)) => format!("{} | {}", section.title(), label(Page::Guide)),
        _ => heading(route, subject),
    }
}

/// The full document title: "{name} | site name", or the site's name alone for home.
pub fn title(route: &Route, subject: Option<Subject<'_>>) -> String {
    document_title(&name(route, subject))
}

/// The page's description: the home page's lead, the provider's description (shortened at a
/// sentence end), the article's summary, or the page's or section's own text.
pub fn description(route: &Route, subject: Option<Subject<'_>>) -> String {
    match (route.page, subject, section(route)) {
        (Page::Home, ..) => HOME_LEAD.to_string(),
        (Page::Provider, Some(Subject::Provider(p)), _) => provider_description(p),
        (Page::Column, Some(Subject::Article(a)), _) if !a.summary.trim().is_empty() => a.summary.clone(),
        (Page::Guide, _, Some(section)) => descriptions::section(section).to_string(),
        (page, ..) => page.description().to_string(),
    }
}

/// A provider's description, at most [`DESCRIPTION_MAX_CHARS`] characters, never empty.
pub fn provider_description(provider: &Provider) -> String {
    let text = provider.description.trim();
    if text.is_empty() {
        return format!(
            "{}の遠隔画像診断サービスの情報(検査・読影メニュー、返却時間、導入期間など)です。",
            provider.name
        );
    }
    shorten(text, DESCRIPTION_MAX_CHARS)
}

/// `text` cut to at most `max` characters: after its last sentence end (。) within them, or
/// else after `max - 1` characters with an ellipsis.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let head: String = text.chars().take(max).collect();
    match head.rfind('。') {
        Some(end) => head[..end + '。'.len_utf8()].to_string(),
        None => format!("{}…", head.chars().take(max.saturating_sub(1)).collect::<String>()),
    }
}

/// The page one step up: the directory for a provider, the column list for an article, the
/// guide for its sections, home for the others (none for home).
pub fn parent(route: &Route) -> Option<Route> {
    match route.page {
        Page::Home => None,
        Page::Provider => Some(Page::Directory.route()),
        Page::Column => Some(Page::Columns.route()),
        Page::Guide if section(route).is_some() => Some(Page::Guide.route()),
        _ => Some(Page::Home.route()),
    }
}

/// The trail from home to the page: ホーム, the pages above it by their labels, then the page by
/// its heading (only ホーム for home).
pub fn breadcrumbs(route: &Route, subject: Option<Subject<'_>>) -> Vec<Crumb> {
    let place = route.place();
    let mut trail = Vec::new();
    let mut above = parent(&place);
    while let Some(route) = above {
        above = parent(&route);
        trail.push(Crumb { name: label(route.page).to_string(), route });
    }
    trail.reverse();
    let name =
        if place.page == Page::Home { label(Page::Home).to_string() } else { heading(&place, subject) };
    trail.push(Crumb { name, route: place });
    trail
}

/// A page's short name: its navigation label, or its title.
pub fn label(page: Page) -> &'static str {
    page.spec().nav.unwrap_or(page.spec().title)
}

/// The guide section a route names, if any.
fn section(route: &Route) -> Option<Section> {
    match route.page {
        Page::Guide => route.param("section").and_then(Section::from_id),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load_providers;
    use crate::pages::SITE_NAME;

    fn providers() -> Vec<Provider> {
        load_providers(include_str!("../../../public/providers.json"))
            .expect("bundled data")
            .dataset
            .providers
    }

    fn article() -> ArticleMeta {
        ArticleMeta {
            slug: "lung-ct".into(),
            title: "肺のCT".into(),
            summary: "肺のCTの読影について。".into(),
            ..ArticleMeta::default()
        }
    }

    #[test]
    fn titles_are_the_ones_the_app_sets() {
        let p = &providers()[0];
        let a = article();
        assert_eq!(title(&Page::Home.route(), None), SITE_NAME);
        assert_eq!(title(&Page::Finder.route(), None), Page::Finder.document_title());
        assert_eq!(title(&Page::Guide.route(), None), Page::Guide.document_title());
        assert_eq!(title(&Page::Provider.at([&p.id]), Some(Subject::Provider(p))), document_title(&p.name));
        assert_eq!(
            title(&Page::Column.at(["lung-ct"]), Some(Subject::Article(&a))),
            document_title("肺のCT")
        );
        assert_eq!(
            title(&Page::Guide.at(["types"]), None),
            format!("病院連携型と企業委託型 | 基礎知識 | {SITE_NAME}")
        );
        // An unknown section is the guide itself, as the app draws it.
        assert_eq!(title(&Page::Guide.at(["nope"]), None), Page::Guide.document_title());
        // A record that is missing leaves the row's title.
        assert_eq!(title(&Page::Provider.at(["nope"]), None), Page::Provider.document_title());
    }

    #[test]
    fn descriptions_come_from_the_data_or_the_page() {
        let p = &providers()[0];
        let a = article();
        assert_eq!(description(&Page::Home.route(), None), HOME_LEAD);
        assert_eq!(description(&Page::Column.at(["lung-ct"]), Some(Subject::Article(&a))), a.summary);
        assert_eq!(
            description(&Page::Provider.at([&p.id]), Some(Subject::Provider(p))),
            provider_description(p)
        );
        assert_eq!(description(&Page::Clock.route(), None), Page::Clock.description());
        assert_eq!(description(&Page::Guide.at(["survey"]), None), descriptions::section(Section::Survey));
    }

    #[test]
    fn provider_descriptions_are_short_and_never_empty() {
        for p in providers() {
            let text = provider_description(&p);
            assert!(!text.is_empty() && text.chars().count() <= DESCRIPTION_MAX_CHARS, "{}", p.id);
            assert!(p.description.starts_with(text.trim_end_matches('…')), "{}", p.id);
        }
        let mut p = providers().remove(0);
        p.description = "  ".into();
        assert!(provider_description(&p).starts_with(&format!("{}の遠隔画像診断サービスの情報", p.name)));
    }

    #[test]
    fn long_texts_are_cut_at_a_sentence_end() {
        assert_eq!(shorten("一文。二文。", 6), "一文。二文。");
        assert_eq!(shorten("一文です。二文目です。三文目です。", 12), "一文です。二文目です。");
        assert_eq!(shorten("句点のない長い文章", 5), "句点のな…");
        assert_eq!(shorten("句点のない長い文章", 5).chars().count(), 5);
    }

    #[test]
    fn breadcrumbs_lead_from_home_to_the_page() {
        let names = |route: Route, subject| -> Vec<String> {
            breadcrumbs(&route, subject).into_iter().map(|c| c.name).collect()
        };
        let p = &providers()[0];
        assert_eq!(names(Page::Home.route(), None), ["ホーム"]);
        assert_eq!(names(Page::Finder.route(), None), ["ホーム", "自院に合うサービスを探す"]);
        assert_eq!(
            names(Page::Provider.at([&p.id]), Some(Subject::Provider(p))),
            ["ホーム", "サービス一覧", &p.name]
        );
        assert_eq!(names(Page::Guide.at(["what-is"]), None), ["ホーム", "基礎知識", "遠隔画像診断とは"]);
        let a = article();
        let trail = breadcrumbs(&Page::Column.at(["lung-ct", "s2"]), Some(Subject::Article(&a)));
        let routes: Vec<Route> = trail.iter().map(|c| c.route.clone()).collect();
        assert_eq!(routes, [Page::Home.route(), Page::Columns.route(), Page::Column.at(["lung-ct", "s2"])]);
        assert_eq!(trail[2].name, "肺のCT");
    }
}
