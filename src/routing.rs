//! Routing: every page has an address of its own (`providers/x/`, a file the build writes), read
//! and written with the History API, so deep links and reloads work on a plain static server
//! with no rewrite rules, under any sub-path and inside an iframe; fragment addresses
//! (`#/providers/x`) of the root's `index.html` keep working, and are the only form where the
//! build or embed mode asks for it. The routes themselves are the route table of
//! `guide_model::pages`. See docs/architecture.md.

pub mod history;
