//! Helpers shared by the end-to-end tests: a browser session on a served build, and short
//! commands to open routes, wait for text, click, type, read the DOM and collect errors.

pub mod axe;
pub mod browser;
pub mod chromedriver;
pub mod driver;
pub mod engine;
pub mod session;
pub mod site;
pub mod targets;
pub mod viewport;

pub use site::Site;
pub use viewport::Viewport;
