//! Turns the writer-edited TOML in `locales/` into compact JSON embedded in
//! the app, and lists the languages it found.
//!
//! Each folder `locales/<code>/` is one language: `questionnaire.toml` holds
//! the items, scale descriptions and strategies; every other `.toml` file is
//! interface text, flattened to keys named after the file and the tables
//! (`history.toml`, `[chart] title` -> `history.chart.title`). Writers get
//! TOML's comments and multi-line strings; the browser bundle only needs the
//! JSON parser it already carries for storage. Adding a folder adds a
//! language: nothing in Rust lists them by hand.

use std::collections::BTreeMap;
use std::{env, fs, path::Path};

/// The questionnaire file's name; every other TOML file is interface text.
const QUESTIONNAIRE: &str = "questionnaire.toml";
/// The interface key each language names itself by, for the switcher.
const OWN_NAME: &str = "language.name";
/// The language every other is checked against and falls back to; the app
/// relies on it existing (`language::fallback`).
const REFERENCE: &str = "en";

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo always sets OUT_DIR for build scripts");
    let out = Path::new(&out_dir);
    println!("cargo:rerun-if-changed=locales");
    let mut codes: Vec<String> = fs::read_dir("locales")
        .expect("the locales/ folder is part of the crate")
        .map(|entry| entry.expect("locales/ is readable").path())
        .filter(|path| path.is_dir())
        .map(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .expect("folder names are text")
                .to_string()
        })
        .collect();
    codes.sort();
    assert!(codes.iter().any(|c| c == REFERENCE), "locales/{REFERENCE} is required: it is the fallback language");
    let mut table = String::from("&[\n");
    for code in &codes {
        let folder = Path::new("locales").join(code);
        println!("cargo:rerun-if-changed={}", folder.display());
        let questionnaire = read_toml(&folder.join(QUESTIONNAIRE));
        let interface = interface_texts(&folder);
        let name = interface
            .get(OWN_NAME)
            .unwrap_or_else(|| panic!("{} has no `name` under [language]", folder.display()));
        let questionnaire_file = out.join(format!("{code}.questionnaire.json"));
        let interface_file = out.join(format!("{code}.interface.json"));
        write(&questionnaire_file, &json(&questionnaire));
        write(&interface_file, &json(&interface));
        table.push_str(&format!(
            "    Language {{ code: {code:?}, name: {name:?}, questionnaire: include_str!({:?}), \
             interface: include_str!({:?}) }},\n",
            questionnaire_file.display().to_string(),
            interface_file.display().to_string(),
        ));
    }
    table.push(']');
    write(&out.join("languages.rs"), &table);
}

fn read_toml(path: &Path) -> toml::Value {
    let text = fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{} cannot be read: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{} is not valid TOML: {e}", path.display()))
}

/// Every interface file of one language, flattened to `file.table.key`.
fn interface_texts(folder: &Path) -> BTreeMap<String, String> {
    let mut texts = BTreeMap::new();
    for entry in fs::read_dir(folder).expect("language folders are readable") {
        let path = entry.expect("language folders are readable").path();
        let is_toml = path.extension().and_then(|e| e.to_str()) == Some("toml");
        if !is_toml || path.file_name().and_then(|n| n.to_str()) == Some(QUESTIONNAIRE) {
            continue;
        }
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("file names are text");
        flatten(stem, &read_toml(&path), &path, &mut texts);
    }
    texts
}

/// Tables become dotted keys and arrays numbered ones (`date.months.1`);
/// anything but text is a writer's slip, reported with its key.
fn flatten(key: &str, value: &toml::Value, file: &Path, into: &mut BTreeMap<String, String>) {
    match value {
        toml::Value::String(text) => {
            into.insert(key.to_string(), text.clone());
        }
        toml::Value::Table(table) => {
            for (name, inner) in table {
                flatten(&format!("{key}.{name}"), inner, file, into);
            }
        }
        toml::Value::Array(items) => {
            for (index, inner) in items.iter().enumerate() {
                flatten(&format!("{key}.{}", index + 1), inner, file, into);
            }
        }
        other => panic!(
            "{}: `{key}` must be text in quotes, not {other}",
            file.display()
        ),
    }
}

fn json(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value).expect("TOML values and text maps always convert to JSON")
}

fn write(path: &Path, text: &str) {
    fs::write(path, text).expect("OUT_DIR is writable");
}
