//! `404.html`: the page a server shows for an address with no file. It may be served at any
//! depth, so it links to the site's root by its absolute address when that is known, and it
//! needs nothing else: no script, no stylesheet, only text and a link.

use guide_model::pages::{Page, SITE_NAME};

use super::head::escape;

/// The not-found page, linking to `root` (the site's address, or `./`).
pub fn page(root: &str) -> String {
    let root = escape(root);
    let title = escape(&Page::NotFound.document_title());
    let site = escape(SITE_NAME);
    format!(
        "<!DOCTYPE html>
<html lang=\"ja\">
<head>
  <meta charset=\"utf-8\">
  <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; base-uri 'none'; form-action 'none'\">
  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">
  <meta name=\"robots\" content=\"noindex\">
  <title>{title}</title>
</head>
<body>
  <header>
    <p><a href=\"{root}\">{site}</a></p>
  </header>
  <main>
    <h1>ページが見つかりません</h1>
    <p>お探しのページは、移動または削除されたか、アドレスが間違っている可能性があります。</p>
    <p><a href=\"{root}\">{site}のホームへ</a></p>
  </main>
</body>
</html>
"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_home_and_runs_nothing() {
        let html = page("https://example.jp/guide/");
        assert!(html.contains("<a href=\"https://example.jp/guide/\">"));
        assert!(html.contains("<h1>ページが見つかりません</h1>"));
        assert!(!html.contains("<script") && !html.contains("stylesheet"));
        assert!(page("./").contains("<a href=\"./\">"));
    }
}
