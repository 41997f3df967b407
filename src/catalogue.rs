//! The interface's words in one language: every label, heading, message and
//! sentence pattern, looked up by key (`"intro.start"`).
//!
//! The texts come from `locales/<code>/*.toml` (see build.rs), so no
//! person-facing English lives in Rust. Patterns name their blanks
//! (`"{answered} of {total}"`) because word order differs between
//! languages. Whole numbers (the only kind on screen) are written with the
//! language's own separator and minus sign here too.

use std::collections::HashMap;
use std::fmt::{Display, Write};

/// Marks a key the catalogue lacks, e.g. `⟦intro.start⟧`: visible enough
/// that the end-to-end tests (and any reader) notice, never a blank or a panic.
pub const MISSING_OPEN: char = '⟦';
/// Closes a missing-key marker.
pub const MISSING_CLOSE: char = '⟧';

/// One language's interface texts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalogue {
    code: String,
    texts: HashMap<String, String>,
}

/// A value for a named blank in a pattern.
pub type Arg<'a> = (&'a str, &'a dyn Display);

/// Part of a pattern: words to show as they are, or a named blank.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Text shown as written.
    Text(String),
    /// The blank `{name}`.
    Blank(String),
}

/// The text before the first `{name}` blank, its name and the rest; a
/// blank's name is letters, digits and underscores, so other braces are text.
fn next_blank(text: &str) -> Option<(&str, &str, &str)> {
    let mut from = 0;
    while let Some(open) = text[from..].find('{').map(|i| i + from) {
        let after = &text[open + 1..];
        if let Some(close) = after.find('}') {
            let name = &after[..close];
            if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return Some((&text[..open], name, &after[close + 1..]));
            }
        }
        from = open + 1;
    }
    None
}

impl Catalogue {
    /// Reads the JSON that build.rs made from a language's interface files.
    pub fn from_json(code: &str, json: &str) -> Result<Catalogue, serde_json::Error> {
        Ok(Catalogue { code: code.to_string(), texts: serde_json::from_str(json)? })
    }

    /// The language's code ("de"), for `lang` attributes.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// Every key, for the tests that compare languages.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.texts.keys().map(String::as_str)
    }

    /// The raw text under `key`, if the catalogue has it.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.texts.get(key).map(String::as_str)
    }

    /// The text under `key`, or a visible marker when it is missing.
    pub fn text(&self, key: &str) -> String {
        match self.get(key) {
            Some(text) => text.to_string(),
            None => format!("{MISSING_OPEN}{key}{MISSING_CLOSE}"),
        }
    }

    /// The pattern under `key` with its `{name}` blanks filled from `args`.
    /// A blank with no value stays as written, so a slip shows instead of
    /// silently dropping words.
    pub fn fill(&self, key: &str, args: &[Arg]) -> String {
        let mut out = String::new();
        for piece in self.pieces(key) {
            match piece {
                Piece::Text(text) => out.push_str(&text),
                Piece::Blank(name) => match args.iter().find(|(arg, _)| *arg == name) {
                    // Writing into a String cannot fail.
                    Some((_, value)) => drop(write!(out, "{value}")),
                    None => drop(write!(out, "{{{name}}}")),
                },
            }
        }
        out
    }

    /// The pattern under `key` split at its blanks, for blanks filled with
    /// markup (a quotation, a key on the keyboard) rather than text.
    pub fn pieces(&self, key: &str) -> Vec<Piece> {
        let pattern = self.text(key);
        let mut pieces = Vec::new();
        let mut rest = pattern.as_str();
        while let Some((before, name, after)) = next_blank(rest) {
            if !before.is_empty() {
                pieces.push(Piece::Text(before.to_string()));
            }
            pieces.push(Piece::Blank(name.to_string()));
            rest = after;
        }
        if !rest.is_empty() {
            pieces.push(Piece::Text(rest.to_string()));
        }
        pieces
    }

    /// The singular (`key.one`) or plural (`key.other`) pattern for `n`,
    /// with `{n}` written as a number of this language. English and German
    /// both use "one" for exactly 1; docs/translating.md says what a
    /// language with more forms needs.
    pub fn count(&self, key: &str, n: usize, args: &[Arg]) -> String {
        let form = if n == 1 { "one" } else { "other" };
        let number = self.integer(n as i64);
        let mut all: Vec<Arg> = vec![("n", &number)];
        all.extend_from_slice(args);
        self.fill(&format!("{key}.{form}"), &all)
    }

    /// A whole number with this language's thousands separator ("1,000" /
    /// "1.000"), so counts and scores read naturally.
    pub fn integer(&self, value: i64) -> String {
        let digits = value.unsigned_abs().to_string();
        let group = self.get("format.group").unwrap_or(",");
        let mut out = String::with_capacity(digits.len() + 4);
        if value < 0 {
            out.push_str(self.get("format.minus").unwrap_or("-"));
        }
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(group);
            }
            out.push(digit);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue(pairs: &[(&str, &str)]) -> Catalogue {
        Catalogue {
            code: "xx".into(),
            texts: pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        }
    }

    #[test]
    fn a_missing_key_is_marked_not_blank() {
        assert_eq!(catalogue(&[]).text("intro.start"), "⟦intro.start⟧");
    }

    #[test]
    fn blanks_are_filled_by_name_in_any_order() {
        let c = catalogue(&[("k", "{total} statements, {answered} answered")]);
        assert_eq!(c.fill("k", &[("answered", &3), ("total", &24)]), "24 statements, 3 answered");
    }

    #[test]
    fn unknown_blanks_and_stray_braces_stay_as_written() {
        let c = catalogue(&[("k", "{a} and {b} {")]);
        assert_eq!(c.fill("k", &[("a", &"x")]), "x and {b} {");
    }

    #[test]
    fn pieces_split_a_pattern_at_its_blanks() {
        let c = catalogue(&[("k", "Instead of {from}, try {to}.")]);
        assert_eq!(
            c.pieces("k"),
            [
                Piece::Text("Instead of ".into()),
                Piece::Blank("from".into()),
                Piece::Text(", try ".into()),
                Piece::Blank("to".into()),
                Piece::Text(".".into()),
            ]
        );
    }

    #[test]
    fn counts_pick_the_singular_for_one() {
        let c = catalogue(&[
            ("r.one", "{n} result"),
            ("r.other", "{n} results"),
            ("format.group", "."),
        ]);
        assert_eq!(c.count("r", 1, &[]), "1 result");
        assert_eq!(c.count("r", 0, &[]), "0 results");
        assert_eq!(c.count("r", 1200, &[]), "1.200 results");
    }

    #[test]
    fn numbers_use_the_languages_marks() {
        let de = catalogue(&[("format.group", "."), ("format.minus", "−")]);
        assert_eq!(de.integer(1_234_567), "1.234.567");
        assert_eq!(de.integer(-12), "−12");
        let en = catalogue(&[]);
        assert_eq!(en.integer(999), "999");
        assert_eq!(en.integer(-1000), "-1,000");
    }
}
