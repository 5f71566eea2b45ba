//! Sharing a comparison: its address to copy (one button), or to hand to the phone's own share
//! sheet where the browser has one (Web Share). Whoever opens the address sees the same services,
//! and their compare list becomes that list, ready to change.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The share box for `url`.
#[component]
pub fn ShareBox(url: String) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let can_share = js_sys::Reflect::has(&window().navigator(), &"share".into()).unwrap_or(false);
    let copy = {
        let url = url.clone();
        move |_| {
            let url = url.clone();
            // Without a secure context (an intranet served over plain http) there is no clipboard.
            let clipboard = js_sys::Reflect::get(&window().navigator(), &"clipboard".into())
                .ok()
                .filter(|c| !c.is_undefined() && !c.is_null())
                .map(|c| c.unchecked_into::<web_sys::Clipboard>());
            leptos::task::spawn_local(async move {
                let copied = match clipboard {
                    Some(clipboard) => {
                        js_sys::futures::JsFuture::from(clipboard.write_text(&url)).await.is_ok()
                    }
                    None => false,
                };
                status.set(if copied {
                    "URLをコピーしました。メールやチャットに貼り付けて共有できます。".to_string()
                } else {
                    select_field();
                    "自動でコピーできませんでした。URLを選択したので、長押しまたは Ctrl+C でコピーしてください。".to_string()
                });
            });
        }
    };
    let share = {
        let url = url.clone();
        move |_| {
            let data = web_sys::ShareData::new();
            data.set_title("遠隔画像診断サービスの比較");
            data.set_url(&url);
            let promise = window().navigator().share_with_data(&data);
            // Closing the share sheet rejects the promise: that is the visitor's choice, not an error.
            leptos::task::spawn_local(async move {
                let _ = js_sys::futures::JsFuture::from(promise).await;
            });
        }
    };
    view! {
        <div class="field share">
            <label for="share-url">"共有用のURL(開いた人の比較リストにも、この組み合わせが入ります)"</label>
            <div class="share-row">
                <input id="share-url" type="text" readonly value=url on:focus=|_| select_field()/>
                <button type="button" class="button" on:click=copy>"URLをコピー"</button>
                {can_share.then(|| view! { <button type="button" class="button" on:click=share>"共有…"</button> })}
            </div>
            <p class="share-status" role="status">{move || status.get()}</p>
        </div>
    }
}

/// Selects the address in its field, for copying by hand.
fn select_field() {
    let field = document().get_element_by_id("share-url");
    if let Some(input) = field.and_then(|f| f.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        input.select();
    }
}
