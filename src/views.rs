//! One page-level component per route.

pub mod directory;
pub mod home;
pub mod not_found;
pub mod provider;
