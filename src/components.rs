//! One small module per screen or piece of a screen. They render what the
//! pure modules computed and turn events into callbacks; no rules live here.

pub mod change_summary;
pub mod confirm;
pub mod data_tools;
pub mod flash;
pub mod focus_balance;
pub mod history;
pub mod intro;
pub mod language_switch;
pub mod question;
pub mod results;
pub mod rich;
pub mod score_card;
pub mod share_panel;
pub mod storage_notice;
pub mod strategy_card;
pub mod theme_switch;
pub mod trend_chart;
