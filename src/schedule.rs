//! Scheduling against the browser's frames: yielding to it between tasks (`task`), and inputs
//! taken one painted frame late (`deferred`).

pub mod deferred;
pub mod task;
