//! Fetching the data files and providing the loaded data to every view.

pub mod behind;
pub mod columns;
pub mod compare;
pub mod diagnose;
pub mod fetch;
pub mod state;
pub mod task;
