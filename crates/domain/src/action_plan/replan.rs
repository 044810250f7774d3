//! Re-planning an agreed plan: once a plan is ADOPTED its steps' dates may still move and
//! steps may be added or removed, but each change needs a reason and is kept in the plan's
//! change history, and the baseline stays until the coordinator sets a new one. Baselines are
//! numbered; earlier ones are kept for comparison.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{ActionPlanId, ActionStepId, PlanStage};
use crate::codes::codes;
use crate::event::parse_optional;
use crate::partial_date::{PartialDate, check_range};
use crate::{Problems, UserId, ValidationError};

/// Longest reason for a change.
pub const MAX_REASON: usize = 2_000;

impl PlanStage {
    /// Whether the plan's own organisation may move dates and add or remove steps in this
    /// stage (freely while being written, with a reason once agreed).
    pub fn schedule_editable(self) -> bool {
        !matches!(self, Self::Completed)
    }

    /// Whether changes to the steps are re-planning here: they need a reason, go into the
    /// plan's change history and leave the baseline as it is.
    pub fn replanning(self) -> bool {
        !self.content_editable()
    }
}

/// What a change of an agreed plan did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum PlanChangeKind {
    /// A step's dates moved.
    DatesChanged,
    /// A step was added.
    StepAdded,
    /// A step (with its sub-steps) was removed.
    StepRemoved,
    /// An action (with its steps) was removed.
    ActionRemoved,
    /// A new baseline was set.
    BaselineSet,
}

codes!(PlanChangeKind {
    DatesChanged => "DATES_CHANGED",
    StepAdded => "STEP_ADDED",
    StepRemoved => "STEP_REMOVED",
    ActionRemoved => "ACTION_REMOVED",
    BaselineSet => "BASELINE_SET",
});

/// One entry of a plan's change history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlanChange {
    /// The plan.
    pub plan_id: ActionPlanId,
    /// What happened.
    pub kind: PlanChangeKind,
    /// The step concerned (it may be gone since).
    pub step_id: Option<ActionStepId>,
    /// The step's (or removed action's) title when the change was made.
    pub step_title: Option<String>,
    /// Dates before the change.
    pub previous: (Option<PartialDate>, Option<PartialDate>),
    /// Dates after the change.
    pub current: (Option<PartialDate>, Option<PartialDate>),
    /// The baseline set (for [`PlanChangeKind::BaselineSet`]).
    pub baseline_number: Option<i32>,
    /// Why, in the changer's words.
    pub reason: Option<String>,
    /// Who made it.
    pub by: Option<UserId>,
    /// When.
    pub at: DateTime<Utc>,
}

/// A step's dates as one baseline froze them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BaselineStep {
    /// The step (it may be gone since).
    pub step_id: Option<ActionStepId>,
    /// Its title then.
    pub title: String,
    /// Its start then.
    pub start: Option<PartialDate>,
    /// Its end then.
    pub end: Option<PartialDate>,
}

/// One numbered baseline of a plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlanBaseline {
    /// The plan.
    pub plan_id: ActionPlanId,
    /// 1 for the baseline of the first adoption, then 2, 3, ….
    pub number: i32,
    /// Why it was set.
    pub note: Option<String>,
    /// Who set it (none for an import).
    pub set_by: Option<UserId>,
    /// When.
    pub set_at: DateTime<Utc>,
    /// Every step's dates then.
    pub steps: Vec<BaselineStep>,
}

impl PlanBaseline {
    /// Its entry in the plan's change history: BASELINE_SET, with its note as the reason, by
    /// whoever set it, when.
    pub fn change(&self) -> PlanChange {
        PlanChange {
            plan_id: self.plan_id,
            kind: PlanChangeKind::BaselineSet,
            step_id: None,
            step_title: None,
            previous: (None, None),
            current: (None, None),
            baseline_number: Some(self.number),
            reason: self.note.clone(),
            by: self.set_by,
            at: self.set_at,
        }
    }
}

/// The reason given for a change of a plan in `stage`: required (`REASON_REQUIRED`) when the
/// change is re-planning, optional otherwise; at most [`MAX_REASON`] characters.
pub fn change_reason(
    stage: PlanStage,
    raw: Option<&str>,
) -> Result<Option<String>, ValidationError> {
    let reason = parse_optional("reason", raw, MAX_REASON)?;
    if reason.is_none() && stage.replanning() {
        return Err(ValidationError::new(
            "reason",
            "REASON_REQUIRED",
            "An agreed plan changes only with a reason.",
        ));
    }
    Ok(reason)
}

/// New dates for a step, as given.
#[derive(Clone, Debug, Default)]
pub struct ReplanDraft {
    /// New start (`None` clears it).
    pub start: Option<String>,
    /// New end (`None` clears it).
    pub end: Option<String>,
    /// Why.
    pub reason: Option<String>,
}

/// Validated new dates with their reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replan {
    /// New start.
    pub start: Option<PartialDate>,
    /// New end.
    pub end: Option<PartialDate>,
    /// Why (always present when re-planning an agreed plan).
    pub reason: Option<String>,
}

impl ReplanDraft {
    /// Reads the dates (an empty string is `INVALID_DATE`, as in the step editor), checks the
    /// range and the reason the plan's `stage` asks for.
    pub fn validate(self, stage: PlanStage) -> Result<Replan, Vec<ValidationError>> {
        let mut problems = Problems::new();
        let date = |field, raw: Option<&str>| {
            raw.map(|raw| PartialDate::parse(field, raw.trim()))
                .transpose()
        };
        let start = problems.check(date("start", self.start.as_deref()));
        let end = problems.check(date("end", self.end.as_deref()));
        problems.check(check_range(start.as_ref(), end.as_ref()));
        let reason = problems.check(change_reason(stage, self.reason.as_deref()));
        problems.finish(Replan { start, end, reason })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(errors: Vec<ValidationError>) -> Vec<(&'static str, &'static str)> {
        errors.into_iter().map(|e| (e.field, e.code)).collect()
    }

    #[test]
    fn agreed_plans_are_replanned_and_completed_ones_are_not() {
        use PlanStage::*;
        let replanning: Vec<_> = PlanStage::ALL.iter().map(|s| s.replanning()).collect();
        assert_eq!(replanning, [false, false, true, true, true]);
        let schedule: Vec<_> = PlanStage::ALL
            .iter()
            .map(|s| s.schedule_editable())
            .collect();
        assert_eq!(schedule, [true, true, true, true, false]);
        assert!(Implementing.replanning() && !Draft.replanning());
    }

    #[test]
    fn a_reason_is_required_only_when_replanning() {
        assert_eq!(change_reason(PlanStage::Draft, None), Ok(None));
        assert_eq!(
            change_reason(PlanStage::Implementing, Some("  ")).map_err(|e| e.code),
            Err("REASON_REQUIRED")
        );
        assert_eq!(
            change_reason(PlanStage::Adopted, Some(" Funding came late ")),
            Ok(Some("Funding came late".into()))
        );
        let long = "x".repeat(MAX_REASON + 1);
        assert_eq!(
            change_reason(PlanStage::Draft, Some(&long)).map_err(|e| e.code),
            Err("TOO_LONG")
        );
    }

    #[test]
    fn new_dates_are_checked_with_their_reason() {
        let draft = ReplanDraft {
            start: Some("2027-03".into()),
            end: Some("2027-01".into()),
            reason: None,
        };
        assert_eq!(
            codes(draft.validate(PlanStage::Implementing).unwrap_err()),
            [("end", "END_BEFORE_START"), ("reason", "REASON_REQUIRED")]
        );
        let draft = ReplanDraft {
            start: Some("".into()),
            end: None,
            reason: Some("r".into()),
        };
        assert_eq!(
            codes(draft.validate(PlanStage::Adopted).unwrap_err()),
            [("start", "INVALID_DATE")]
        );
        let ok = ReplanDraft {
            start: Some("2027-02".into()),
            end: Some("2027-06-30".into()),
            reason: Some("Venue moved".into()),
        }
        .validate(PlanStage::Adopted)
        .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(ok.end.map(|d| d.to_string()), Some("2027-06-30".into()));
    }
}
