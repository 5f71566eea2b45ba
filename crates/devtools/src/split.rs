//! Splits the app's wasm into its core and a chunk per chunk of the route table (the split
//! points of `src/views.rs`), so that the first visit downloads only the core.
//!
//! Trunk builds the wasm, but it cannot split one. Its post-build hook therefore takes the wasm
//! cargo left in the target directory, linked with `--emit-relocs` (.cargo/config.toml), and:
//! 1. splits it (`wasm_split_cli_support`): the core, the chunks and `__wasm_split.js`, the
//!    loader that fetches a chunk when its page first opens;
//! 2. runs wasm-bindgen on the core (keeping the function table the chunks share) and wasm-opt
//!    on every wasm file (release builds only);
//! 3. puts it all in `app-<hash>/` and points `index.html` at it in place of trunk's own wasm
//!    and JS, with new integrity hashes.
//!
//! The folder's name carries a hash of the whole build, so each file in it can be cached for good.

use std::path::{Path, PathBuf};
use std::process::Command;

use base64::Engine;
use sha2::{Digest, Sha256, Sha384};

/// The app's file stem, as trunk and wasm-bindgen name it.
pub const STEM: &str = "teleradiology-guide";

/// wasm-opt's settings for every wasm file of a release build: smallest size, and the
/// WebAssembly features that every browser the guide supports has had since 2021.
pub const WASM_OPT_ARGS: [&str; 8] = [
    "-Oz",
    "--enable-bulk-memory",
    "--enable-bulk-memory-opt",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// What the split wrote.
#[derive(Debug)]
pub struct Split {
    /// The folder, relative to the bundle: `app-<hash>`.
    pub dir: String,
    /// The core's size in bytes.
    pub core_bytes: u64,
    /// Each chunk's file name and size in bytes.
    pub chunks: Vec<(String, u64)>,
}

/// Where cargo put the app's wasm for `profile` ("release" or "debug").
pub fn cargo_wasm(profile: &str) -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| PathBuf::from("target"), PathBuf::from);
    target.join("wasm32-unknown-unknown").join(profile).join(format!("{STEM}.wasm"))
}

/// Splits `raw_wasm` into `staging/app-<hash>/` and rewrites `html` (trunk's `index.html`) to load
/// it. Trunk's own wasm and JS are removed from `staging`. `optimize` runs wasm-opt.
pub fn split_app(
    staging: &Path,
    raw_wasm: &Path,
    html: &str,
    optimize: bool,
) -> Result<(Split, String), String> {
    let input = std::fs::read(raw_wasm).map_err(|e| format!("{}: {e}", raw_wasm.display()))?;
    let hash = hex(&Sha256::digest(&input)[..8]);
    let dir = format!("app-{hash}");
    let work = staging.join(".split");
    let out = staging.join(&dir);
    for d in [&work, &out] {
        let _ = std::fs::remove_dir_all(d);
        std::fs::create_dir_all(d).map_err(|e| format!("{}: {e}", d.display()))?;
    }

    let main_wasm = work.join("main.wasm");
    let main_module = format!("./{STEM}.js");
    let mut options = wasm_split_cli_support::Options::new(&input);
    options.output_dir = &work;
    options.main_out_path = &main_wasm;
    options.main_module = &main_module;
    let split = wasm_split_cli_support::transform(options).map_err(|e| format!("wasm split: {e:#}"))?;

    run(Command::new("wasm-bindgen")
        .args(["--target", "web", "--no-typescript", "--keep-lld-exports", "--out-name", STEM, "--out-dir"])
        .arg(&out)
        .arg(&main_wasm))?;
    let core = out.join(format!("{STEM}_bg.wasm"));
    let mut chunks = Vec::new();
    for chunk in &split.split_modules {
        let name =
            chunk.file_name().and_then(|n| n.to_str()).ok_or("a chunk without a file name")?.to_string();
        let target = out.join(&name);
        if optimize {
            wasm_opt(chunk, &target)?;
        } else {
            std::fs::copy(chunk, &target).map_err(|e| format!("{}: {e}", target.display()))?;
        }
        chunks.push((name, size(&target)?));
    }
    if optimize {
        wasm_opt(&core, &core)?;
    }
    let loader = out.join("__wasm_split.js");
    std::fs::copy(work.join("__wasm_split.js"), &loader).map_err(|e| format!("{}: {e}", loader.display()))?;
    let _ = std::fs::remove_dir_all(&work);

    let html = point_html_at(staging, html, &dir)?;
    chunks.sort();
    Ok((Split { dir, core_bytes: size(&core)?, chunks }, html))
}

/// Replaces trunk's JS and wasm (named `teleradiology-guide-<hash>.js` / `_bg.wasm`) in `html`
/// with the split ones in `dir`, deletes trunk's files, and preloads the chunk loader too.
fn point_html_at(staging: &Path, html: &str, dir: &str) -> Result<String, String> {
    let trunk_js = trunk_file(staging, ".js")?;
    let trunk_wasm = trunk_file(staging, "_bg.wasm")?;
    let js = format!("{dir}/{STEM}.js");
    let wasm = format!("{dir}/{STEM}_bg.wasm");
    let loader = format!("{dir}/__wasm_split.js");
    let mut html = html.replace(&format!("./{trunk_js}"), &format!("./{js}"));
    html = html.replace(&format!("./{trunk_wasm}"), &format!("./{wasm}"));
    for file in [&js, &wasm] {
        html = set_integrity(
            &html,
            &format!("./{file}"),
            &std::fs::read(staging.join(file)).map_err(|e| e.to_string())?,
        )?;
    }
    let loader_link = format!(
        "<link rel=\"modulepreload\" href=\"./{loader}\" crossorigin=\"anonymous\" integrity=\"{}\">",
        integrity(&std::fs::read(staging.join(&loader)).map_err(|e| e.to_string())?)
    );
    let js_link = html.find(&format!("href=\"./{js}\"")).ok_or("index.html does not preload the app's JS")?;
    let end = js_link + html[js_link..].find('>').ok_or("unclosed <link>")? + 1;
    html.insert_str(end, &format!("\n{loader_link}"));
    for old in [&trunk_js, &trunk_wasm] {
        std::fs::remove_file(staging.join(old)).map_err(|e| format!("{old}: {e}"))?;
    }
    Ok(html)
}

/// The name of trunk's `teleradiology-guide-<hash><suffix>` in `staging`.
fn trunk_file(staging: &Path, suffix: &str) -> Result<String, String> {
    let prefix = format!("{STEM}-");
    std::fs::read_dir(staging)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .find(|n| {
            n.starts_with(&prefix) && n.ends_with(suffix) && (suffix != ".js" || !n.ends_with("_bg.js"))
        })
        .ok_or_else(|| format!("trunk wrote no {prefix}*{suffix}"))
}

/// Sets the `integrity` of the tag that refers to `href`.
fn set_integrity(html: &str, href: &str, bytes: &[u8]) -> Result<String, String> {
    let at =
        html.find(&format!("href=\"{href}\"")).ok_or_else(|| format!("index.html has no link to {href}"))?;
    let start = html[..at].rfind('<').ok_or("a link outside a tag")?;
    let end = at + html[at..].find('>').ok_or("unclosed tag")?;
    let tag = &html[start..end];
    let Some(attr) = tag.find("integrity=\"") else { return Ok(html.to_string()) };
    let value_start = start + attr + "integrity=\"".len();
    let value_end = value_start + html[value_start..].find('"').ok_or("unclosed integrity")?;
    Ok(format!("{}{}{}", &html[..value_start], integrity(bytes), &html[value_end..]))
}

/// A subresource-integrity value (`sha384-…`), as trunk writes them.
pub fn integrity(bytes: &[u8]) -> String {
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes)))
}

fn wasm_opt(from: &Path, to: &Path) -> Result<(), String> {
    run(Command::new("wasm-opt").args(WASM_OPT_ARGS).arg(from).arg("-o").arg(to))
}

fn run(command: &mut Command) -> Result<(), String> {
    let status = command.status().map_err(|e| format!("{:?}: {e}", command.get_program()))?;
    status.success().then_some(()).ok_or_else(|| format!("{:?} failed ({status})", command.get_program()))
}

fn size(path: &Path) -> Result<u64, String> {
    Ok(std::fs::metadata(path).map_err(|e| format!("{}: {e}", path.display()))?.len())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tags trunk writes, for a build whose trunk files carry the hash `abc`.
    const TRUNK_HTML: &str = concat!(
        "<head>\n",
        "<link rel=\"modulepreload\" href=\"./teleradiology-guide-abc.js\" crossorigin=\"anonymous\" integrity=\"sha384-old1\">\n",
        "<link rel=\"preload\" href=\"./teleradiology-guide-abc_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-old2\" as=\"fetch\" type=\"application/wasm\">\n",
        "<script type=\"module\">import init from './teleradiology-guide-abc.js';init({ module_or_path: './teleradiology-guide-abc_bg.wasm' });</script>\n",
        "</head>"
    );

    fn staging() -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "split-test-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        std::fs::create_dir_all(dir.join("app-1")).unwrap();
        for (name, bytes) in [
            ("teleradiology-guide-abc.js", &b"old js"[..]),
            ("teleradiology-guide-abc_bg.wasm", b"old wasm"),
            ("teleradiology-guide-abc_bg.js", b"not the app's js"),
            ("app-1/teleradiology-guide.js", b"new js"),
            ("app-1/teleradiology-guide_bg.wasm", b"new wasm"),
            ("app-1/__wasm_split.js", b"loader"),
        ] {
            std::fs::write(dir.join(name), bytes).unwrap();
        }
        dir
    }

    #[test]
    fn the_page_points_at_the_split_files_with_their_hashes() {
        let dir = staging();
        let html = point_html_at(&dir, TRUNK_HTML, "app-1").expect("rewrites");
        assert!(!html.contains("teleradiology-guide-abc"), "no reference to trunk's files is left: {html}");
        assert!(html.contains(&format!(
            "href=\"./app-1/teleradiology-guide.js\" crossorigin=\"anonymous\" integrity=\"{}\"",
            integrity(b"new js")
        )));
        assert!(html.contains(&format!("integrity=\"{}\" as=\"fetch\"", integrity(b"new wasm"))));
        assert!(html.contains("import init from './app-1/teleradiology-guide.js'"), "the module script too");
        let loader = format!("<link rel=\"modulepreload\" href=\"./app-1/__wasm_split.js\" crossorigin=\"anonymous\" integrity=\"{}\">", integrity(b"loader"));
        let js_tag_end = html.find("teleradiology-guide.js\"").unwrap();
        assert!(html[js_tag_end..].contains(&loader), "the loader is preloaded after the app's JS: {html}");
        assert!(
            !dir.join("teleradiology-guide-abc.js").exists()
                && !dir.join("teleradiology-guide-abc_bg.wasm").exists()
        );
        assert!(dir.join("teleradiology-guide-abc_bg.js").exists(), "only trunk's app files are removed");
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn integrity_is_set_only_on_the_tag_that_names_the_file() {
        let html =
            "<link href=\"./a.js\" integrity=\"sha384-x\"><link href=\"./b.js\" integrity=\"sha384-y\">";
        let out = set_integrity(html, "./b.js", b"b").expect("sets");
        assert_eq!(
            out,
            format!(
                "<link href=\"./a.js\" integrity=\"sha384-x\"><link href=\"./b.js\" integrity=\"{}\">",
                integrity(b"b")
            )
        );
        let plain = "<link href=\"./c.js\">";
        assert_eq!(
            set_integrity(plain, "./c.js", b"c").unwrap(),
            plain,
            "a tag without integrity is left alone"
        );
        assert!(set_integrity(plain, "./missing.js", b"").is_err(), "a missing link is an error");
    }

    #[test]
    fn a_missing_trunk_file_is_an_error() {
        let dir = std::env::temp_dir().join(format!("split-empty-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        assert!(point_html_at(&dir, TRUNK_HTML, "app-1").unwrap_err().contains("trunk wrote no"));
        std::fs::remove_dir_all(dir).unwrap();
    }
}
