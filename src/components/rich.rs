//! Catalogue patterns whose blanks hold markup, such as a quotation or a
//! key on the keyboard, so translators can still move them in the sentence.

use yew::prelude::*;

use crate::catalogue::{Catalogue, Piece};

/// The pattern under `key` with every blank replaced by `blank(name)`; a
/// blank it does not know stays visible as written.
pub fn rich(words: &Catalogue, key: &str, blank: impl Fn(&str) -> Option<Html>) -> Html {
    html! {
        <>
            { for words.pieces(key).into_iter().map(|piece| match piece {
                Piece::Text(text) => html! { { text } },
                Piece::Blank(name) => blank(&name).unwrap_or_else(|| html! { { format!("{{{name}}}") } }),
            }) }
        </>
    }
}

/// The keyboard help: `{answer_keys}` and the named keys shown as `<kbd>`.
pub fn shortcuts(words: &Catalogue, key: &str) -> Html {
    rich(words, key, |name| match name {
        "answer_keys" => Some(html! { <><kbd>{ "1" }</kbd>{ "–" }<kbd>{ "5" }</kbd></> }),
        "enter" => Some(html! { <kbd>{ words.text("keys.enter") }</kbd> }),
        "right" => Some(html! { <kbd>{ "→" }</kbd> }),
        "left" => Some(html! { <kbd>{ "←" }</kbd> }),
        "backspace" => Some(html! { <kbd>{ words.text("keys.backspace") }</kbd> }),
        _ => None,
    })
}
