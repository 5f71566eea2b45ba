//! End-to-end tests: the real release build (`dist/`), served over HTTP on loopback, driven at
//! phone and desktop sizes in the engine `E2E_ENGINE` names: Chromium, Firefox or WebKit
//! (see `harness::engine`).
//!
//! `scripts/test.sh` builds `dist/` once and runs these; see `harness` for the helpers.
#![cfg(not(target_arch = "wasm32"))]

// Helpers are shared by every test file; not each file uses each helper.
#[allow(dead_code)]
mod harness;

mod accessibility;
mod bad_input;
mod bench;
mod chunks;
mod clock;
mod clock_journey;
mod columns;
mod compare;
mod crawl;
mod directory;
mod embed;
mod finder;
mod finder_journey;
mod home;
mod keyboard;
mod loading;
mod own_data;
pub mod pages;
mod provider_page;
mod security;
mod shortlist_journey;
mod static_pages;
mod subpath;
mod xss;
