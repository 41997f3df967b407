//! Networking Mindset: a browser-only self-check of how a person approaches
//! professional networking, with reframing strategies that may help.
//!
//! The modules at the top are pure logic, tested natively with `cargo test`;
//! `components` and `app` render them with Yew and hold no rules of their own.

pub mod answer;
pub mod assessment;
pub mod band;
pub mod catalogue;
pub mod change;
pub mod chart;
pub mod consistency;
pub mod content;
pub mod date;
pub mod document;
pub mod embed_options;
pub mod export;
pub mod explain;
pub mod import;
pub mod keys;
pub mod language;
pub mod quiz;
pub mod scale;
pub mod scoring;
pub mod share;
pub mod strategy;

pub mod app;
pub mod components;
pub mod hooks;
pub mod services;
