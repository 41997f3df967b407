//! The four things the questionnaire measures.

use serde::{Deserialize, Serialize};

/// One of the four scales. The content file names them by their lowercase id,
/// so a writer can only attach an item to a scale the scoring knows about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scale {
    /// Networking as growth, learning and opportunity.
    Promotion,
    /// Networking as duty, or as protection against missing out.
    Prevention,
    /// What the person believes they can offer others.
    Value,
    /// Feeling fake, self-serving or "dirty" when networking.
    Discomfort,
}

impl Scale {
    /// Every scale, in the order the results page shows them.
    pub const ALL: [Scale; 4] = [
        Scale::Promotion,
        Scale::Prevention,
        Scale::Value,
        Scale::Discomfort,
    ];

    /// Position in [`Scale::ALL`], so per-scale data can live in plain arrays.
    pub fn index(self) -> usize {
        match self {
            Scale::Promotion => 0,
            Scale::Prevention => 1,
            Scale::Value => 2,
            Scale::Discomfort => 3,
        }
    }

    /// The id used in the content file and in stored results.
    pub fn id(self) -> &'static str {
        match self {
            Scale::Promotion => "promotion",
            Scale::Prevention => "prevention",
            Scale::Value => "value",
            Scale::Discomfort => "discomfort",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_matches_position_in_all() {
        for (position, scale) in Scale::ALL.iter().enumerate() {
            assert_eq!(scale.index(), position);
        }
    }

    #[test]
    fn id_round_trips_through_serde() {
        for scale in Scale::ALL {
            let json = serde_json::to_string(&scale).unwrap();
            assert_eq!(json, format!("\"{}\"", scale.id()));
            assert_eq!(serde_json::from_str::<Scale>(&json).unwrap(), scale);
        }
    }
}
