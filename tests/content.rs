//! Validates the writer-edited content, so a typo in content/en.toml fails
//! the build's tests instead of reaching a person.

use std::collections::BTreeSet;

use networking_mindset::content::Content;
use networking_mindset::scale::Scale;
use networking_mindset::scoring::{Profile, ScaleScore};
use networking_mindset::strategy::{rank, RULES, TOP};

fn content() -> Content {
    Content::english().expect("content/en.toml must parse into the content schema")
}

#[test]
fn item_ids_are_unique() {
    let content = content();
    let ids: BTreeSet<_> = content.items.iter().map(|i| &i.id).collect();
    assert_eq!(ids.len(), content.items.len());
}

#[test]
fn questionnaire_is_a_four_to_five_minute_read() {
    let count = content().items.len();
    assert!((20..=30).contains(&count), "{count} items");
}

#[test]
fn every_scale_has_enough_items_and_a_reverse_keyed_one() {
    let content = content();
    for scale in Scale::ALL {
        let items: Vec<_> = content.items_of(scale).collect();
        assert!(items.len() >= 4, "{scale:?} has {} items", items.len());
        assert!(items.iter().any(|i| i.reverse), "{scale:?} has no reverse-keyed item");
    }
}

#[test]
fn every_scale_is_described_once() {
    let content = content();
    for scale in Scale::ALL {
        assert_eq!(content.scales.iter().filter(|s| s.id == scale).count(), 1, "{scale:?}");
    }
}

#[test]
fn reverse_keyed_items_are_opposites_not_negations() {
    for item in content().items.iter().filter(|i| i.reverse) {
        let lower = item.text.to_lowercase();
        let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric() && c != '\'').collect();
        for negation in ["not", "never", "no"] {
            assert!(!words.contains(&negation), "{}: {:?}", item.id, item.text);
        }
        assert!(!lower.contains("n't"), "{}: {:?}", item.id, item.text);
    }
}

#[test]
fn strategy_texts_and_rules_match_one_to_one() {
    let content = content();
    let texts: BTreeSet<&str> = content.strategies.iter().map(|s| s.id.as_str()).collect();
    let rules: BTreeSet<&str> = RULES.iter().map(|r| r.strategy).collect();
    assert_eq!(texts, rules);
    assert_eq!(texts.len(), content.strategies.len(), "duplicate strategy id");
    assert!(texts.len() >= 7);
}

#[test]
fn every_strategy_is_complete_and_cautious() {
    for s in &content().strategies {
        assert!((2..=3).contains(&s.exercises.len()), "{}: {} exercises", s.id, s.exercises.len());
        for field in [&s.title, &s.why, &s.reframe_from, &s.reframe_to, &s.this_week, &s.source] {
            assert!(!field.trim().is_empty(), "{} has an empty field", s.id);
        }
        let claims = format!("{} {}", s.why, s.source).to_lowercase();
        assert!(!claims.contains("research shows") && !claims.contains("proves"), "{}", s.id);
    }
}

#[test]
fn every_strategy_is_reachable_by_some_profile() {
    let steps: Vec<u8> = (0..=100).step_by(10).collect();
    let mut reached = BTreeSet::new();
    for &a in &steps {
        for &b in &steps {
            for &c in &steps {
                for &d in &steps {
                    let profile = Profile::from_scores([a, b, c, d].map(ScaleScore::Score));
                    reached.extend(rank(&profile).into_iter().take(TOP).map(|r| r.strategy));
                }
            }
        }
    }
    let all: BTreeSet<_> = RULES.iter().map(|r| r.strategy).collect();
    assert_eq!(reached, all, "never in anyone's top {TOP}");
}
