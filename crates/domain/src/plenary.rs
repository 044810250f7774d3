//! The outcomes of an event's plenary discussions: what was said and recommended, per
//! session, and the working groups it concerns.

use serde::Serialize;

use crate::{EventId, PlenaryOutcomeId, ValidationError, WorkingGroupId};

/// What a plenary session of an event concluded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlenaryOutcome {
    /// Identity.
    pub id: PlenaryOutcomeId,
    /// The event.
    pub event_id: EventId,
    /// The session it belongs to, as printed, e.g. "(1) City leadership".
    pub section: String,
    /// Heading, e.g. "Reactions to the proposed actions and discussion – …".
    pub heading: String,
    /// An editorial remark printed with it.
    pub note: Option<String>,
    /// The points of the discussion, one per printed paragraph.
    pub summary_points: Vec<String>,
    /// The recommendations made.
    pub recommendations: Vec<String>,
    /// The working groups it concerns, in order.
    pub working_group_ids: Vec<WorkingGroupId>,
    /// Position among the event's outcomes.
    pub position: i32,
}

/// Longest point or recommendation accepted.
pub const MAX_POINT: usize = 10_000;

/// A list of paragraphs: each trimmed, empty ones dropped, each at most 10,000 characters,
/// at most 50 of them.
pub fn parse_points(field: &'static str, raw: &[String]) -> Result<Vec<String>, ValidationError> {
    let points: Vec<String> = raw
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect();
    if points.len() > 50 {
        return Err(ValidationError::new(
            field,
            "TOO_MANY",
            format!("{field} may hold at most 50 entries."),
        ));
    }
    if points.iter().any(|p| p.chars().count() > MAX_POINT) {
        return Err(ValidationError::new(
            field,
            "TOO_LONG",
            format!("Each entry of {field} must be at most {MAX_POINT} characters."),
        ));
    }
    Ok(points)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_are_trimmed_and_bounded() {
        let raw = vec![" A point. ".to_owned(), String::new()];
        assert_eq!(parse_points("summaryPoints", &raw).unwrap(), ["A point."]);
        assert_eq!(
            parse_points("summaryPoints", &vec!["p".to_owned(); 51])
                .unwrap_err()
                .code,
            "TOO_MANY"
        );
        assert_eq!(
            parse_points("summaryPoints", &["é".repeat(MAX_POINT + 1)])
                .unwrap_err()
                .code,
            "TOO_LONG"
        );
    }
}
