//! Accessibility checks with axe-core, injected into the page under test.

use serde_json::Value;

use super::browser::Browser;

/// axe-core's script: `$AXE_CORE` or the copy scripts/setup-test.sh installs.
fn axe_source() -> String {
    let path = std::env::var("AXE_CORE").unwrap_or_else(|_| {
        let home = std::env::var("HOME").unwrap_or_default();
        let cache = std::env::var("XDG_CACHE_HOME").unwrap_or_else(|_| format!("{home}/.cache"));
        format!("{cache}/teleradiology-guide/node/node_modules/axe-core/axe.min.js")
    });
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("axe-core not found at {path} (run scripts/setup-test.sh): {e}"))
}

impl Browser {
    /// Runs axe-core (WCAG 2.x A/AA rules and best practices) and returns one line per violation.
    pub async fn axe_violations(&self) -> Vec<String> {
        self.js(&format!("{}\nreturn true;", axe_source())).await;
        let script = r#"
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
              .then(r => done(r.violations.map(v => `${v.id} (${v.impact}): ${v.help} — ` +
                  v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
              .catch(e => done(['axe failed: ' + e]));
        "#;
        let result = self.client.execute_async(script, vec![]).await.expect("run axe");
        match result {
            Value::Array(items) => {
                items.into_iter().map(|v| v.as_str().unwrap_or_default().to_string()).collect()
            }
            other => vec![format!("unexpected axe result: {other}")],
        }
    }
}
