//! Synthetic provider lists for benchmarks at scale: the records of a real file repeated under
//! new ids and names until the list is as long as asked. Deterministic, and valid by construction.

use serde_json::Value;

/// A `providers.json` text with `count` providers made from the providers of `base`.
pub fn scaled(base: &str, count: usize) -> Result<String, String> {
    let mut data: Value = serde_json::from_str(base).map_err(|e| e.to_string())?;
    let originals = data["providers"].as_array().cloned().ok_or("no providers")?;
    if originals.is_empty() {
        return Err("the base file has no providers".into());
    }
    let providers: Vec<Value> = (0..count)
        .map(|i| {
            let mut p = originals[i % originals.len()].clone();
            let round = i / originals.len();
            if round > 0 {
                let id = format!("{}-{round}", p["id"].as_str().unwrap_or("p"));
                let name = format!("{} {round}", p["name"].as_str().unwrap_or_default());
                p["id"] = Value::String(id);
                p["name"] = Value::String(name);
            }
            p
        })
        .collect();
    data["providers"] = Value::Array(providers);
    Ok(data.to_string())
}
