//! Yielding to the browser between the steps of long work (reading the data, then drawing the
//! page), so that on a slow phone no single task holds up input and painting for long.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Resumes in a new task of the browser's event loop, after whatever is waiting to run.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        if let Some(window) = web_sys::window() {
            if window.set_timeout_with_callback(&resolve).is_ok() {
                return;
            }
        }
        // Without a timer there is nothing to yield to: carry on at once.
        let _ = resolve.call0(&JsValue::NULL);
    });
    let _ = js_sys::futures::JsFuture::from(promise).await;
}

/// How long to wait for a frame where the browser runs none (a hidden tab).
const FRAME_FALLBACK_MS: i32 = 100;

/// Resumes after the next frame has been painted, or after [`FRAME_FALLBACK_MS`] where no frame
/// comes: for changes made in this task, which that frame shows.
pub async fn after_next_paint() {
    after_frames(1).await;
}

/// Resumes in a timer set in the `frames`-th animation frame from now (a frame's callbacks run
/// before its paint, so the timer runs after it), or after [`FRAME_FALLBACK_MS`], whichever
/// comes first.
async fn after_frames(frames: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&JsValue::NULL);
            return;
        };
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, FRAME_FALLBACK_MS);
        in_frame(window, frames.max(1), resolve);
    });
    let _ = js_sys::futures::JsFuture::from(promise).await;
}

/// Sets a timer for `resolve` in the `left`-th animation frame from now.
fn in_frame(window: web_sys::Window, left: u32, resolve: js_sys::Function) {
    let frames = window.clone();
    let callback = Closure::once_into_js(move || {
        if left > 1 {
            in_frame(window, left - 1, resolve);
        } else {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = frames.request_animation_frame(callback.unchecked_ref());
}
