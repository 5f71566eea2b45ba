//! Hash routing: every page is `index.html#/…`, so deep links and reloads work on a plain
//! static server with no rewrite rules, under any sub-path and inside an iframe.
//! See docs/architecture.md for the decision.

pub mod hash;
pub mod query;
pub mod route;
