//! Inputs taken one painted frame late. An input's answer (the result count and the first cards)
//! is drawn in the task that handles it; what matters less (the rest of the page, the counts
//! beside every filter) is computed from a deferred copy of its inputs, which catches up once the
//! browser has painted that answer. Whatever reads the copy tracks it like any signal, so no
//! caller lists what depends on what. Until it catches up, the part that lags says `aria-busy`.

use std::sync::Arc;

use leptos::prelude::*;

use crate::schedule::task::after_next_paint;

/// A copy of an input that is brought up to date after the next paint following each change,
/// and whether it is out of date meanwhile.
pub struct Deferred<T: Send + Sync + 'static> {
    shown: RwSignal<T>,
    /// Changes seen, and changes caught up with: the copy is behind while they differ.
    seen: RwSignal<u64>,
    caught_up: RwSignal<u64>,
}

impl<T: Send + Sync + 'static> Clone for Deferred<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Deferred<T> {}

impl<T: Send + Sync + 'static> Deferred<T> {
    /// Follows `input` (read in an effect, so everything it reads is tracked). The copy starts
    /// behind: the first frame after it is made is also drawn before anything that reads it.
    pub fn new(input: impl Fn() -> T + Send + Sync + 'static) -> Deferred<T> {
        let deferred = Deferred {
            shown: RwSignal::new(untrack(&input)),
            seen: RwSignal::new(0),
            caught_up: RwSignal::new(0),
        };
        let input = Arc::new(input);
        Effect::new(move |_| {
            input();
            let change = deferred.seen.get_untracked() + 1;
            deferred.seen.set(change);
            let input = input.clone();
            leptos::task::spawn_local(async move {
                after_next_paint().await;
                // Only the latest change is caught up with; the page may also have been left
                // meanwhile, and its signals disposed of (then `seen` is gone with them). The
                // input changed (an effect over memos runs only then), so the copy is set
                // without comparing.
                if deferred.seen.try_get_untracked() != Some(change) {
                    return;
                }
                deferred.shown.try_set(untrack(|| input()));
                deferred.caught_up.try_set(change);
            });
        });
        deferred
    }

    /// The input as last caught up with (tracked).
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.shown.with(f)
    }

    /// Whether the copy is out of date, waiting for a paint (tracked).
    pub fn is_behind(&self) -> bool {
        self.seen.get() != self.caught_up.get()
    }
}
