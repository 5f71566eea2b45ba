//! Development tools: a loopback static server for `dist/` (axum and tower-http's `ServeDir`) that
//! can mount the app under any sub-path, replace any file with a scripted reply (status, body,
//! delay, dropped connection) and record every request. The `serve` command and the end-to-end
//! tests share it.

pub mod accessibility;
pub mod columns;
pub mod csp;
pub mod inline_css;
pub mod server;
pub mod site;
pub mod split;
pub mod start;
