//! Pieces shared by several views.

pub mod badges;
pub mod compare_button;
pub mod compare_tray;
pub mod criterion_card;
pub mod data_gate;
pub mod page_title;
pub mod phone_link;
pub mod provider_card;
pub mod search_box;
pub mod service_table;
pub mod site_header;
pub mod stated;
