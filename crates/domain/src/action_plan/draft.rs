//! The validated inputs of actions and steps: a draft holds the values as given, `validate`
//! turns it into the fields repositories store, reporting every problem at once. The API's
//! mutations, the CSV import and the demo import all end in these fields.

use crate::action_plan::{
    ActionOrigin, MAX_ENTRY, MAX_TITLE, Stakeholder, StakeholderDraft, parse_list,
    parse_stakeholders,
};
use crate::event::{parse_optional, parse_required};
use crate::partial_date::{PartialDate, check_range};
use crate::{Problems, ProposedActionId, ThematicAreaId, ValidationError};

/// Longest printed reference of an action or step ("Objective #1", "Task #1.1").
pub const MAX_REFERENCE: usize = 100;
/// Longest printed start or end wording of a step.
pub const MAX_DATE_TEXT: usize = 200;

/// An action's fields as given. Whether the thematic area and the proposed action exist is
/// the service's to check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionDraft {
    /// Printed reference.
    pub reference: Option<String>,
    /// The objective.
    pub title: Option<String>,
    /// Thematic area.
    pub thematic_area_id: Option<ThematicAreaId>,
    /// Origin.
    pub origin: ActionOrigin,
    /// The proposed action it grew from.
    pub proposed_action_id: Option<ProposedActionId>,
}

/// The validated fields of an action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionFields {
    /// Printed reference.
    pub reference: Option<String>,
    /// The objective.
    pub title: Option<String>,
    /// Thematic area.
    pub thematic_area_id: Option<ThematicAreaId>,
    /// Origin.
    pub origin: ActionOrigin,
    /// The proposed action it grew from.
    pub proposed_action_id: Option<ProposedActionId>,
}

impl ActionDraft {
    /// Trims the texts and checks their lengths; blank texts become `None`.
    pub fn validate(self) -> Result<ActionFields, Vec<ValidationError>> {
        let mut problems = Problems::new();
        let reference = problems.check(parse_optional(
            "ref",
            self.reference.as_deref(),
            MAX_REFERENCE,
        ));
        let title = problems.check(parse_optional("title", self.title.as_deref(), MAX_TITLE));
        problems.finish(ActionFields {
            reference,
            title,
            thematic_area_id: self.thematic_area_id,
            origin: self.origin,
            proposed_action_id: self.proposed_action_id,
        })
    }
}

/// A step's fields as given; dates as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StepDraft {
    /// Printed reference.
    pub reference: Option<String>,
    /// What is done.
    pub title: String,
    /// Who.
    pub stakeholders: Vec<StakeholderDraft>,
    /// The printed stakeholder cell.
    pub stakeholders_text: Option<String>,
    /// Success factors.
    pub success_factors: Vec<String>,
    /// The printed success-factor cell.
    pub success_factors_text: Option<String>,
    /// Start.
    pub start: Option<String>,
    /// End.
    pub end: Option<String>,
    /// Printed start wording.
    pub start_text: Option<String>,
    /// Printed end wording.
    pub end_text: Option<String>,
}

/// The validated fields of a step.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StepFields {
    /// Printed reference.
    pub reference: Option<String>,
    /// What is done.
    pub title: String,
    /// Who.
    pub stakeholders: Vec<Stakeholder>,
    /// The printed stakeholder cell.
    pub stakeholders_text: Option<String>,
    /// Success factors.
    pub success_factors: Vec<String>,
    /// The printed success-factor cell.
    pub success_factors_text: Option<String>,
    /// Start.
    pub start: Option<PartialDate>,
    /// End.
    pub end: Option<PartialDate>,
    /// Printed start wording.
    pub start_text: Option<String>,
    /// Printed end wording.
    pub end_text: Option<String>,
}

/// A date as given: `None` (an explicit null) clears it; any string, blank included, must be
/// a date (`INVALID_DATE`), so an empty text field can never clear a date by accident.
fn parse_date(
    field: &'static str,
    raw: Option<&str>,
) -> Result<Option<PartialDate>, ValidationError> {
    raw.map(|raw| PartialDate::parse(field, raw.trim()))
        .transpose()
}

impl StepDraft {
    /// Trims the texts, cleans the lists, reads the dates and checks that the end does not
    /// come before the start.
    pub fn validate(self) -> Result<StepFields, Vec<ValidationError>> {
        let mut problems = Problems::new();
        let reference = problems.check(parse_optional(
            "ref",
            self.reference.as_deref(),
            MAX_REFERENCE,
        ));
        let stakeholders_text = problems.check(parse_optional(
            "stakeholdersText",
            self.stakeholders_text.as_deref(),
            MAX_ENTRY,
        ));
        let success_factors_text = problems.check(parse_optional(
            "successFactorsText",
            self.success_factors_text.as_deref(),
            MAX_ENTRY,
        ));
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
        let title = problems.check(parse_required("title", &self.title, MAX_TITLE));
        let stakeholders = problems.check(parse_stakeholders("stakeholders", self.stakeholders));
        let success_factors = problems.check(parse_list("successFactors", &self.success_factors));
        let start = problems.check(parse_date("start", self.start.as_deref()));
        let end = problems.check(parse_date("end", self.end.as_deref()));
        problems.check(check_range(start.as_ref(), end.as_ref()));
        problems.finish(StepFields {
            reference,
            title,
            stakeholders,
            stakeholders_text,
            success_factors,
            success_factors_text,
            start,
            end,
            start_text,
            end_text,
        })
    }
}

/// A whole action with its steps, for imports: top-level steps with their sub-steps.
#[derive(Clone, Debug)]
pub struct NewAction {
    /// The action's fields.
    pub fields: ActionFields,
    /// Its steps, each with its sub-steps.
    pub steps: Vec<(StepFields, Vec<StepFields>)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(errors: Vec<ValidationError>) -> Vec<(&'static str, &'static str)> {
        errors.into_iter().map(|e| (e.field, e.code)).collect()
    }

    #[test]
    fn an_action_is_trimmed_and_its_lengths_checked() {
        let draft = ActionDraft {
            reference: Some("  Objective #1 ".into()),
            title: Some("   ".into()),
            thematic_area_id: Some(ThematicAreaId(3)),
            origin: ActionOrigin::MutualLearning,
            proposed_action_id: None,
        };
        let fields = draft.clone().validate().expect("valid");
        assert_eq!(fields.reference.as_deref(), Some("Objective #1"));
        assert_eq!(fields.title, None, "a blank title is none");
        assert_eq!(fields.thematic_area_id, Some(ThematicAreaId(3)));
        let too_long = ActionDraft {
            reference: Some("r".repeat(MAX_REFERENCE + 1)),
            title: Some("t".repeat(MAX_TITLE + 1)),
            ..draft
        };
        assert_eq!(
            codes(too_long.validate().unwrap_err()),
            [("ref", "TOO_LONG"), ("title", "TOO_LONG")]
        );
    }

    #[test]
    fn a_step_reports_every_problem_in_field_order() {
        let fields = StepDraft {
            title: " Map the stakeholders ".into(),
            stakeholders: vec![
                StakeholderDraft::named(" city "),
                StakeholderDraft::named(""),
            ],
            start: Some("2019-02".into()),
            end: None,
            ..StepDraft::default()
        }
        .validate()
        .expect("valid");
        assert_eq!(fields.title, "Map the stakeholders");
        assert_eq!(fields.stakeholders, [Stakeholder::Named("city".into())]);
        assert_eq!(
            fields.start.map(|d| d.to_string()).as_deref(),
            Some("2019-02")
        );
        assert_eq!(fields.end, None, "null clears a date");
        for blank in ["", " "] {
            let blank = StepDraft {
                title: "t".into(),
                end: Some(blank.into()),
                ..StepDraft::default()
            };
            assert_eq!(
                codes(blank.validate().unwrap_err()),
                [("end", "INVALID_DATE")]
            );
        }

        let broken = StepDraft {
            reference: Some("r".repeat(MAX_REFERENCE + 1)),
            end_text: Some("e".repeat(MAX_DATE_TEXT + 1)),
            title: " ".into(),
            stakeholders: vec![StakeholderDraft::named("s"); crate::action_plan::MAX_LIST + 1],
            start: Some("2019-13".into()),
            ..StepDraft::default()
        };
        assert_eq!(
            codes(broken.validate().unwrap_err()),
            [
                ("ref", "TOO_LONG"),
                ("endText", "TOO_LONG"),
                ("title", "REQUIRED"),
                ("stakeholders", "TOO_MANY"),
                ("start", "INVALID_DATE"),
            ]
        );
        let backwards = StepDraft {
            title: "t".into(),
            start: Some("2019-05".into()),
            end: Some("2019-01".into()),
            ..StepDraft::default()
        };
        assert_eq!(
            codes(backwards.validate().unwrap_err()),
            [("end", "END_BEFORE_START")]
        );
    }
}
