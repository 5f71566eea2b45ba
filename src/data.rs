//! Fetching the data files and providing the loaded data to every view.

pub mod columns;
pub mod compare;
pub mod diagnose;
pub mod fetch;
pub mod remote;
pub mod state;
