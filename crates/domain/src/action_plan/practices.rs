//! The good practices a plan action adopts: the trace of a practice's transfer from the city it
//! comes from to the cities that take it up.

use serde::Serialize;

use super::ActionId;
use crate::{GoodPracticeId, ValidationError};

/// Most practices one action adopts.
pub const MAX_PRACTICES: usize = 20;

/// An action with the practices it adopts (what the audit log keeps of a change).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ActionPractices {
    /// The action.
    pub id: ActionId,
    /// The practices, in the order given.
    pub good_practice_ids: Vec<GoodPracticeId>,
}

/// The practices as given, without repeats, at most [`MAX_PRACTICES`] (`TOO_MANY`).
pub fn adopted_practices(
    given: Vec<GoodPracticeId>,
) -> Result<Vec<GoodPracticeId>, ValidationError> {
    let mut practices = Vec::with_capacity(given.len());
    for practice in given {
        if !practices.contains(&practice) {
            practices.push(practice);
        }
    }
    if practices.len() > MAX_PRACTICES {
        return Err(ValidationError::new(
            "goodPracticeIds",
            "TOO_MANY",
            format!("An action adopts at most {MAX_PRACTICES} practices."),
        )
        .with("max", MAX_PRACTICES));
    }
    Ok(practices)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats_go_and_the_count_is_bounded() {
        let ids = |raw: &[i32]| raw.iter().copied().map(GoodPracticeId).collect::<Vec<_>>();
        assert_eq!(adopted_practices(ids(&[3, 1, 3])), Ok(ids(&[3, 1])));
        assert_eq!(adopted_practices(Vec::new()), Ok(Vec::new()));
        let many: Vec<i32> = (1..=21).collect();
        assert_eq!(
            adopted_practices(ids(&many)).map_err(|e| e.code),
            Err("TOO_MANY")
        );
        let twenty: Vec<i32> = (1..=20).chain(1..=5).collect();
        assert_eq!(adopted_practices(ids(&twenty)).map(|p| p.len()), Ok(20));
    }
}
