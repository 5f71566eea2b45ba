//! Provider detail: everything known about one organization.

use leptos::prelude::*;

use crate::components::page_title::set_page_title;
use crate::components::provider_card::ProviderCard;
use crate::data::state::{use_data, LoadState};
use crate::views::not_found::NotFoundPage;

/// The detail page of provider `id`.
#[component]
pub fn ProviderPage(id: String) -> impl IntoView {
    let data = use_data();
    let LoadState::Ready(app) = data.state.get_untracked() else {
        return ().into_any();
    };
    let Some(provider) = app.loaded.dataset.provider(&id).cloned() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    set_page_title(&provider.name);
    view! { <ProviderCard provider=provider data=app.clone()/> }.into_any()
}
