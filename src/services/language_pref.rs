//! The reader's own language choice, remembered apart from the results, and
//! the languages their browser says they read.

use crate::services::preference;

/// Namespaced like the results key, so it cannot collide with a host page's keys.
pub const KEY: &str = "networking-mindset:lang";

/// The remembered choice, if any. Missing or blocked storage means none.
pub fn load() -> Option<String> {
    preference::load(KEY)
}

/// Remembers `code`. Where storage is refused the choice lasts for this visit only.
pub fn save(code: &str) {
    preference::save(KEY, code);
}

/// The browser's languages, most preferred first (`navigator.languages`).
pub fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else { return Vec::new() };
    let listed: Vec<String> = navigator.languages().iter().filter_map(|tag| tag.as_string()).collect();
    if listed.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        listed
    }
}
