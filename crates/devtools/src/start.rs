//! When the app starts: after the page's largest paint. Every page file holds its own content, so
//! nothing of the app (its JS, the chunk loader, the core wasm) is fetched while that content is
//! parsed and painted: the module script waits until the browser reports the page's largest
//! contentful paint (its first contentful paint in an engine that reports no largest, the frame
//! after the first in one that reports neither, and at most a second), then asks for all three
//! at once. (Waiting for a frame alone was not enough: the paint reaches the screen after the
//! frame's scripts have run, and a request made before it counts, in Lighthouse's simulation of a
//! slow phone, as something the paint waited for; the directory's LCP went from 0.9 s to 1.8 s in
//! some runs.) Each of the three keeps its integrity hash: the JS files through `<link rel="modulepreload">`
//! tags added at that moment (the later `import()` is served from the module they loaded), the
//! wasm through the fetch. Integrity of the JS holds where the engine applies a modulepreload's
//! integrity to the module it loads (Chromium and Firefox do; WebKit loads it unchecked, as it did
//! the static import before).
//!
//! The `import()` is given an absolute address made from `document.baseURI`: WebKit resolves an
//! inline module script's `import()` against the document's own address, not its `<base>`, and a
//! page file in a folder (`clock/`) would ask for `clock/app-…/…js`, which does not exist.

/// The module script's line that imports the app's JS, as trunk writes it (with its address).
const IMPORT: &str = "import init, * as bindings from '";
/// The module script's line that starts the app, as trunk writes it (with the wasm's address).
const INIT: &str = "const wasm = await init({ module_or_path: '";

/// Rewrites trunk's start of the app in `index.html`: removes the preload tags of the app's JS
/// and wasm, and makes the module script load them after the largest paint (or after 100 ms in a
/// tab in the background, which paints nothing), with the same integrity.
pub fn start_after_paint(html: &str) -> Result<String, String> {
    let (html, wasm) =
        take_link(html, "application/wasm").ok_or("index.html does not preload the app's wasm")?;
    let wasm_href = attribute(&wasm, "href").ok_or("the wasm preload has no href")?;
    let wasm_integrity = attribute(&wasm, "integrity").ok_or("the wasm preload has no integrity")?;
    let mut html = html;
    let mut modules = Vec::new();
    while let Some((rest, link)) = take_link(&html, "rel=\"modulepreload\"") {
        let href = attribute(&link, "href").ok_or("a modulepreload has no href")?;
        let integrity = attribute(&link, "integrity").ok_or("a modulepreload has no integrity")?;
        modules.push(format!("['{href}', '{integrity}']"));
        html = rest;
    }
    let import_start = html.find(IMPORT).ok_or("the module script does not import the app's JS")?;
    let import_end =
        import_start + html[import_start..].find('\n').ok_or("the import line does not end")? + 1;
    let js = html[import_start + IMPORT.len()..import_end].trim_end().trim_end_matches("';").to_string();
    if !modules.iter().any(|m| m.starts_with(&format!("['{js}'"))) {
        return Err(format!("the app's JS {js} has no modulepreload with its integrity"));
    }
    let html = format!("{}{}", &html[..import_start], &html[import_end..]);
    let old = format!("{INIT}{wasm_href}' }});");
    if !html.contains(&old) {
        return Err(format!("the module script does not start the app with {wasm_href}"));
    }
    let new = format!(
        "await new Promise((resolve) => {{ \
         const paint = ['largest-contentful-paint', 'paint'].find((type) => PerformanceObserver.supportedEntryTypes.includes(type)); \
         if (paint) new PerformanceObserver((list) => list.getEntries().some((entry) => entry.name !== 'first-paint') && resolve()).observe({{ type: paint, buffered: true }}); \
         else requestAnimationFrame(() => requestAnimationFrame(resolve)); \
         setTimeout(resolve, document.visibilityState === 'hidden' ? 100 : 1000); }});\n\
         const module_or_path = fetch('{wasm_href}', {{ integrity: '{wasm_integrity}' }});\n\
         await Promise.all([{modules}].map(([href, integrity]) => new Promise((onload, onerror) => \
         document.head.append(Object.assign(document.createElement('link'), {{ rel: 'modulepreload', href, integrity, crossOrigin: 'anonymous', onload, onerror }})))));\n\
         const bindings = await import(new URL('{js}', document.baseURI).href);\n\
         const init = bindings.default;\n\
         const wasm = await init({{ module_or_path }});",
        modules = modules.join(", ")
    );
    Ok(html.replace(&old, &new))
}

/// `html` without its first `<link …>` tag containing `needle`, and that tag.
fn take_link(html: &str, needle: &str) -> Option<(String, String)> {
    let mut from = 0;
    while let Some(offset) = html[from..].find("<link ") {
        let start = from + offset;
        let end = start + html[start..].find('>')? + 1;
        let tag = &html[start..end];
        if tag.contains(needle) {
            // The line the tag stood on goes with it when nothing else is on it.
            let end = if html[end..].starts_with('\n') { end + 1 } else { end };
            return Some((format!("{}{}", &html[..start], &html[end..]), tag.to_string()));
        }
        from = end;
    }
    None
}

/// The value of `name="…"` in `tag`.
pub(crate) fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(&tag[start..start + tag[start..].find('"')?])
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = concat!(
        "<head>\n<script type=\"module\">\nimport init, * as bindings from './app-1/a.js';\n",
        "const wasm = await init({ module_or_path: './app-1/a_bg.wasm' });\n</script>\n",
        "<link rel=\"modulepreload\" href=\"./app-1/a.js\" crossorigin=\"anonymous\" integrity=\"sha384-js\">\n",
        "<link rel=\"modulepreload\" href=\"./app-1/__wasm_split.js\" crossorigin=\"anonymous\" integrity=\"sha384-split\">\n",
        "<link rel=\"preload\" href=\"./app-1/a_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-wasm\" as=\"fetch\" type=\"application/wasm\">\n</head>"
    );

    #[test]
    fn nothing_of_the_app_is_fetched_before_the_first_paint_and_each_file_keeps_its_integrity() {
        let html = start_after_paint(PAGE).unwrap();
        assert!(!html.contains("<link"), "no tag fetches the app while the page is parsed: {html}");
        assert!(!html.contains("import init"), "no static import: {html}");
        let wait = html.find("new PerformanceObserver(").expect("waits for the largest paint");
        let fetch =
            html.find("fetch('./app-1/a_bg.wasm', { integrity: 'sha384-wasm' })").expect("wasm integrity");
        let preload = html
            .find("[['./app-1/a.js', 'sha384-js'], ['./app-1/__wasm_split.js', 'sha384-split']]")
            .expect("both modules preloaded with their integrity");
        let import = html
            .find("await import(new URL('./app-1/a.js', document.baseURI).href)")
            .expect("imports the app's JS from the site's root, whatever the page's folder");
        assert!(wait < fetch && fetch < preload && preload < import, "{html}");
        assert!(html.contains("const wasm = await init({ module_or_path });"), "{html}");
    }

    #[test]
    fn a_page_without_the_preload_or_the_start_line_is_an_error() {
        assert!(start_after_paint("<head></head>").is_err());
        let without_start = PAGE.replace("const wasm = await init", "init");
        assert!(start_after_paint(&without_start).unwrap_err().contains("does not start the app"));
        let without_js_preload =
            PAGE.replace("rel=\"modulepreload\" href=\"./app-1/a.js\"", "rel=\"x\" href=\"./app-1/a.js\"");
        assert!(start_after_paint(&without_js_preload).unwrap_err().contains("no modulepreload"));
    }
}
