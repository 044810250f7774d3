//! The programme's own shape: its phases (benchmarking, mutual learning, action planning,
//! implementation) and their stages, with the dates the report gives, kept as data the
//! coordinator corrects.

use serde::Serialize;

use crate::error::{Problems, ValidationError};
use crate::event::parse_optional;
use crate::ids::ProgrammePhaseId;
use crate::partial_date::{PartialDate, check_range};
use crate::working_group::parse_title;

/// Longest summary accepted.
pub const MAX_SUMMARY: usize = 2_000;
/// Longest printed wording of a date ("the beginning of November 2018").
pub const MAX_DATE_TEXT: usize = 200;
/// Longest reference ("3d").
pub const MAX_REFERENCE: usize = 8;

/// A phase of the programme, or a stage of one (`parent_id` set).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ProgrammePhase {
    /// Identity.
    pub id: ProgrammePhaseId,
    /// The phase this is a stage of; `None` for a phase.
    pub parent_id: Option<ProgrammePhaseId>,
    /// Order among its siblings.
    pub position: i32,
    /// What the report numbers it ("2", "3d").
    pub reference: Option<String>,
    /// Title, as printed.
    pub title: String,
    /// What happens in it.
    pub summary: Option<String>,
    /// When it starts, to the precision known.
    pub start: Option<PartialDate>,
    /// When it ends, to the precision known.
    pub end: Option<PartialDate>,
    /// The start as the report words it.
    pub start_text: Option<String>,
    /// The end as the report words it.
    pub end_text: Option<String>,
}

/// A phase's fields as given (for create and update).
#[derive(Clone, Debug, Default)]
pub struct ProgrammePhaseDraft {
    /// Reference, up to [`MAX_REFERENCE`] characters; may be blank.
    pub reference: Option<String>,
    /// Title, 1–200 characters.
    pub title: String,
    /// Summary, up to [`MAX_SUMMARY`] characters; may be blank.
    pub summary: Option<String>,
    /// Start: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; may be blank.
    pub start: Option<String>,
    /// End, as the start; not before it.
    pub end: Option<String>,
    /// The start in words, up to [`MAX_DATE_TEXT`] characters.
    pub start_text: Option<String>,
    /// The end in words, up to [`MAX_DATE_TEXT`] characters.
    pub end_text: Option<String>,
}

/// What a phase holds besides its identity and place: validated, texts trimmed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProgrammePhaseFields {
    /// Reference.
    pub reference: Option<String>,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: Option<String>,
    /// Start.
    pub start: Option<PartialDate>,
    /// End.
    pub end: Option<PartialDate>,
    /// The start in words.
    pub start_text: Option<String>,
    /// The end in words.
    pub end_text: Option<String>,
}

fn parse_date(
    field: &'static str,
    raw: Option<&str>,
) -> Result<Option<PartialDate>, ValidationError> {
    match raw.map(str::trim).filter(|raw| !raw.is_empty()) {
        Some(raw) => PartialDate::parse(field, raw).map(Some),
        None => Ok(None),
    }
}

impl ProgrammePhaseDraft {
    /// Validates the draft, reporting every problem.
    pub fn validate(self) -> Result<ProgrammePhaseFields, Vec<ValidationError>> {
        let mut problems = Problems::new();
        let reference = problems.check(parse_optional(
            "reference",
            self.reference.as_deref(),
            MAX_REFERENCE,
        ));
        let title = problems.check(parse_title("title", &self.title));
        let summary = problems.check(parse_optional(
            "summary",
            self.summary.as_deref(),
            MAX_SUMMARY,
        ));
        let start = problems.check(parse_date("start", self.start.as_deref()));
        let end = problems.check(parse_date("end", self.end.as_deref()));
        if let Err(err) = check_range(start.as_ref(), end.as_ref()) {
            problems.push(err);
        }
        let start_text = problems.check(parse_optional(
            "startText",
            self.start_text.as_deref(),
            MAX_DATE_TEXT,
        ));
        let end_text = problems.check(parse_optional(
            "endText",
            self.end_text.as_deref(),
            MAX_DATE_TEXT,
        ));
        problems.finish(ProgrammePhaseFields {
            reference,
            title,
            summary,
            start,
            end,
            start_text,
            end_text,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> ProgrammePhaseDraft {
        ProgrammePhaseDraft {
            title: "Action planning".into(),
            start: Some("2018-11".into()),
            end: Some("2020-03".into()),
            ..Default::default()
        }
    }

    #[test]
    fn keeps_the_precision_given() {
        let fields = draft().validate().unwrap();
        assert_eq!(fields.start.unwrap().to_string(), "2018-11");
        assert_eq!(fields.end.unwrap().to_string(), "2020-03");
    }

    #[test]
    fn reports_every_problem() {
        let codes: Vec<_> = ProgrammePhaseDraft {
            title: " ".into(),
            start: Some("2020-04".into()),
            end: Some("2020-03".into()),
            summary: Some("x".repeat(MAX_SUMMARY + 1)),
            start_text: Some("soon".into()),
            ..Default::default()
        }
        .validate()
        .unwrap_err()
        .into_iter()
        .map(|e| (e.field.to_string(), e.code.to_string()))
        .collect();
        assert!(
            codes.contains(&("title".into(), "REQUIRED".into())),
            "{codes:?}"
        );
        assert!(
            codes.contains(&("end".into(), "END_BEFORE_START".into())),
            "{codes:?}"
        );
        assert!(
            codes.contains(&("summary".into(), "TOO_LONG".into())),
            "{codes:?}"
        );
    }

    #[test]
    fn rejects_a_date_that_is_not_one() {
        let errors = ProgrammePhaseDraft {
            start: Some("November".into()),
            ..draft()
        }
        .validate()
        .unwrap_err();
        assert_eq!(errors[0].field, "start");
    }
}
