//! A small remembered choice (theme, language), kept apart from the
//! results: missing or blocked storage just means no choice is remembered,
//! never an error in front of the reader.

/// The text remembered under `key`, if any.
pub fn load(key: &str) -> Option<String> {
    let storage = web_sys::window()?.local_storage().ok().flatten()?;
    storage.get_item(key).ok().flatten()
}

/// Remembers `value` under `key`. Where storage is refused the choice lasts
/// for this visit only.
pub fn save(key: &str, value: &str) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(key, value);
    }
}
