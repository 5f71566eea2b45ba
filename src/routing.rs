//! Hash routing: every page is `index.html#/…`, so deep links and reloads work on a plain
//! static server with no rewrite rules, under any sub-path and inside an iframe. The routes
//! themselves are the route table of `guide_model::pages`. See docs/architecture.md.

pub mod hash;
