//! Every language says everything, and says it about the same questionnaire.
//!
//! English is the reference: another language fails here if it lacks a key,
//! leaves one empty, drops or invents a `{blank}`, or words an item whose
//! scale or keying differs. The code is checked against English too: every
//! key it names must exist, and every key must be used, so the catalogues
//! cannot drift from the screens. A failure names the language and key.

use std::collections::BTreeSet;
use std::path::Path;

use networking_mindset::catalogue::{Catalogue, Piece};
use networking_mindset::content::Content;
use networking_mindset::language::{self, ALL, FALLBACK};

fn catalogue(code: &str) -> Catalogue {
    language::find(code)
        .and_then(|l| l.catalogue().ok())
        .unwrap_or_else(|| panic!("locales/{code}: the interface files must parse"))
}

fn content(code: &str) -> Content {
    language::find(code)
        .and_then(|l| l.content().ok())
        .unwrap_or_else(|| panic!("locales/{code}/questionnaire.toml must fit the schema"))
}

fn keys(catalogue: &Catalogue) -> BTreeSet<String> {
    catalogue.keys().map(str::to_string).collect()
}

/// The `{name}` blanks of the text under `key`, found the way the app finds them.
fn blanks(words: &Catalogue, key: &str) -> BTreeSet<String> {
    words
        .pieces(key)
        .into_iter()
        .filter_map(|piece| match piece {
            Piece::Blank(name) => Some(name),
            Piece::Text(_) => None,
        })
        .collect()
}

/// Date patterns choose their own parts: "23 Nov 2026" or "23.11.2026".
const DATE_PATTERNS: [&str; 2] = ["format.date", "format.short_date"];
/// The parts a date pattern may use (see date.rs).
const DATE_BLANKS: [&str; 5] = ["day", "day2", "month", "month2", "year"];

#[test]
fn english_and_german_are_both_shipped() {
    let codes: Vec<&str> = ALL.iter().map(|l| l.code).collect();
    assert!(codes.contains(&FALLBACK) && codes.contains(&"de"), "{codes:?}");
}

#[test]
fn every_language_has_every_key_filled_with_the_same_blanks() {
    let english = catalogue(FALLBACK);
    let reference = keys(&english);
    let mut problems = Vec::new();
    for language in ALL {
        let words = catalogue(language.code);
        let own = keys(&words);
        for key in reference.difference(&own) {
            problems.push(format!("{}: missing {key}", language.code));
        }
        for key in own.difference(&reference) {
            problems.push(format!("{}: {key} is not an English key (misspelt or left over?)", language.code));
        }
        for key in reference.intersection(&own) {
            let text = words.get(key).unwrap_or_default();
            if text.trim().is_empty() {
                problems.push(format!("{}: {key} is empty", language.code));
            }
            let (want, got) = (blanks(&english, key), blanks(&words, key));
            if DATE_PATTERNS.contains(&key.as_str()) {
                if !got.iter().all(|b| DATE_BLANKS.contains(&b.as_str())) || !got.contains("year") {
                    problems.push(format!("{}: {key} may use {DATE_BLANKS:?}, including year", language.code));
                }
            } else if want != got {
                problems.push(format!("{}: {key} has blanks {got:?}, English has {want:?}", language.code));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn every_language_asks_the_same_items_with_the_same_scoring() {
    let english = content(FALLBACK);
    for language in ALL {
        let other = content(language.code);
        let code = language.code;
        assert_eq!(other.version, english.version, "{code}: questionnaire version");
        let shape = |c: &Content| c.items.iter().map(|i| (i.id.clone(), i.scale, i.reverse)).collect::<Vec<_>>();
        assert_eq!(shape(&other), shape(&english), "{code}: item ids, order, scales and keying");
        let scales = |c: &Content| c.scales.iter().map(|s| s.id).collect::<Vec<_>>();
        assert_eq!(scales(&other), scales(&english), "{code}: scale descriptions");
        let strategies =
            |c: &Content| c.strategies.iter().map(|s| (s.id.clone(), s.exercises.len())).collect::<Vec<_>>();
        assert_eq!(strategies(&other), strategies(&english), "{code}: strategies and their exercises");
    }
}

#[test]
fn no_questionnaire_text_is_empty_in_any_language() {
    for language in ALL {
        let c = content(language.code);
        let mut texts: Vec<(String, &str)> = Vec::new();
        texts.extend(c.answer_labels.iter().map(|l| ("answer label".to_string(), l.as_str())));
        for s in &c.scales {
            for text in [&s.name, &s.in_sentence, &s.summary, &s.low, &s.moderate, &s.high] {
                texts.push((format!("scale {}", s.id.id()), text));
            }
        }
        texts.extend(c.items.iter().map(|i| (format!("item {}", i.id), i.text.as_str())));
        for s in &c.strategies {
            let fields = [&s.title, &s.why, &s.reframe_from, &s.reframe_to, &s.this_week, &s.source];
            texts.extend(fields.into_iter().chain(&s.exercises).map(|t| (format!("strategy {}", s.id), t.as_str())));
        }
        for (place, text) in texts {
            assert!(!text.trim().is_empty(), "{}: {place} has an empty text", language.code);
        }
    }
}

/// Every string literal in `src/` and build.rs that looks like a catalogue
/// key (`"intro.start"`), and the prefixes of keys built at run time
/// (`"results.band.{}"` gives `results.band.`).
fn keys_named_in_code(files: &BTreeSet<String>) -> (BTreeSet<String>, BTreeSet<String>) {
    let (mut exact, mut prefixes) = (BTreeSet::new(), BTreeSet::new());
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stack = vec![root.join("src"), root.join("build.rs")];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        // Unit tests may name keys of their own invention.
        let code = source.split("#[cfg(test)]").next().unwrap_or_default();
        for literal in code.split('"').skip(1).step_by(2) {
            let Some((file, _)) = literal.split_once('.') else { continue };
            if !files.contains(file) {
                continue;
            }
            match literal.rsplit_once(".{").filter(|(_, blank)| blank.ends_with('}')) {
                Some((prefix, _)) => prefixes.insert(format!("{prefix}.")),
                None => exact.insert(literal.to_string()),
            };
        }
    }
    (exact, prefixes)
}

#[test]
fn the_code_and_the_english_catalogue_name_the_same_keys() {
    let english = keys(&catalogue(FALLBACK));
    let files: BTreeSet<String> = english.iter().filter_map(|k| k.split('.').next()).map(str::to_string).collect();
    let (exact, prefixes) = keys_named_in_code(&files);
    let plural = |key: &str| english.contains(&format!("{key}.one")) && english.contains(&format!("{key}.other"));
    let mut problems: Vec<String> = exact
        .iter()
        .filter(|key| !english.contains(*key) && !plural(key))
        .map(|key| format!("the code uses {key}, which locales/en lacks"))
        .collect();
    problems.extend(
        prefixes
            .iter()
            .filter(|prefix| !english.iter().any(|k| k.starts_with(*prefix)))
            .map(|prefix| format!("the code builds keys {prefix}…, which locales/en lacks")),
    );
    let used = |key: &String| {
        exact.contains(key)
            || key.rsplit_once('.').is_some_and(|(base, form)| matches!(form, "one" | "other") && exact.contains(base))
            || prefixes.iter().any(|p| key.starts_with(p))
    };
    problems.extend(english.iter().filter(|k| !used(k)).map(|k| format!("{k} is never shown")));
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}
