//! Pieces shared by several views.

pub mod data_gate;
pub mod page_title;
pub mod provider_card;
pub mod site_header;
pub mod stated;
