//! Writes a synthetic providers.json of N entries (default 10,000) for benchmarks.
//!
//! Usage: `generate-providers [N] [base.json] > providers-N.json`

fn main() {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let base = args.next().unwrap_or_else(|| "public/providers.json".into());
    let text = std::fs::read_to_string(&base).unwrap_or_else(|e| {
        eprintln!("{base}: {e}");
        std::process::exit(2);
    });
    match guide_model::synthetic::scaled(&text, count) {
        Ok(json) => println!("{json}"),
        Err(e) => {
            eprintln!("generate-providers: {e}");
            std::process::exit(1);
        }
    }
}
