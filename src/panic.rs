//! A panic never leaves a blank page: the hook logs it and shows a Japanese message with a
//! reload link. The link needs no Rust code, because after a panic the module is dead.

use std::panic::PanicHookInfo;

/// Installs the panic hook.
pub fn install() {
    std::panic::set_hook(Box::new(show));
}

fn show(info: &PanicHookInfo<'_>) {
    web_sys::console::error_1(&format!("panic: {info}").into());
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    let Ok(panel) = document.create_element("div") else {
        return;
    };
    panel.set_class_name("fatal");
    let _ = panel.set_attribute("role", "alert");
    let reload = document.location().and_then(|l| l.href().ok()).unwrap_or_default();
    let Ok(message) = document.create_element("p") else {
        return;
    };
    message.set_text_content(Some(
        "申し訳ありません。予期しないエラーが発生したため、表示を続けられなくなりました。ページを再読み込みしてください。",
    ));
    let _ = panel.append_child(&message);
    if let Ok(link) = document.create_element("a") {
        let _ = link.set_attribute("href", &reload);
        link.set_text_content(Some("再読み込みする"));
        let _ = panel.append_child(&link);
    }
    let _ = body.prepend_with_node_1(&panel);
}
