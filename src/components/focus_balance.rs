//! Promotion versus prevention, drawn as a marker on a line from one to the other.

use yew::prelude::*;

use crate::band::{FocusBalance, BALANCE_CUTOFF};
use crate::explain::balance_summary;
use crate::hooks::use_words::use_words;

/// Props of [`FocusBalanceView`].
#[derive(Properties, PartialEq)]
pub struct FocusBalanceProps {
    /// Promotion score, if scored.
    pub promotion: Option<u8>,
    /// Prevention score, if scored.
    pub prevention: Option<u8>,
    /// Their balance, if both were scored.
    pub balance: Option<FocusBalance>,
}

/// The balance visual with its sentence as the text alternative.
#[component]
pub fn FocusBalanceView(props: &FocusBalanceProps) -> Html {
    let words = use_words();
    let (Some(promotion), Some(prevention), Some(balance)) =
        (props.promotion, props.prevention, props.balance)
    else {
        return html! {
            <p class="balance-missing">{ words.text("results.balance.missing") }</p>
        };
    };
    let summary = balance_summary(promotion, prevention, balance, &words);
    // The line runs from prevention (x = 0) to promotion (x = 200); 100 is even.
    let marker = (100 + balance.difference).to_string();
    let zone_start = (100 - BALANCE_CUTOFF).to_string();
    let zone_width = (2 * BALANCE_CUTOFF).to_string();
    html! {
        <figure class="balance">
            <svg viewBox="-8 0 216 28" role="img" aria-label={summary.clone()}>
                <rect class="balance-track" x="0" y="11" width="200" height="6" rx="3" />
                <rect class="balance-zone" x={zone_start} y="8" width={zone_width} height="12" rx="2" />
                <line class="balance-mid" x1="100" y1="5" x2="100" y2="23" />
                <circle class="balance-marker" cx={marker} cy="14" r="7" />
            </svg>
            <div class="balance-ends" aria-hidden="true">
                <span>{ words.text("results.balance.prevention_end") }</span>
                <span>{ words.text("results.balance.balanced_middle") }</span>
                <span>{ words.text("results.balance.promotion_end") }</span>
            </div>
            <figcaption>{ summary }</figcaption>
        </figure>
    }
}
