//! The CSV download: a link to a Blob of the comparison, created when shown and released when
//! the page goes away.

use guide_model::compare::{csv, CompareRow};
use leptos::prelude::*;

/// A download link for the comparison as CSV (UTF-8 with BOM, for Excel).
#[component]
pub fn CsvLink(rows: Vec<CompareRow>) -> impl IntoView {
    let url = blob_url(&csv(&rows));
    if let Some(url) = url.clone() {
        on_cleanup(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
    }
    url.map(|href| {
        view! { <a class="button" id="csv-download" href=href download="teleradiology-compare.csv">"CSVをダウンロード"</a> }
    })
}

fn blob_url(text: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}
