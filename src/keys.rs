//! The quiz's keyboard shortcuts, as a pure mapping from key names.

use crate::answer::Answer;

/// What a key press on a question means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyCommand {
    /// Digits 1-5 choose that answer.
    Choose(Answer),
    /// Enter or the right arrow moves on.
    Next,
    /// The left arrow or Backspace goes back.
    Back,
}

/// The command for a `KeyboardEvent.key` value. `on_button` is true when focus
/// is on a button or link, where Enter must keep its native meaning (press
/// that button) instead of also moving on.
pub fn command_for(key: &str, on_button: bool) -> Option<KeyCommand> {
    match key {
        "Enter" if on_button => None,
        "Enter" | "ArrowRight" => Some(KeyCommand::Next),
        "ArrowLeft" | "Backspace" => Some(KeyCommand::Back),
        _ => {
            let digit = key.parse::<u8>().ok()?;
            Answer::new(digit).map(KeyCommand::Choose)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_one_to_five_choose_answers() {
        assert_eq!(command_for("3", false), Some(KeyCommand::Choose(Answer::new(3).unwrap())));
        assert_eq!(command_for("0", false), None);
        assert_eq!(command_for("6", false), None);
        assert_eq!(command_for("a", false), None);
    }

    #[test]
    fn arrows_enter_and_backspace_move() {
        assert_eq!(command_for("Enter", false), Some(KeyCommand::Next));
        assert_eq!(command_for("ArrowRight", true), Some(KeyCommand::Next));
        assert_eq!(command_for("ArrowLeft", false), Some(KeyCommand::Back));
        assert_eq!(command_for("Backspace", false), Some(KeyCommand::Back));
    }

    #[test]
    fn enter_on_a_button_is_left_to_the_button() {
        assert_eq!(command_for("Enter", true), None);
    }
}
