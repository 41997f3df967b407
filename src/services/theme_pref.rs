//! The reader's own theme choice, remembered apart from the results: a
//! missing or blocked storage just means "follow the page's default".

use crate::embed_options::Theme;
use crate::services::preference;

/// Namespaced like the results key, so it cannot collide with a host page's keys.
pub const KEY: &str = "networking-mindset:theme";

/// The remembered choice, if any.
pub fn load() -> Option<Theme> {
    Theme::from_name(&preference::load(KEY)?)
}

/// Remembers `theme`. Where storage is refused the choice lasts for this visit only.
pub fn save(theme: Theme) {
    preference::save(KEY, theme.name());
}
