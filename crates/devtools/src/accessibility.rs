//! Builds the accessibility record (`accessibility.json`) from docs/accessibility.md: its
//! tables, by section, become the statement, the pages, the checks and the criteria. The file
//! itself explains the rules; [`check_tests_exist`] ties each automated check to a real test.

use std::path::Path;

use guide_model::accessibility::{AccessibilityRecord, Check, Criterion, Field, TestedPage};

/// The rows of the Markdown table under `## {section}` (header and separator left out).
fn table(markdown: &str, section: &str) -> Result<Vec<Vec<String>>, String> {
    let heading = format!("## {section}");
    let start =
        markdown.lines().position(|l| l.trim() == heading).ok_or(format!("no section {heading:?}"))?;
    let rows = markdown
        .lines()
        .skip(start + 1)
        .take_while(|l| !l.starts_with("## "))
        .filter(|l| l.trim_start().starts_with('|'))
        .skip(2)
        .map(|l| {
            let inner = l.trim().trim_start_matches('|').trim_end_matches('|');
            inner.split('|').map(|c| c.trim().to_string()).collect()
        })
        .collect();
    Ok(rows)
}

fn cells<const N: usize>(row: Vec<String>, section: &str) -> Result<[String; N], String> {
    let found = row.len();
    row.try_into().map_err(|_| format!("{section}: a row has {found} cells, expected {N}"))
}

/// Parses the record.
pub fn parse(markdown: &str) -> Result<AccessibilityRecord, String> {
    let mut record = AccessibilityRecord::default();
    for row in table(markdown, "Statement")? {
        let [label, value] = cells(row, "Statement")?;
        record.statement.push(Field { label, value });
    }
    for row in table(markdown, "Pages")? {
        let [name, route] = cells(row, "Pages")?;
        record.pages.push(TestedPage { name, route });
    }
    for (section, list) in
        [("Automated checks", &mut record.automated), ("Manual checks", &mut record.manual)]
    {
        for row in table(markdown, section)? {
            let [id, description, source] = cells(row, section)?;
            list.push(Check { id, description, source });
        }
    }
    for row in table(markdown, "Criteria")? {
        let [number, title, level, result, checks, note] = cells(row, "Criteria")?;
        let checks = checks.split(',').map(str::trim).filter(|c| !c.is_empty()).map(String::from).collect();
        record.criteria.push(Criterion { number, title, level, result, checks, note });
    }
    Ok(record)
}

/// Automated checks whose test (`module::function`) is not an `async fn` in `tests/e2e/`.
pub fn check_tests_exist(record: &AccessibilityRecord, e2e_dir: &Path) -> Vec<String> {
    record
        .automated
        .iter()
        .filter(|check| {
            let Some((module, function)) = check.source.split_once("::") else { return true };
            let source = std::fs::read_to_string(e2e_dir.join(format!("{module}.rs"))).unwrap_or_default();
            !source.contains(&format!("async fn {function}()"))
        })
        .map(|check| format!("{}: no test {}", check.id, check.source))
        .collect()
}

/// Reads, checks and writes the record as JSON to `out`.
pub fn build(doc: &Path, e2e_dir: &Path, out: &Path) -> Result<AccessibilityRecord, String> {
    let text = std::fs::read_to_string(doc).map_err(|e| format!("{}: {e}", doc.display()))?;
    let record = parse(&text)?;
    let mut problems = record.problems();
    problems.extend(check_tests_exist(&record, e2e_dir));
    if !problems.is_empty() {
        return Err(format!("{}:\n  {}", doc.display(), problems.join("\n  ")));
    }
    let json = serde_json::to_string(&record).map_err(|e| e.to_string())?;
    std::fs::write(out, json).map_err(|e| format!("{}: {e}", out.display()))?;
    Ok(record)
}

#[cfg(test)]
mod tests {
    use super::*;
    use guide_model::accessibility::{MET, NOT_APPLICABLE};

    fn root() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
    }

    #[test]
    fn the_published_record_claims_nothing_without_a_check() {
        let text =
            std::fs::read_to_string(root().join("docs/accessibility.md")).expect("docs/accessibility.md");
        let record = parse(&text).expect("parse");
        assert_eq!(record.problems(), Vec::<String>::new());
        assert_eq!(check_tests_exist(&record, &root().join("tests/e2e")), Vec::<String>::new());
        assert_eq!(record.count(MET) + record.count(NOT_APPLICABLE), 38);
        assert!(record.statement.iter().any(|f| f.value.contains("AA 準拠")));
        assert_eq!(record.pages.len(), 12);
    }

    #[test]
    fn a_check_naming_a_missing_test_is_reported() {
        let doc = "## Statement\n| a | b |\n| - | - |\n\n## Pages\n| a | b |\n| - | - |\n\n## Automated checks\n| id | d | t |\n| - | - | - |\n| A01 | x | keyboard::no_such_test |\n| A02 | y | keyboard::tab_walks_every_page_without_a_trap_and_focus_is_visible |\n\n## Manual checks\n| a | b | c |\n| - | - | - |\n\n## Criteria\n| a | b | c | d | e | f |\n| - | - | - | - | - | - |\n| 1.1.1 | t | A | 適合 | A01, A02 | |\n";
        let record = parse(doc).expect("parse");
        assert_eq!(record.criteria[0].checks, vec!["A01", "A02"]);
        assert_eq!(
            check_tests_exist(&record, &root().join("tests/e2e")),
            vec!["A01: no test keyboard::no_such_test"]
        );
    }

    #[test]
    fn a_row_with_missing_cells_is_an_error() {
        let doc = "## Statement\n| a | b |\n| - | - |\n| only one |\n";
        assert_eq!(parse(doc).unwrap_err(), "Statement: a row has 1 cells, expected 2");
    }
}
