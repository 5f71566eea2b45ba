//! The current route as a signal, following the address (`popstate`, `hashchange`), and
//! navigation that either adds a history entry or replaces the current one (filter changes
//! should not flood the history, which an embedding page shares). In-app links are followed
//! here, with the History API, so that moving between pages loads nothing again; the address is
//! written at once, in the same task.
//!
//! The router also remembers how far each address was scrolled when it was left. Going back or
//! forward, or following a link back to the page just left (a provider's 「← サービス一覧に戻る」),
//! returns to that place; any other move starts at the top (`views::page_focus` scrolls).

use guide_model::route::Route;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The router: the current route and navigation.
#[derive(Clone, Copy)]
pub struct Router {
    route: RwSignal<Route>,
    /// Whether a followed link replaces the history entry (embed mode) instead of adding one.
    links_replace: StoredValue<bool>,
}

thread_local! {
    /// Where pages were left, and how the page now being drawn arrives (one router a page).
    static MEMORY: std::cell::RefCell<Memory> = std::cell::RefCell::default();
}

/// Reads or changes the router's memory.
fn memory<R>(f: impl FnOnce(&mut Memory) -> R) -> R {
    MEMORY.with(|m| f(&mut m.borrow_mut()))
}

/// What the router remembers between moves. How far a page was scrolled when left is kept in
/// its history entry (its state), for back and forward; the page last left is kept here too,
/// for a link back to it.
#[derive(Default)]
struct Memory {
    /// The address last left (`Route::href`) and how far down it was scrolled.
    left: Option<(String, f64)>,
    arrival: Arrival,
}

/// How the page now being drawn is arrived at.
#[derive(Clone, Copy, Debug, Default)]
pub struct Arrival {
    /// Where it scrolls to: its place when it was left, for a page returned to; else the top.
    pub scroll: Option<f64>,
    /// Whether a key followed the link (Enter), rather than a tap or click.
    pub keyboard: bool,
}

impl Router {
    /// The current route (tracked).
    pub fn route(self) -> Route {
        self.route.get()
    }

    /// The current route, without tracking it.
    pub fn route_untracked(self) -> Route {
        self.route.get_untracked()
    }

    /// Goes to `route`. With `replace`, the current history entry is replaced instead of adding one.
    pub fn navigate(self, route: &Route, replace: bool) {
        let href = route.href();
        // A link back to the page just left returns to where it was left.
        let returning = if replace { None } else { self.remembered(&href) };
        let (_, y) = self.leave();
        if let Ok(history) = window().history() {
            let _ = if replace {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
            } else {
                // The entry left keeps its place, for the way back.
                let _ = history.replace_state(&y.into(), "");
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
            };
        }
        memory(|m| m.arrival.scroll = returning);
        self.follow_address();
    }

    /// Makes every followed link replace the current history entry (embed mode).
    pub fn replace_on_links(self) {
        self.links_replace.set_value(true);
    }

    /// Writes the current route in its own form: an old fragment address (`#/providers/x`) of a
    /// page that has a file becomes its path. Called once the data says which pages have files.
    pub fn settle_address(self) {
        let route = self.route.get_untracked();
        if route.has_file() && address().contains("#/") {
            self.navigate(&route, true);
        }
    }

    /// How the page now being drawn was arrived at, taken once.
    pub fn take_arrival(self) -> Arrival {
        memory(|m| std::mem::take(&mut m.arrival))
    }

    /// Notes the page being left and how far it is scrolled, before the address changes.
    fn leave(self) -> (String, f64) {
        let left = (self.route.with_untracked(Route::href), window().scroll_y().unwrap_or_default());
        memory(|m| {
            m.left = Some(left.clone());
            m.arrival = Arrival::default();
        });
        left
    }

    /// How far `href` was scrolled, if it is the page just left.
    fn remembered(self, href: &str) -> Option<f64> {
        memory(|m| m.left.as_ref().filter(|(h, _)| h == href).map(|(_, y)| *y))
    }

    /// Follows the browser's back and forward: the page returns to where it was left (kept in
    /// its history entry, or here when it is the page just left).
    fn return_to_address(self) {
        let kept = window().history().ok().and_then(|h| h.state().ok()).and_then(|s| s.as_f64());
        let scroll = kept.or_else(|| self.remembered(&Route::from_address(&address()).href()));
        self.leave();
        memory(|m| m.arrival.scroll = scroll);
        self.follow_address();
    }

    /// Reads the route from the address, when it names another one.
    fn follow_address(self) {
        let route = Route::from_address(&address());
        if self.route.with_untracked(|r| *r != route) {
            self.route.set(route);
        }
    }

    /// Follows a click on an in-app link (not one that opens elsewhere or is modified).
    fn on_click(self, ev: web_sys::MouseEvent) {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.ctrl_key()
            || ev.meta_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return;
        }
        let Some(link) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten())
            .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        else {
            return;
        };
        if !link.target().is_empty() || link.has_attribute("download") {
            return;
        }
        let Some(relative) = link.href().strip_prefix(&site_root()).map(str::to_string) else { return };
        let route = Route::from_address(&relative);
        // A file of the site that is no page (a download, a data file) is left to the browser.
        if route.page == guide_model::pages::Page::NotFound {
            return;
        }
        ev.prevent_default();
        self.navigate(&route, self.links_replace.get_value());
        // A link followed with Enter clicks with no count of clicks.
        memory(|m| m.arrival.keyboard = ev.detail() == 0);
    }
}

/// Tracks the address and provides the router to descendants.
pub fn provide_router() -> Router {
    let router = Router {
        route: RwSignal::new(Route::from_address(&address())),
        links_replace: StoredValue::new(false),
    };
    // The router puts each page back where it was; the browser's own attempt would come before
    // the page is drawn.
    if let Ok(history) = window().history() {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
    let popstate = window_event_listener(leptos::ev::popstate, move |_| router.return_to_address());
    let hashchange = window_event_listener(leptos::ev::hashchange, move |_| router.follow_address());
    let click = window_event_listener(leptos::ev::click, move |ev| router.on_click(ev));
    on_cleanup(move || {
        popstate.remove();
        hashchange.remove();
        click.remove();
    });
    provide_context(router);
    router
}

/// Reads the router.
pub fn use_router() -> Router {
    expect_context::<Router>()
}

/// The site's root folder (`https://host/guide/`): the folder of the document's base URL, which
/// each page file sets to the root (`<base href="../../">`).
pub fn site_root() -> String {
    let base = document().base_uri().ok().flatten().unwrap_or_default();
    // Without a <base>, the base is the document's own address, query and fragment included.
    let base = base.split(['?', '#']).next().unwrap_or_default();
    match base.rfind('/') {
        Some(i) => base[..=i].to_string(),
        None => base.to_string(),
    }
}

/// Whether this build wrote no page files, so that every page is a fragment of `index.html`
/// (`guide_model::route::address::FRAGMENTS_META`).
pub fn fragments_only_build() -> bool {
    let (name, fragments) = guide_model::route::address::FRAGMENTS_META;
    document()
        .query_selector(&format!("meta[name='{name}']"))
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .is_some_and(|c| c == fragments)
}

/// The absolute address of `route`, to share.
pub fn absolute(route: &Route) -> String {
    format!("{}{}", site_root(), route.href())
}

/// The address relative to the site's root (`providers/x/?q=…`, `#/providers/x`); the fragment
/// alone if the document is not below the root.
fn address() -> String {
    let location = window().location();
    let href = location.href().unwrap_or_default();
    match href.strip_prefix(&site_root()) {
        Some(relative) => relative.to_string(),
        None => location.hash().unwrap_or_default(),
    }
}
