//! Fetching the data files and providing the loaded data to every view.

pub mod fetch;
pub mod state;
