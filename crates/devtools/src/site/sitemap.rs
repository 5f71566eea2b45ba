//! `sitemap.xml` (every public page's absolute URL with the date of its content) and
//! `robots.txt` (everything allowed, and where the sitemap is).

use guide_model::dataset::Dataset;
use guide_model::page_meta::Subject;

use super::head::escape;
use super::pages::PublicPage;
use super::SiteUrl;

/// The sitemap of `pages`: an article's page is dated by its review, a provider's by the end of
/// its survey period, the other pages by the end of the latest survey period of the data.
pub fn sitemap(pages: &[PublicPage<'_>], site: &SiteUrl, dataset: &Dataset) -> String {
    let survey_end = survey_end(dataset);
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for page in pages {
        let lastmod = match page.subject {
            Some(Subject::Article(a)) => is_date(&a.reviewed).then(|| a.reviewed.clone()),
            Some(Subject::Provider(p)) => end_month(&p.as_of),
            None => survey_end.clone(),
        };
        xml.push_str("  <url><loc>");
        xml.push_str(&escape(&site.page(&page.route)));
        xml.push_str("</loc>");
        if let Some(date) = lastmod {
            xml.push_str(&format!("<lastmod>{date}</lastmod>"));
        }
        xml.push_str("</url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

/// `robots.txt`: every crawler may read everything; the sitemap's address when there is one.
pub fn robots(sitemap: Option<&str>) -> String {
    let mut text = String::from("User-agent: *\nAllow: /\n");
    if let Some(url) = sitemap {
        text.push_str(&format!("\nSitemap: {url}\n"));
    }
    text
}

/// The last month of the data's survey periods (the sources' and the providers').
pub fn survey_end(dataset: &Dataset) -> Option<String> {
    let sources = dataset.sources.values().map(|s| s.as_of.as_str());
    let providers = dataset.providers.iter().map(|p| p.as_of.as_str());
    sources.chain(providers).filter_map(end_month).max()
}

/// The last month of a period, "YYYY-MM" or "YYYY-MM/YYYY-MM" (a date in W3C form).
pub fn end_month(period: &str) -> Option<String> {
    let end = period.rsplit('/').next()?.trim();
    let (year, month) = end.split_once('-')?;
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    (digits(year, 4) && digits(month, 2) && ("01"..="12").contains(&month)).then(|| end.to_string())
}

/// Whether `text` is a date "YYYY-MM-DD".
fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    matches!(parts.as_slice(), [y, m, d]
        if y.len() == 4 && m.len() == 2 && d.len() == 2
            && text.bytes().filter(|&b| b != b'-').all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_end_month_of_a_period() {
        assert_eq!(end_month("2022-11/2022-12").as_deref(), Some("2022-12"));
        assert_eq!(end_month("2023-04").as_deref(), Some("2023-04"));
        assert_eq!(end_month("2023-13"), None);
        assert_eq!(end_month("令和4年"), None);
    }

    #[test]
    fn dates_are_checked() {
        assert!(is_date("2026-12-02"));
        assert!(!is_date("2026-12"));
        assert!(!is_date("2026-1a-02"));
    }

    #[test]
    fn robots_name_the_sitemap_when_there_is_one() {
        assert_eq!(robots(None), "User-agent: *\nAllow: /\n");
        assert!(robots(Some("https://x.jp/sitemap.xml")).ends_with("\nSitemap: https://x.jp/sitemap.xml\n"));
    }
}
