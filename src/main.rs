//! Entry point: installs the panic screen and starts the app (see `mount` for how it takes over
//! the page file's content).

fn main() {
    teleradiology_guide::panic::install();
    // The app is drawn in a task of its own, after the one that instantiated the wasm: the two
    // together held a slow phone's main thread for longer than one task should (Lighthouse's
    // total blocking time, scripts/lighthouse.sh).
    leptos::prelude::set_timeout(teleradiology_guide::mount, std::time::Duration::ZERO);
}
