//! Side effects, one small module each. The reducer never calls these;
//! effects and event handlers in the components do.

pub mod clipboard;
pub mod clock;
pub mod download;
pub mod file_reader;
pub mod host_frame;
pub mod language_pref;
pub mod location;
pub mod look;
pub mod preference;
pub mod storage;
pub mod theme_pref;
