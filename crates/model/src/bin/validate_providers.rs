//! Checks a `providers.json` file and prints every problem with its location, in Japanese.
//!
//! Usage: `cargo run -p guide-model --bin validate-providers -- [--conflicts] [--readings] path/to/providers.json`
//! With `--conflicts` it also lists the fields where sources state different values (kept in
//! the data, not problems); with `--readings`, every reading the guide derives from the words,
//! one line each: provider, field, source words, reading, basis. Exit status: 0 when the file has no problem, 1 when it has problems,
//! 2 when it cannot be read.

use std::process::ExitCode;

use guide_model::load::load_providers;

fn main() -> ExitCode {
    let mut paths: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| paths.iter().any(|a| a == name);
    let (show_conflicts, show_readings) = (flag("--conflicts"), flag("--readings"));
    paths.retain(|a| a != "--conflicts" && a != "--readings");
    if paths.is_empty() {
        eprintln!("使い方: validate-providers [--conflicts] [--readings] <providers.json> [...]");
        return ExitCode::from(2);
    }
    let mut worst = 0u8;
    for path in &paths {
        worst = worst.max(check(path, show_conflicts, show_readings));
    }
    ExitCode::from(worst)
}

fn check(path: &str, show_conflicts: bool, show_readings: bool) -> u8 {
    let text = match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => {
                println!(
                    "{path}: 文字コードがUTF-8ではありません({}バイト目)",
                    e.utf8_error().valid_up_to() + 1
                );
                return 1;
            }
        },
        Err(e) => {
            println!("{path}: 読み込めません: {e}");
            return 2;
        }
    };
    match load_providers(&text) {
        Err(e) => {
            println!("{path}: {e}");
            1
        }
        Ok(loaded) => {
            if show_conflicts {
                print_conflicts(path, &loaded.dataset);
            }
            if show_readings {
                print_readings(&loaded.dataset);
            }
            for p in &loaded.problems {
                println!("{path}: {p}");
            }
            let ok = loaded.dataset.providers.len();
            if loaded.problems.is_empty() {
                println!("{path}: 問題は見つかりませんでした(事業者 {ok}件)");
                0
            } else {
                let skipped: std::collections::BTreeSet<usize> =
                    loaded.problems.iter().filter(|p| !p.kept).map(|p| p.index).collect();
                println!(
                    "{path}: 問題 {}件(読み飛ばした事業者 {}件、読み込めた事業者 {ok}件)",
                    loaded.problems.len(),
                    skipped.len()
                );
                1
            }
        }
    }
}

fn print_conflicts(path: &str, dataset: &guide_model::dataset::Dataset) {
    for provider in &dataset.providers {
        for c in guide_model::conflicts::conflicts(provider) {
            let values: Vec<String> =
                c.values.iter().map(|(v, sources)| format!("{v}({})", sources.join(", "))).collect();
            println!("{path}: 出典間の相違 {} の「{}」: {}", provider.id, c.field, values.join(" / "));
        }
    }
}

/// One line per reading, columns separated by " | ", under a header line.
fn print_readings(dataset: &guide_model::dataset::Dataset) {
    println!("事業者 | 項目 | 記載(出典) | 読み | 根拠");
    let mut count = 0;
    for provider in &dataset.providers {
        for line in guide_model::reading::report::lines(provider) {
            println!(
                "{} | {} | {} | {} | {}",
                provider.id,
                line.field,
                line.words,
                line.reading,
                line.basis.label()
            );
            count += 1;
        }
    }
    println!("読み {count}件");
}
