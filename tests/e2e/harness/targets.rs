//! Layout checks a person would notice, measured in the page: target size (WCAG 2.2, 2.5.8: every
//! control and link at least 24 × 24 CSS px; a link within a sentence is exempt, as the criterion
//! says, its size being the line's) and sideways scrolling.

use super::browser::Browser;

/// The script: one line per visible target under 24 px in either direction.
const SMALL_TARGETS: &str = r#"
const small = [];
for (const el of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')) {
  if (el.closest('.visually-hidden, .skip-link')) continue;
  const r = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
  const inSentence = el.tagName === 'A' && style.display === 'inline'
    && el.parentElement.textContent.trim().length > el.textContent.trim().length;
  if (inSentence) continue;
  if (r.width < 23.5 || r.height < 23.5) {
    const name = el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).replace(/ /g, '.') : '');
    small.push(`${name} "${el.textContent.trim().slice(0, 24)}" ${r.width.toFixed(1)}×${r.height.toFixed(1)}`);
  }
}
return small;
"#;

impl Browser {
    /// How far the page scrolls sideways, in CSS px (0 or less: not at all).
    pub async fn sideways_scroll(&self) -> i64 {
        let by = self.js("return document.documentElement.scrollWidth - window.innerWidth;").await;
        by.as_f64().map_or(i64::MAX, |px| px.ceil() as i64)
    }

    /// The targets smaller than 24 × 24 px on the page as drawn now.
    pub async fn small_targets(&self) -> Vec<String> {
        let found = self.js(SMALL_TARGETS).await;
        serde_json::from_value(found).expect("a list of targets")
    }
}
