//! The interface texts of the language showing, for any component.

use std::rc::Rc;

use yew::prelude::*;

use crate::catalogue::Catalogue;
use crate::language;

/// The catalogue the app provides as context. A component rendered on its
/// own (in a component test) gets English, the language every other is
/// checked against; if even that could not be read, keys show as visible
/// markers instead of a panic.
#[hook]
pub fn use_words() -> Rc<Catalogue> {
    let provided = use_context::<Rc<Catalogue>>();
    let fallback = use_memo((), |_| language::fallback().catalogue().unwrap_or_default());
    provided.unwrap_or(fallback)
}
