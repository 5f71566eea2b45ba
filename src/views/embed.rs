//! How to embed the guide in a hospital's own page: options, a copyable snippet (iframe plus a
//! few lines that resize it from the guide's height messages), and a live preview.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use guide_model::pages::Page;
use guide_model::route::{Query, Route};

use crate::embed_mode::MESSAGE_TYPE;

/// The start pages offered (the route table's), with their navigation labels.
fn starts() -> impl Iterator<Item = (Page, &'static str)> {
    Page::nav().filter(|(page, _)| page.spec().embed_start)
}

/// Where the guide is installed: its root folder.
fn installed_at() -> String {
    crate::routing::history::site_root()
}

/// The snippet for an iframe showing `route`.
pub fn snippet(base: &str, route: &str) -> String {
    format!(
        r#"<iframe src="{base}?embed=1{route}" title="遠隔画像診断サービスの選び方ガイド" style="width:100%;height:800px;border:0" loading="lazy"></iframe>
<script>
  // The guide reports its height; resize the frame that sent it.
  window.addEventListener("message", function (event) {{
    var data = event.data;
    if (!data || data.type !== "{MESSAGE_TYPE}") return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {{
      if (frames[i].contentWindow === event.source) frames[i].style.height = data.height + "px";
    }}
  }});
</script>"#
    )
}

/// The embedding page.
#[component]
pub fn EmbedPage() -> impl IntoView {
    let (start, set_start) = signal(Page::Directory);
    let (modality, set_modality) = signal(String::new());
    let route = move || {
        let m = modality.get();
        match start.get() {
            Page::Directory if !m.is_empty() => {
                Page::Directory.with_query(Query(vec![("m".to_string(), m)])).fragment()
            }
            page => page.route().fragment(),
        }
    };
    let base = installed_at();
    let code = {
        let base = base.clone();
        move || snippet(&base, &route())
    };
    let preview = move || format!("{}?embed=1{}", base, route());
    let (preview_height, set_preview_height) = signal(600);
    let handle = window_event_listener(leptos::ev::message, move |ev| {
        let data = ev.data();
        let kind = js_sys::Reflect::get(&data, &"type".into()).ok().and_then(|v| v.as_string());
        if kind.as_deref() == Some(MESSAGE_TYPE) {
            if let Some(h) = js_sys::Reflect::get(&data, &"height".into()).ok().and_then(|v| v.as_f64()) {
                set_preview_height.set((h as i32).clamp(200, 4000));
            }
        }
    });
    on_cleanup(move || handle.remove());
    let (copied, set_copied) = signal(false);
    let copy = move |_| {
        if let Some(area) = document()
            .get_element_by_id("embed-code")
            .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        {
            area.select();
            let clipboard = js_sys::Reflect::get(&window().navigator(), &"clipboard".into()).ok();
            let write = clipboard.as_ref().and_then(|c| js_sys::Reflect::get(c, &"writeText".into()).ok());
            if let (Some(c), Some(f)) = (clipboard, write.and_then(|f| f.dyn_into::<js_sys::Function>().ok()))
            {
                let _ = f.call1(&c, &area.value().into());
            }
            set_copied.set(true);
        }
    };
    view! {
        <div class="embed-page">
            <h1>"ガイドを自院のページに埋め込む"</h1>
            <p class="lead">"院内ポータルなどのページに、このガイドを iframe で表示できます。埋め込み表示ではサイトの見出しやフッターを省き、余白を詰めて表示します。ページの高さは親ページに通知されるので、下のコードを貼るだけで iframe の高さが自動で合います。"</p>
            <form class="embed-options" on:submit=|ev| ev.prevent_default()>
                <div class="field">
                    <label for="embed-start">"最初に表示するページ"</label>
                    <select id="embed-start" on:change=move |ev| set_start.set(Route::parse(&event_target_value(&ev)).page)>
                        {starts().map(|(page, label)| view! { <option value=page.route().fragment() selected=page == Page::Directory>{label}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="embed-modality">"サービス一覧の絞り込み(検査)"</label>
                    <select id="embed-modality" on:change=move |ev| set_modality.set(event_target_value(&ev))>
                        <option value="">"絞り込まない"</option>
                        {guide_model::modality::Modality::ALL.into_iter().map(|m| view! { <option value=m.code()>{m.label()}</option> }).collect_view()}
                    </select>
                </div>
            </form>
            <h2>"貼り付けるコード"</h2>
            <label for="embed-code">"次のコードを、埋め込みたいページの HTML に貼り付けてください。"</label>
            <textarea id="embed-code" readonly rows="14" prop:value=code></textarea>
            <p>
                <button type="button" class="button primary" on:click=copy>"コードを選択してコピー"</button>
                " "
                <span role="status">{move || copied.get().then_some("コピーしました(うまくいかない場合は Ctrl+C / ⌘+C を押してください)。")}</span>
            </p>
            <h2>"使い方の注意"</h2>
            <ul>
                <li>"高さの通知は " <code>{format!("{{ type: \"{MESSAGE_TYPE}\", height: 高さ(px), route: \"#/…\" }}")}</code> " の形式で、postMessage で送られます。"</li>
                <li>"埋め込み表示の中でリンクをたどっても、親ページの履歴は増えません。"</li>
                <li>"sandbox 属性を付ける場合は allow-scripts と allow-same-origin を付けてください。Safari(WebKit)は allow-same-origin のない枠ではガイド自身のファイルの読み込みを止めるため、表示されません。Chrome・Edge・Firefox では、allow-same-origin なしでも、配信するサーバーで JSON・JavaScript・WebAssembly のファイルに Access-Control-Allow-Origin ヘッダーを付ければ表示されます(比較リストは保存されず、ページを開いている間だけ保持されます)。"</li>
                <li>"掲載する事業者の一覧を自院で管理する場合は、config.json で読み込むファイルを指定できます(同じサーバー上のファイルに限ります)。"</li>
            </ul>
            <h2>"プレビュー"</h2>
            <iframe class="embed-preview" title="埋め込み表示のプレビュー" src=preview style:height=move || format!("{}px", preview_height.get())></iframe>
        </div>
    }
}
