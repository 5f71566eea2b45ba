//! The data model: serde types for `providers.json` and `site.json`, and the pure logic over them
//! (loading with validation, modality normalization, filtering, ranking, turnaround rules).
//!
//! Nothing here touches the browser, so all of it is tested natively and fast.

pub mod accessibility;
pub mod clock;
pub mod column;
pub mod compare;
pub mod config;
pub mod conflicts;
pub mod dataset;
pub mod describe;
pub mod directory;
pub mod facts;
pub mod feature;
pub mod finder;
pub mod guide;
pub mod home;
pub mod hours;
pub mod load;
pub mod modality;
pub mod page_meta;
pub mod pages;
pub mod percent;
pub mod problem;
pub mod provider;
pub mod reading;
pub mod route;
pub mod rule;
pub mod search;
pub mod site;
pub mod synthetic;
pub mod validate;
