//! Focus and scroll after a page change: screen readers and keyboards start at the new page's
//! heading, and the page starts at the top, or where it was left when it is returned to
//! (`Router::take_scroll`). A page reports when it is drawn ([`Drawn::report`]: at once for the
//! core's pages, once its chunk has arrived for the others), and the heading is focused then,
//! not polled for. The focused heading shows a ring only when a key followed the link: after a
//! tap, a click or the browser's back button, a ring around a heading reads as a selection.

use guide_model::route::Route;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::routing::history::Router;

/// Where a page reports itself drawn: the place (route without query) last drawn.
#[derive(Clone, Copy)]
pub struct Drawn(RwSignal<Option<Route>>);

impl Drawn {
    /// The reporter of the app (read while drawing, so that it can report later from a task).
    pub fn reporter() -> Option<Drawn> {
        use_context::<Drawn>()
    }

    /// Reports that the page of `place` is drawn (or its failure to load is shown).
    pub fn report(self, place: Route) {
        self.0.set(Some(place));
    }

    /// Whether the page last reported drawn is `place` (tracked).
    pub fn shows(self, place: &Route) -> bool {
        self.0.with(|d| d.as_ref() == Some(place))
    }
}

/// Moves the focus to the heading of each page `place` changes to, once that page is drawn. A
/// change to a section (`#/guide/types`) is left to the page, which focuses the section.
pub fn follow(place: Memo<Route>, router: Router) -> Drawn {
    let drawn = RwSignal::new(None);
    provide_context(Drawn(drawn));
    // The page waiting for the focus: set by a change of place, taken when that page is drawn
    // (which may come before or after this effect sees the change).
    let waiting = StoredValue::new(None::<Route>);
    Effect::new(move |previous: Option<Route>| {
        let current = place.get();
        if previous.is_some_and(|p| p != current) && current.param("section").is_none() {
            waiting.set_value(Some(current.clone()));
        }
        let arrived = waiting.with_value(|w| w.is_some() && drawn.with(|d| d == w));
        if arrived {
            waiting.set_value(None);
            let arrival = router.take_arrival();
            request_animation_frame(move || focus_heading(arrival.keyboard, arrival.scroll.unwrap_or(0.0)));
        }
        current
    });
    Drawn(drawn)
}

/// Focuses the page's `<h1>` (or `main` without one), with a ring only for the `keyboard`, and
/// scrolls to `y`.
fn focus_heading(keyboard: bool, y: f64) {
    let document = document();
    let target =
        document.query_selector("main h1").ok().flatten().or_else(|| document.get_element_by_id("main"));
    if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        if !el.has_attribute("tabindex") {
            let _ = el.set_attribute("tabindex", "-1");
        }
        let _ = if keyboard {
            el.remove_attribute("data-quiet-focus")
        } else {
            el.set_attribute("data-quiet-focus", "")
        };
        let _ = el.focus();
    }
    // After the focus, which may have scrolled to the heading, in the same frame.
    window().scroll_to_with_x_and_y(0.0, y);
}
