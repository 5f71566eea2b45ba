//! The turnaround clock: Japan-time dates, the Japanese public-holiday calendar, and when each
//! report is due for a request sent at a given moment, from each service's stated rules only.

pub mod board;
pub mod date;
pub mod holidays;
pub mod note;
pub mod turnaround;
