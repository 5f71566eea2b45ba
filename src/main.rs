//! Entry point: installs the panic screen and starts the app (see `mount` for how it takes over
//! the page file's content).

fn main() {
    teleradiology_guide::panic::install();
    teleradiology_guide::mount();
}
