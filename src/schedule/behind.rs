//! Values shown one painted frame behind the state they follow. An input's answer (the result
//! count and the first cards) is drawn in the task that handles it; what matters less (the rest
//! of the page, the counts beside every filter) follows once the browser has painted that
//! answer, so the answer does not wait for it. Until then the part that lags says `aria-busy`.

use leptos::prelude::*;

use crate::schedule::task::after_next_paint;

/// A copy of a memo's value that is brought up to date after the next paint following each
/// change, and whether it is out of date meanwhile.
pub struct Behind<T: Send + Sync + 'static> {
    shown: RwSignal<T>,
    /// Changes seen, and changes caught up with: the copy is behind while they differ.
    seen: RwSignal<u64>,
    caught_up: RwSignal<u64>,
}

impl<T: Send + Sync + 'static> Clone for Behind<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Behind<T> {}

impl<T: Clone + PartialEq + Send + Sync + 'static> Behind<T> {
    /// Follows `value`, which is read now and then once after the paint that follows each run of
    /// `changes`. `changes` tracks what `value` depends on, so that a change is noticed without
    /// working out the new value in the task that made it. The copy starts behind: the first
    /// frame after it is made is also drawn before anything that waits on it.
    pub fn new(changes: impl Fn() + Send + Sync + 'static, value: Memo<T>) -> Behind<T> {
        let behind = Behind {
            shown: RwSignal::new(value.get_untracked()),
            seen: RwSignal::new(0),
            caught_up: RwSignal::new(0),
        };
        Effect::new(move |_| {
            changes();
            let change = behind.seen.get_untracked() + 1;
            behind.seen.set(change);
            leptos::task::spawn_local(async move {
                after_next_paint().await;
                // Only the latest change is caught up with; the page may also have been left
                // meanwhile, and its signals disposed of.
                if behind.seen.try_get_untracked() != Some(change) {
                    return;
                }
                if let Some(now) = value.try_get_untracked() {
                    if behind.shown.try_with_untracked(|shown| *shown != now) == Some(true) {
                        behind.shown.try_set(now);
                    }
                }
                behind.caught_up.try_set(change);
            });
        });
        behind
    }

    /// The value as last caught up with (tracked).
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.shown.with(f)
    }

    /// Whether the copy is out of date, waiting for a paint (tracked).
    pub fn is_behind(&self) -> bool {
        self.seen.get() != self.caught_up.get()
    }
}
