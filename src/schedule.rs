//! Scheduling against the browser's frames: yielding to it between tasks (`task`), and a copy of
//! a memo brought up to date after the next paint (`behind`).

pub mod behind;
pub mod task;
