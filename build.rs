//! Turns the writer-edited TOML content into compact JSON embedded in the app.
//!
//! Writers edit `content/*.toml` (multi-line strings, comments, no escaping
//! of apostrophes); the browser bundle then only needs the JSON parser it
//! already carries for storage, not a TOML parser.

use std::{env, fs, path::Path};

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo always sets OUT_DIR for build scripts");
    println!("cargo:rerun-if-changed=content");
    for entry in fs::read_dir("content").expect("the content/ folder is part of the crate") {
        let path = entry.expect("content/ is readable").path();
        if path.extension().and_then(|e| e.to_str()) != Some("toml") {
            continue;
        }
        let text = fs::read_to_string(&path).expect("content file is UTF-8 text");
        let value: toml::Value = toml::from_str(&text)
            .unwrap_or_else(|e| panic!("{} is not valid TOML: {e}", path.display()));
        let json = serde_json::to_string(&value).expect("TOML values always convert to JSON");
        let stem = path.file_stem().and_then(|s| s.to_str()).expect("content files have a name");
        fs::write(Path::new(&out_dir).join(format!("{stem}.json")), json)
            .expect("OUT_DIR is writable");
    }
}
