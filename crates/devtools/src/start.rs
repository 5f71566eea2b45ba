//! When the app starts: after the page's first paint. Every page file holds its own content, so
//! the app's core wasm (by far the largest file) is fetched once that content is on screen, not
//! beside the stylesheets the first paint needs; its integrity hash moves from the preload tag
//! to the fetch.

/// The module script's line that starts the app, as trunk writes it (with the wasm's address).
const INIT: &str = "const wasm = await init({ module_or_path: '";

/// Removes the core wasm's `<link rel="preload">` and makes the module script fetch it, with
/// the same integrity, after the first paint (or after 100 ms where no frame comes, as in a tab
/// in the background).
pub fn start_after_paint(html: &str) -> Result<String, String> {
    let tag_start = html
        .find("<link rel=\"preload\"")
        .filter(|&at| html[at..].split('>').next().is_some_and(|t| t.contains("application/wasm")))
        .ok_or("index.html does not preload the app's wasm")?;
    let tag_end = tag_start + html[tag_start..].find('>').ok_or("unclosed <link>")? + 1;
    let tag = &html[tag_start..tag_end];
    let href = attribute(tag, "href").ok_or("the wasm preload has no href")?;
    let integrity = attribute(tag, "integrity").ok_or("the wasm preload has no integrity")?;
    let html = format!("{}{}", &html[..tag_start], &html[tag_end..]);
    let old = format!("{INIT}{href}' }});");
    if !html.contains(&old) {
        return Err(format!("the module script does not start the app with {href}"));
    }
    let new = format!(
        "await new Promise((resolve) => {{ requestAnimationFrame(() => setTimeout(resolve)); setTimeout(resolve, 100); }});\n\
         const wasm = await init({{ module_or_path: fetch('{href}', {{ integrity: '{integrity}' }}) }});"
    );
    Ok(html.replace(&old, &new))
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
        "<head>\n<script type=\"module\">\nimport init from './app-1/a.js';\n",
        "const wasm = await init({ module_or_path: './app-1/a_bg.wasm' });\n</script>\n",
        "<link rel=\"modulepreload\" href=\"./app-1/a.js\" integrity=\"sha384-js\">",
        "<link rel=\"preload\" href=\"./app-1/a_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-wasm\" as=\"fetch\" type=\"application/wasm\">\n</head>"
    );

    #[test]
    fn the_wasm_is_fetched_after_the_first_paint_with_its_integrity() {
        let html = start_after_paint(PAGE).unwrap();
        assert!(!html.contains("rel=\"preload\""), "no early fetch of the wasm: {html}");
        assert!(html.contains("<link rel=\"modulepreload\" href=\"./app-1/a.js\" integrity=\"sha384-js\">"));
        let wait = html.find("requestAnimationFrame(() => setTimeout(resolve))").expect("waits for a paint");
        let fetch = html
            .find("init({ module_or_path: fetch('./app-1/a_bg.wasm', { integrity: 'sha384-wasm' }) })")
            .expect("fetches with the integrity");
        assert!(wait < fetch);
    }

    #[test]
    fn a_page_without_the_preload_or_the_start_line_is_an_error() {
        assert!(start_after_paint("<head></head>").is_err());
        let without_start = PAGE.replace("const wasm = await init", "init");
        assert!(start_after_paint(&without_start).unwrap_err().contains("does not start the app"));
    }
}
