//! The loader that names the JSON path of each problem, in a wasm chunk of its own: the core reads
//! a file with the quicker loader, and only a file with problems fetches this one, so that the
//! report says where in each entry the problem is.

use guide_model::load::{load_providers, Loaded};
use guide_model::problem::LoadError;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

/// `load_providers` on `text`, from the `diagnose` chunk.
#[wasm_split(diagnose, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn load_naming_paths(text: String) -> Result<Result<Loaded, LoadError>, SplitLoaderError> {
    Ok(load_providers(&text))
}
