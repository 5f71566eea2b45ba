//! The loading shell of the built `index.html`: the build writes into it what the app will draw
//! in the same place, so the first frame shows it before the app has started (the slowest part of
//! a first visit on a phone line): the site navigation, from the route table
//! (`guide_model::pages`), and the home page's heading and lead.

use guide_model::home::{HOME_LEAD, HOME_TITLE};
use guide_model::pages::Page;

/// The element that receives the home heading and lead; its contents are replaced on every run.
const HERO: &str = "<div class=\"home-hero shell-hero\" id=\"shell-hero\">";
/// The list of the site navigation, filled the same way.
const NAV: &str = "<ul id=\"shell-nav\">";

/// Writes the navigation and the home heading and lead into the shell's holder elements.
pub fn prerender_shell(html: &str) -> Result<String, String> {
    let hero = format!("<h1>{}</h1><p class=\"lead\">{}</p>", escape(HOME_TITLE), escape(HOME_LEAD));
    let nav: String = Page::nav()
        .map(|(page, label)| format!("<li><a href=\"{}\">{}</a></li>", page.href(), escape(label)))
        .collect();
    let html = fill(html, HERO, "</div>", &hero)?;
    fill(&html, NAV, "</ul>", &nav)
}

/// Replaces what is between `open` and the next `close` with `content`.
fn fill(html: &str, open: &str, close: &str, content: &str) -> Result<String, String> {
    let start = html.find(open).ok_or(format!("index.html has no {open}"))? + open.len();
    let end = start + html[start..].find(close).ok_or(format!("{open} is not closed"))?;
    Ok(format!("{}{content}{}", &html[..start], &html[end..]))
}

/// Escapes text for an HTML text node.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<nav><ul id=\"shell-nav\"><!-- nav --></ul></nav><main><div class=\"home-hero shell-hero\" id=\"shell-hero\"><!-- home-hero --></div><div class=\"boot\"></div></main>";

    #[test]
    fn writes_the_heading_and_lead_into_the_holder() {
        let html = prerender_shell(PAGE).unwrap();
        assert!(html.contains(&format!(
            "<div class=\"home-hero shell-hero\" id=\"shell-hero\"><h1>{HOME_TITLE}</h1><p class=\"lead\">"
        )));
        assert!(html.contains(HOME_LEAD));
        assert!(html.ends_with("</p></div><div class=\"boot\"></div></main>"));
    }

    #[test]
    fn writes_the_navigation_of_the_route_table() {
        let html = prerender_shell(PAGE).unwrap();
        assert!(html.starts_with(
            "<nav><ul id=\"shell-nav\"><li><a href=\"#/\">ホーム</a></li><li><a href=\"#/finder\">条件で探す</a></li>"
        ));
        assert_eq!(html.matches("<li>").count(), Page::nav().count());
        assert!(html.contains("<li><a href=\"#/columns\">コラム</a></li></ul></nav>"));
    }

    #[test]
    fn running_twice_gives_the_same_page() {
        let once = prerender_shell(PAGE).unwrap();
        assert_eq!(prerender_shell(&once).unwrap(), once);
    }

    #[test]
    fn a_page_without_a_holder_is_an_error() {
        assert!(prerender_shell("<main></main>").is_err());
        assert!(prerender_shell("<div class=\"home-hero shell-hero\" id=\"shell-hero\"></div>").is_err());
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a<b>&"), "a&lt;b&gt;&amp;");
    }
}
