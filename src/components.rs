//! One small module per screen or piece of a screen. They render what the
//! pure modules computed and turn events into callbacks; no rules live here.

pub mod focus_balance;
pub mod intro;
pub mod question;
pub mod results;
pub mod score_card;
pub mod strategy_card;
