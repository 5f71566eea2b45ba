//! Edits the built `index.html` into one page's file: its `<base>`, `<title>`, description, link
//! preview tags (Open Graph, Twitter card), canonical link and structured data.
//!
//! Every value is written as escaped text; the edits are the same whether or not the template
//! already holds an earlier run's tags (they are removed first).

use serde_json::Value;

/// The charset declaration the `<base>` element follows.
const CHARSET: &str = "<meta charset=\"utf-8\">";
/// The start of each element this module writes, and the end that closes it.
const WRITTEN: [(&str, &str); 6] = [
    ("<base ", ">"),
    ("<link rel=\"canonical\"", ">"),
    ("<meta property=\"og:", ">"),
    ("<meta name=\"twitter:", ">"),
    ("<meta name=\"guide-addressing\"", ">"),
    ("<script type=\"application/ld+json\">", "</script>"),
];

/// What one page's file says about the page.
#[derive(Clone, Debug, Default)]
pub struct Head {
    /// Folders below the site's root (`<base href>` climbs back that many).
    pub depth: usize,
    /// The document title.
    pub title: String,
    /// The meta description (and the preview's description).
    pub description: String,
    /// The preview's title.
    pub preview_title: String,
    /// The Open Graph type: `website` or `article`.
    pub og_type: &'static str,
    /// The site's name for `og:site_name`.
    pub site_name: String,
    /// The page's absolute URL, when the site's address is known.
    pub url: Option<String>,
    /// The absolute URL of the preview image, when the site's address is known.
    pub image: Option<String>,
    /// The preview image's text alternative.
    pub image_alt: String,
    /// The structured data blocks (JSON-LD).
    pub json_ld: Vec<Value>,
    /// `<meta name>` and content pairs to add (the build's addressing switch).
    pub meta: Vec<(&'static str, &'static str)>,
}

/// The template with this page's head.
pub fn apply(template: &str, head: &Head) -> Result<String, String> {
    let mut html =
        WRITTEN.iter().fold(template.to_string(), |html, (start, end)| remove_all(&html, start, end));
    html = replace_element(&html, "<title>", "</title>", &format!("<title>{}</title>", escape(&head.title)))?;
    let description = format!("<meta name=\"description\" content=\"{}\">", escape(&head.description));
    html = replace_element(&html, "<meta name=\"description\"", ">", &description)?;
    // The root file has one too ("./"): without it, the document's base would follow the
    // address as the app moves between pages with the History API.
    let root = if head.depth == 0 { "./".to_string() } else { "../".repeat(head.depth) };
    let base = format!("\n  <base href=\"{root}\">");
    let at = html.find(CHARSET).map(|i| i + CHARSET.len());
    let at =
        at.or_else(|| html.find("<head>").map(|i| i + "<head>".len())).ok_or("the template has no <head>")?;
    html.insert_str(at, &base);
    let end = html.find("</head>").ok_or("the template has no </head>")?;
    html.insert_str(end, &tags(head));
    Ok(html)
}

/// The tags written before `</head>`, each on its own line.
fn tags(head: &Head) -> String {
    let mut out = String::new();
    let mut line = |tag: String| {
        out.push_str("  ");
        out.push_str(&tag);
        out.push('\n');
    };
    for (name, content) in &head.meta {
        line(format!("<meta name=\"{}\" content=\"{}\">", escape(name), escape(content)));
    }
    if let Some(url) = &head.url {
        line(format!("<link rel=\"canonical\" href=\"{}\">", escape(url)));
    }
    let property = |p: &str, c: &str| format!("<meta property=\"og:{p}\" content=\"{}\">", escape(c));
    line(property("title", &head.preview_title));
    line(property("description", &head.description));
    line(property("type", head.og_type));
    line(property("site_name", &head.site_name));
    line(property("locale", "ja_JP"));
    if let Some(url) = &head.url {
        line(property("url", url));
    }
    if let Some(image) = &head.image {
        line(property("image", image));
        line(property("image:width", "1200"));
        line(property("image:height", "630"));
        line(property("image:alt", &head.image_alt));
    }
    let twitter = |n: &str, c: &str| format!("<meta name=\"twitter:{n}\" content=\"{}\">", escape(c));
    line(twitter("card", if head.image.is_some() { "summary_large_image" } else { "summary" }));
    line(twitter("title", &head.preview_title));
    line(twitter("description", &head.description));
    for data in &head.json_ld {
        line(format!("<script type=\"application/ld+json\">{}</script>", json_for_script(data)));
    }
    out
}

/// Escapes text for an HTML text node or a double-quoted attribute.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// JSON that is safe inside a `<script>` element: no `<`, so no `</script>` or `<!--`.
pub fn json_for_script(value: &Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

/// Replaces the first element from `start` to the next `end` with `with`, or adds it before
/// `</head>` when the template has none.
fn replace_element(html: &str, start: &str, end: &str, with: &str) -> Result<String, String> {
    match html.find(start) {
        Some(from) => {
            let to = html[from..].find(end).ok_or(format!("{start} is not closed"))? + from + end.len();
            Ok(format!("{}{with}{}", &html[..from], &html[to..]))
        }
        None => {
            let at = html.find("</head>").ok_or("the template has no </head>")?;
            Ok(format!("{}  {with}\n{}", &html[..at], &html[at..]))
        }
    }
}

/// Removes every element from `start` to the next `end`, with the white space before it.
fn remove_all(html: &str, start: &str, end: &str) -> String {
    let mut out = html.to_string();
    while let Some(from) = out.find(start) {
        let to = out[from..].find(end).map_or(out.len(), |e| from + e + end.len());
        let from = out[..from].trim_end_matches([' ', '\n']).len();
        out.replace_range(from..to, "");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>old</title>\n  <meta name=\"description\" content=\"old\">\n</head>\n<body></body>\n</html>\n";

    fn head() -> Head {
        Head {
            depth: 2,
            title: "A & B".into(),
            description: "説明".into(),
            preview_title: "A & B".into(),
            og_type: "website",
            site_name: "サイト".into(),
            json_ld: vec![serde_json::json!({ "name": "</script><b>" })],
            ..Head::default()
        }
    }

    #[test]
    fn the_base_comes_first_after_the_charset() {
        let html = apply(TEMPLATE, &head()).unwrap();
        assert!(
            html.contains("<meta charset=\"utf-8\">\n  <base href=\"../../\">\n  <title>A &amp; B</title>")
        );
        let root = apply(TEMPLATE, &Head { depth: 0, ..head() }).unwrap();
        assert!(root.contains("<base href=\"./\">") && root.contains("<html lang=\"ja\">"));
    }

    #[test]
    fn applying_twice_gives_the_same_file() {
        let once = apply(TEMPLATE, &Head { url: Some("https://x.jp/a/".into()), ..head() }).unwrap();
        let twice = apply(&once, &Head { url: Some("https://x.jp/a/".into()), ..head() }).unwrap();
        assert_eq!(once, twice);
        assert_eq!(once.matches("<title>").count(), 1);
        assert_eq!(once.matches("name=\"description\"").count(), 1);
    }

    #[test]
    fn json_ld_cannot_close_its_script() {
        let html = apply(TEMPLATE, &head()).unwrap();
        assert!(
            html.contains(r#"<script type="application/ld+json">{"name":"\u003c/script>\u003cb>"}</script>"#)
        );
        assert_eq!(html.matches("</script>").count(), 1);
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("<a href=\"x\">&</a>"), "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
    }
}
