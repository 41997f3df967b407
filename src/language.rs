//! Which languages the app speaks and which one a visit gets.
//!
//! The list is made by build.rs from the folders in `locales/`, so adding a
//! language is a matter of files. The choice is pure text handling: the
//! page's own request (`?lang=` or the embed's `lang` attribute) wins, because
//! it matches the post the widget sits in; then the reader's remembered
//! choice; then the browser's languages in order; then English.

use crate::catalogue::Catalogue;
use crate::content::{Content, ContentError};

/// One language the app can show, with its texts as embedded JSON.
#[derive(Debug, PartialEq, Eq)]
pub struct Language {
    /// Lower-case primary language subtag, the folder's name ("de").
    pub code: &'static str,
    /// The language's name in itself ("Deutsch"), for the switcher.
    pub name: &'static str,
    questionnaire: &'static str,
    interface: &'static str,
}

/// Every language, sorted by code.
pub static ALL: &[Language] = include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// The language used when nothing else matches; the one every other
/// catalogue is checked against.
pub const FALLBACK: &str = "en";

impl Language {
    /// The questionnaire in this language.
    pub fn content(&self) -> Result<Content, ContentError> {
        Content::from_json(self.questionnaire)
    }

    /// The interface texts in this language.
    pub fn catalogue(&self) -> Result<Catalogue, ContentError> {
        Catalogue::from_json(self.code, self.interface).map_err(|e| ContentError(e.to_string()))
    }
}

/// The language for a tag such as "de", "de-AT" or "DE_ch"; regional
/// variants fall back to the language itself.
pub fn find(tag: &str) -> Option<&'static Language> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    ALL.iter().find(|language| language.code == primary)
}

/// The English language, which always exists (a test checks it).
pub fn fallback() -> &'static Language {
    find(FALLBACK).expect("build.rs refuses to build without locales/en")
}

/// The language for this visit: `asked` by the page, else `remembered`
/// from the reader's own switch, else the first of the browser's
/// `preferred` languages we have, else English.
pub fn choose(asked: Option<&str>, remembered: Option<&str>, preferred: &[String]) -> &'static Language {
    asked
        .and_then(find)
        .or_else(|| remembered.and_then(find))
        .or_else(|| preferred.iter().find_map(|tag| find(tag)))
        .unwrap_or_else(fallback)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prefs(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn english_and_german_are_shipped() {
        assert_eq!(fallback().code, "en");
        assert_eq!(find("de").map(|l| l.name), Some("Deutsch"));
    }

    #[test]
    fn regional_tags_find_their_language() {
        assert_eq!(find("de-AT").map(|l| l.code), Some("de"));
        assert_eq!(find("EN_gb").map(|l| l.code), Some("en"));
        assert_eq!(find("tlh"), None);
        assert_eq!(find(""), None);
    }

    #[test]
    fn the_page_request_wins_then_the_readers_choice_then_the_browser() {
        let browser = prefs(&["fr-FR", "de-DE", "en"]);
        assert_eq!(choose(Some("en"), Some("de"), &browser).code, "en");
        assert_eq!(choose(None, Some("en"), &browser).code, "en");
        assert_eq!(choose(None, None, &browser).code, "de", "French is skipped, German is next");
        assert_eq!(choose(Some("xx"), None, &prefs(&["de"])).code, "de", "an unknown request is ignored");
        assert_eq!(choose(None, None, &prefs(&["fr", "es"])).code, "en");
        assert_eq!(choose(None, None, &[]).code, "en");
    }

    #[test]
    fn every_language_loads() {
        for language in ALL {
            assert!(language.content().is_ok(), "{} questionnaire", language.code);
            assert_eq!(language.catalogue().map(|c| c.code().to_string()).ok().as_deref(), Some(language.code));
        }
    }
}
