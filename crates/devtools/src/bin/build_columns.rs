//! Builds the column articles into JSON for the app.
//!
//! Usage: `build-columns [content/columns] [out-dir]` — defaults: `content/columns`, and
//! `$TRUNK_STAGING_DIR/columns` when trunk runs it as a build hook.

use std::path::PathBuf;

use guide_devtools::columns::{read_all, write_all};

fn main() {
    let mut args = std::env::args().skip(1);
    let source = PathBuf::from(args.next().unwrap_or_else(|| "content/columns".into()));
    let out = args.next().map(PathBuf::from).unwrap_or_else(|| {
        let staging = std::env::var("TRUNK_STAGING_DIR").unwrap_or_else(|_| "dist".into());
        PathBuf::from(staging).join("columns")
    });
    let result = read_all(&source).and_then(|articles| {
        write_all(&articles, &out)?;
        Ok(articles.len())
    });
    match result {
        Ok(n) => println!("build-columns: {n} articles → {}", out.display()),
        Err(e) => {
            eprintln!("build-columns: {e}");
            std::process::exit(1);
        }
    }
}
