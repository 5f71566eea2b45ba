//! The loading shell of the built `index.html`: the home page's heading and lead are written into
//! it, so the home page shows its opening text before the app has started (the slowest part of a
//! first visit on a phone line), in the same place the app then renders the same text.

use guide_model::home::{HOME_LEAD, HOME_TITLE};

/// The element of `index.html` that receives the text; its contents are replaced on every run.
const HOLDER: &str = "<div class=\"home-hero shell-hero\" id=\"shell-hero\">";

/// Writes the home heading and lead into the shell's holder element.
pub fn prerender_home(html: &str) -> Result<String, String> {
    let start = html.find(HOLDER).ok_or("index.html has no home-hero holder")? + HOLDER.len();
    let end = start + html[start..].find("</div>").ok_or("the home-hero holder is not closed")?;
    let hero = format!("<h1>{}</h1><p class=\"lead\">{}</p>", escape(HOME_TITLE), escape(HOME_LEAD));
    Ok(format!("{}{hero}{}", &html[..start], &html[end..]))
}

/// Escapes text for an HTML text node.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str =
        "<main><div class=\"home-hero shell-hero\" id=\"shell-hero\"><!-- home-hero --></div><div class=\"boot\"></div></main>";

    #[test]
    fn writes_the_heading_and_lead_into_the_holder() {
        let html = prerender_home(PAGE).unwrap();
        assert!(html.contains(&format!(
            "<div class=\"home-hero shell-hero\" id=\"shell-hero\"><h1>{HOME_TITLE}</h1><p class=\"lead\">"
        )));
        assert!(html.contains(HOME_LEAD));
        assert!(html.ends_with("</p></div><div class=\"boot\"></div></main>"));
    }

    #[test]
    fn running_twice_gives_the_same_page() {
        let once = prerender_home(PAGE).unwrap();
        assert_eq!(prerender_home(&once).unwrap(), once);
    }

    #[test]
    fn a_page_without_the_holder_is_an_error() {
        assert!(prerender_home("<main></main>").is_err());
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a<b>&"), "a&lt;b&gt;&amp;");
    }
}
