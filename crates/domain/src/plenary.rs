//! The outcomes of an event's plenary discussions: what was said and recommended, per
//! session, and the working groups it concerns.

use serde::Serialize;

use crate::event::{parse_optional, parse_required};
use crate::{EventId, PlenaryOutcomeId, Problems, ValidationError, WorkingGroupId};

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

/// A plenary outcome's fields as given (for create and update).
#[derive(Clone, Debug)]
pub struct PlenaryOutcomeDraft {
    /// The session as printed.
    pub section: String,
    /// Heading.
    pub heading: String,
    /// Editorial remark.
    pub note: Option<String>,
    /// Points of the discussion.
    pub summary_points: Vec<String>,
    /// Recommendations.
    pub recommendations: Vec<String>,
    /// The groups it concerns, in order.
    pub working_group_ids: Vec<WorkingGroupId>,
}

/// What a plenary outcome holds besides its identity, event and position: validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlenaryOutcomeFields {
    /// The session as printed, 1–300 characters.
    pub section: String,
    /// Heading, 1–300 characters.
    pub heading: String,
    /// Editorial remark, at most 1,000 characters.
    pub note: Option<String>,
    /// Points of the discussion.
    pub summary_points: Vec<String>,
    /// Recommendations.
    pub recommendations: Vec<String>,
    /// The groups it concerns, in order, each once.
    pub working_group_ids: Vec<WorkingGroupId>,
}

impl PlenaryOutcomeDraft {
    /// Validates the draft, reporting every problem. Whether the groups exist is the
    /// caller's to check.
    pub fn validate(self) -> Result<PlenaryOutcomeFields, Vec<ValidationError>> {
        let mut problems = Problems::new();
        let section = problems.check(parse_required("section", &self.section, 300));
        let heading = problems.check(parse_required("heading", &self.heading, 300));
        let note = problems.check(parse_optional("note", self.note.as_deref(), 1_000));
        let summary_points = problems.check(parse_points("summaryPoints", &self.summary_points));
        let recommendations =
            problems.check(parse_points("recommendations", &self.recommendations));
        problems.check(check_distinct(&self.working_group_ids));
        problems.finish(PlenaryOutcomeFields {
            section,
            heading,
            note,
            summary_points,
            recommendations,
            working_group_ids: self.working_group_ids,
        })
    }
}

/// An outcome names each working group once.
fn check_distinct(groups: &[WorkingGroupId]) -> Result<(), ValidationError> {
    let distinct: std::collections::BTreeSet<_> = groups.iter().collect();
    if distinct.len() == groups.len() {
        Ok(())
    } else {
        Err(ValidationError::new(
            "workingGroupIds",
            "DUPLICATE",
            "A working group is named twice.",
        ))
    }
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
        )
        .with("max", 50));
    }
    if points.iter().any(|p| p.chars().count() > MAX_POINT) {
        return Err(ValidationError::new(
            field,
            "TOO_LONG",
            format!("Each entry of {field} must be at most {MAX_POINT} characters."),
        )
        .with("max", MAX_POINT)
        .with("variant", "ENTRY"));
    }
    Ok(points)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafts_report_every_problem_duplicates_included() {
        let draft = PlenaryOutcomeDraft {
            section: " (1) City leadership ".into(),
            heading: "Reactions".into(),
            note: None,
            summary_points: vec![" A point. ".into()],
            recommendations: Vec::new(),
            working_group_ids: vec![WorkingGroupId(2), WorkingGroupId(1)],
        };
        let fields = draft.clone().validate().unwrap();
        assert_eq!(fields.section, "(1) City leadership");
        assert_eq!(
            fields.working_group_ids,
            [WorkingGroupId(2), WorkingGroupId(1)]
        );
        let bad = PlenaryOutcomeDraft {
            heading: " ".into(),
            working_group_ids: vec![WorkingGroupId(1), WorkingGroupId(1)],
            ..draft
        };
        let codes: Vec<_> = bad.validate().unwrap_err().iter().map(|e| e.code).collect();
        assert_eq!(codes, ["REQUIRED", "DUPLICATE"]);
    }

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
