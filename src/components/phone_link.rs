//! Phone numbers as `tel:` links with their hours.

use guide_model::facts::PhoneFact;
use leptos::prelude::*;

/// A `tel:` link; the number was validated as digits and hyphens when the data loaded.
#[component]
pub fn PhoneLink(phone: PhoneFact) -> impl IntoView {
    let href = format!("tel:{}", phone.number.replace('-', ""));
    view! {
        <p class="phone">
            <a class="button" href=href>
                <span aria-hidden="true">"☎ "</span>
                {format!("電話 {}", phone.number)}
            </a>
            {phone.hours.map(|h| view! { <span class="phone-hours">{format!("受付時間: {h}")}</span> })}
        </p>
    }
}
