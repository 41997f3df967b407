//! The interface texts of the language showing, for any component.

use std::rc::Rc;

use yew::prelude::*;

use crate::catalogue::Catalogue;
use crate::language;

/// The catalogue the app provides as context. A component rendered on its
/// own (in a component test) gets English, the language every other is
/// checked against; if even that could not be read, keys show as visible
/// markers instead of a panic. English is parsed only when no context is
/// there, so the many components of a screen never parse it each.
#[hook]
pub fn use_words() -> Rc<Catalogue> {
    let provided = use_context::<Rc<Catalogue>>();
    let fallback = use_memo(provided.is_none(), |&missing| {
        missing.then(|| Rc::new(language::fallback().catalogue().unwrap_or_default()))
    });
    provided.or_else(|| (*fallback).clone()).unwrap_or_default()
}
