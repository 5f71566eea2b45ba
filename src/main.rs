//! Entry point: installs the panic screen and mounts the app over the static loading shell.

fn main() {
    teleradiology_guide::panic::install();
    teleradiology_guide::mount();
}
