//! Entry point: installs the panic screen and, once the static loading shell has been painted
//! and the browser has reported that paint, mounts the app over it.

fn main() {
    teleradiology_guide::panic::install();
    // Starting the app is one long task on a phone; the shell (with the home page's opening
    // text) is on screen first, so the visitor reads while it runs.
    js_sys::futures::spawn_local(async {
        teleradiology_guide::schedule::task::after_shell_painted().await;
        teleradiology_guide::mount();
    });
}
