//! The reader's own theme choice, remembered apart from the results: a
//! missing or blocked storage just means "follow the page's default".

use crate::embed_options::Theme;

/// Namespaced like the results key, so it cannot collide with a host page's keys.
pub const KEY: &str = "networking-mindset:theme";

/// The remembered choice, if any.
pub fn load() -> Option<Theme> {
    let storage = web_sys::window()?.local_storage().ok().flatten()?;
    let value = storage.get_item(KEY).ok().flatten()?;
    Theme::from_name(&value)
}

/// Remembers `theme`. Where storage is refused the choice lasts for this visit only.
pub fn save(theme: Theme) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(KEY, theme.name());
    }
}
