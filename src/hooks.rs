//! Custom hooks: the places where the reducer's state meets side effects.

pub mod use_host_messages;
pub mod use_persistence;
pub mod use_words;
