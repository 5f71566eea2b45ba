//! One page-level component per route.

pub mod accessibility;
pub mod clock;
pub mod column;
pub mod columns;
pub mod compare;
pub mod directory;
pub mod embed;
pub mod finder;
pub mod guide;
pub mod home;
pub mod not_found;
pub mod provider;
pub mod scroll;
