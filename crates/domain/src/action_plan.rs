//! Action plans: the stage machine and the plan rules of the report ("at least 2 actions, at
//! least one of them resulting from the MEGA mutual learning process").

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::codes::codes;
use crate::partial_date::PartialDate;
use crate::{OrganisationId, ProposedActionId, ThematicAreaId, UserId, ValidationError};

pub use crate::ids::{ActionId, ActionPlanId, ActionStepId, StageChangeId};

pub mod draft;
pub mod practices;
pub mod replan;
pub mod stakeholders;
pub mod summary;

pub use draft::{ActionDraft, ActionFields, NewAction, StepDraft, StepFields};
pub use practices::{ActionPractices, MAX_PRACTICES, adopted_practices};
pub use replan::{
    BaselineStep, PlanBaseline, PlanChange, PlanChangeKind, Replan, ReplanDraft, change_reason,
};
pub use stakeholders::{
    Stakeholder, StakeholderDraft, StakeholderMatcher, parse_stakeholders,
    stakeholder_organisations,
};

/// Where a plan is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub enum PlanStage {
    /// Being written; rules are warnings.
    Draft,
    /// Handed in for review; content still editable.
    Submitted,
    /// Agreed; step dates are frozen as the baseline, and changes are re-planning.
    Adopted,
    /// Being carried out; progress is reported.
    Implementing,
    /// Done.
    Completed,
}

/// Where an action comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub enum ActionOrigin {
    /// Grew out of the mutual-learning process.
    MutualLearning,
    /// Any other opportunity.
    OtherOpportunity,
}

codes!(PlanStage {
    Draft => "DRAFT",
    Submitted => "SUBMITTED",
    Adopted => "ADOPTED",
    Implementing => "IMPLEMENTING",
    Completed => "COMPLETED",
});

codes!(ActionOrigin {
    MutualLearning => "MUTUAL_LEARNING",
    OtherOpportunity => "OTHER_OPPORTUNITY",
});

/// Why a stage change is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TransitionError {
    /// Not an edge of the stage machine.
    NotAllowed,
}

impl PlanStage {
    /// Whether the plan's actions and steps may be edited in this stage.
    pub fn content_editable(self) -> bool {
        matches!(self, Self::Draft | Self::Submitted)
    }

    /// Whether entering this stage enforces the plan rules.
    pub fn enforces_rules(self) -> bool {
        matches!(self, Self::Submitted | Self::Adopted)
    }

    /// Checks that a stage change is an edge of the stage machine. Forward: DRAFT →
    /// SUBMITTED → ADOPTED → IMPLEMENTING → COMPLETED; SUBMITTED → DRAFT to revise; any
    /// later stage back to DRAFT to reopen. Who may take an edge is the policy's decision.
    pub fn check_transition(self, to: Self) -> Result<(), TransitionError> {
        use PlanStage::*;
        match (self, to) {
            (Draft, Submitted)
            | (Submitted, Draft)
            | (Submitted, Adopted)
            | (Adopted, Implementing)
            | (Implementing, Completed)
            | (Adopted | Implementing | Completed, Draft) => Ok(()),
            _ => Err(TransitionError::NotAllowed),
        }
    }
}

/// What the plan rules need to know about one action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActionFacts {
    /// Where the action comes from.
    pub origin: ActionOrigin,
    /// Its thematic area.
    pub thematic_area_id: Option<ThematicAreaId>,
}

/// Fewest actions a plan needs.
pub const MIN_ACTIONS: usize = 2;

/// Every broken plan rule (none when the plan is fine). `learning_areas` are the thematic
/// areas of the working groups in which the organisation is a LEARNING member.
pub fn broken_plan_rules(
    actions: &[ActionFacts],
    learning_areas: &[ThematicAreaId],
) -> Vec<ValidationError> {
    let mut broken = Vec::new();
    if actions.len() < MIN_ACTIONS {
        broken.push(
            ValidationError::new(
                "actions",
                "TOO_FEW_ACTIONS",
                format!(
                    "A plan needs at least {MIN_ACTIONS} actions; it has {}.",
                    actions.len()
                ),
            )
            .with("min", MIN_ACTIONS)
            .with("count", actions.len()),
        );
    }
    let from_learning = actions.iter().any(|action| {
        action.origin == ActionOrigin::MutualLearning
            && action
                .thematic_area_id
                .is_some_and(|area| learning_areas.contains(&area))
    });
    if !from_learning {
        broken.push(ValidationError::new(
            "actions",
            "NO_MUTUAL_LEARNING_ACTION",
            "At least one action must come from mutual learning, in the area of a working group where the organisation is a learning member.",
        ));
    }
    broken
}

pub use crate::working_group::learning_groups;

impl PlanStage {
    /// Whether everyone signed in reads plans in this stage (DRAFT and SUBMITTED plans are
    /// read only by the organisation, the groups concerned and the coordinator).
    pub fn published(self) -> bool {
        !matches!(self, Self::Draft | Self::Submitted)
    }

    /// Whether members of the plan's organisation may make this (valid) stage change
    /// themselves; the coordinator adopts and reopens.
    pub fn member_may_transition(self, to: Self) -> bool {
        use PlanStage::*;
        matches!(
            (self, to),
            (Draft, Submitted)
                | (Submitted, Draft)
                | (Adopted, Implementing)
                | (Implementing, Completed)
        )
    }
}

/// One organisation's action plan (its actions and steps are loaded separately).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ActionPlan {
    /// Identity.
    pub id: ActionPlanId,
    /// Whose plan (one per organisation).
    pub organisation_id: OrganisationId,
    /// Where it is in its life.
    pub stage: PlanStage,
    /// Optimistic-concurrency version of plan-level fields and the stage.
    pub version: i32,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When its plan-level fields or stage last changed.
    pub updated_at: DateTime<Utc>,
}

/// An action (objective) of a plan: what is to be achieved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlanAction {
    /// Identity.
    pub id: ActionId,
    /// The plan.
    pub plan_id: ActionPlanId,
    /// The printed reference, verbatim (e.g. "Objective #1"; may repeat or be absent).
    pub reference: Option<String>,
    /// The objective; absent when none was printed.
    pub title: Option<String>,
    /// Its thematic area.
    pub thematic_area_id: Option<ThematicAreaId>,
    /// Where it comes from.
    pub origin: ActionOrigin,
    /// The proposed action it grew from.
    pub proposed_action_id: Option<ProposedActionId>,
    /// Order within the plan.
    pub position: i32,
    /// Optimistic-concurrency version of this action's fields.
    pub version: i32,
}

/// A step (task) of an action: how. Steps nest one level ("1", "1.1").
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ActionStep {
    /// Identity.
    pub id: ActionStepId,
    /// The action.
    pub action_id: ActionId,
    /// The top-level step it belongs to.
    pub parent_id: Option<ActionStepId>,
    /// The printed reference, verbatim (e.g. "Task #1.1").
    pub reference: Option<String>,
    /// What is done.
    pub title: String,
    /// Who takes part.
    pub stakeholders: Vec<Stakeholder>,
    /// The printed stakeholder cell, when it is not just the list.
    pub stakeholders_text: Option<String>,
    /// What makes it succeed.
    pub success_factors: Vec<String>,
    /// The printed success-factor cell, when it is not just the list.
    pub success_factors_text: Option<String>,
    /// When it starts.
    pub start: Option<PartialDate>,
    /// When it ends.
    pub end: Option<PartialDate>,
    /// The printed start wording.
    pub start_text: Option<String>,
    /// The printed end wording.
    pub end_text: Option<String>,
    /// The start frozen at adoption.
    pub baseline_start: Option<PartialDate>,
    /// The end frozen at adoption.
    pub baseline_end: Option<PartialDate>,
    /// Order among its siblings.
    pub position: i32,
    /// Optimistic-concurrency version of this step.
    pub version: i32,
}

/// A row of a plan's stage history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StageChange {
    /// Identity.
    pub id: StageChangeId,
    /// The plan.
    pub plan_id: ActionPlanId,
    /// The stage before (none for the creation).
    pub from: Option<PlanStage>,
    /// The stage after.
    pub to: PlanStage,
    /// Who changed it (none for the import).
    pub by: Option<UserId>,
    /// When.
    pub at: DateTime<Utc>,
    /// Why, in the changer's words.
    pub comment: Option<String>,
}

/// The computed numbers of steps ("1", "1.1", …): top-level steps by position, their
/// children by position under them. `steps` are the steps of one action.
pub fn number_steps(steps: &[ActionStep]) -> HashMap<ActionStepId, String> {
    let mut numbers = HashMap::new();
    let mut top: Vec<&ActionStep> = steps.iter().filter(|s| s.parent_id.is_none()).collect();
    top.sort_by_key(|s| (s.position, s.id));
    for (i, parent) in top.iter().enumerate() {
        let number = (i + 1).to_string();
        let mut children: Vec<&ActionStep> = steps
            .iter()
            .filter(|s| s.parent_id == Some(parent.id))
            .collect();
        children.sort_by_key(|s| (s.position, s.id));
        for (j, child) in children.iter().enumerate() {
            numbers.insert(child.id, format!("{number}.{}", j + 1));
        }
        numbers.insert(parent.id, number);
    }
    numbers
}

/// Checks a new parent for `step`: it must be a top-level step of the same action, not the
/// step itself, and a step with children cannot become a child (one level of nesting).
pub fn check_parent(
    step: Option<&ActionStep>,
    action: ActionId,
    parent: Option<&ActionStep>,
    has_children: bool,
) -> Result<(), ValidationError> {
    let Some(parent) = parent else {
        return Ok(());
    };
    let invalid = |message: &str, variant: &str| {
        Err(ValidationError::new("parentId", "INVALID_PARENT", message).with("variant", variant))
    };
    if parent.action_id != action {
        return invalid("The parent step belongs to another action.", "OTHER_ACTION");
    }
    if step.is_some_and(|step| step.id == parent.id) {
        return invalid("A step cannot be its own parent.", "SELF");
    }
    if parent.parent_id.is_some() {
        return invalid(
            "Steps nest one level only: the parent must be a top-level step.",
            "NESTED",
        );
    }
    if has_children {
        return invalid(
            "A step with sub-steps cannot become a sub-step.",
            "HAS_CHILDREN",
        );
    }
    Ok(())
}

/// Longest step or action title accepted.
pub const MAX_TITLE: usize = 2_000;
/// Most entries in a stakeholder or success-factor list.
pub const MAX_LIST: usize = 50;
/// Longest entry of a list, or printed `*_text`.
pub const MAX_ENTRY: usize = 1_000;

/// A list of success factors: entries trimmed, empty ones dropped.
pub fn parse_list(field: &'static str, raw: &[String]) -> Result<Vec<String>, ValidationError> {
    let list: Vec<String> = raw
        .iter()
        .map(|e| e.trim())
        .filter(|e| !e.is_empty())
        .map(str::to_owned)
        .collect();
    if list.len() > MAX_LIST {
        return Err(too_many_entries(field));
    }
    if list.iter().any(|e| e.chars().count() > MAX_ENTRY) {
        return Err(entry_too_long(field));
    }
    Ok(list)
}

/// `TOO_MANY`: a list of `field` over [`MAX_LIST`] entries.
pub(crate) fn too_many_entries(field: &'static str) -> ValidationError {
    ValidationError::new(
        field,
        "TOO_MANY",
        format!("{field} may hold at most {MAX_LIST} entries."),
    )
    .with("max", MAX_LIST)
}

/// `TOO_LONG` (variant `ENTRY`): an entry of `field` over [`MAX_ENTRY`] characters.
pub(crate) fn entry_too_long(field: &'static str) -> ValidationError {
    ValidationError::new(
        field,
        "TOO_LONG",
        format!("Each entry of {field} must be at most {MAX_ENTRY} characters."),
    )
    .with("max", MAX_ENTRY)
    .with("variant", "ENTRY")
}

#[cfg(test)]
mod tests {
    use super::*;
    use PlanStage::*;

    #[test]
    fn every_transition_is_decided() {
        // (from, to, edge of the machine, members may take it); every pair of stages is
        // listed. Who else may take an edge is the policy's (`policy::scopes::plan_transitions`).
        let (y, n) = (true, false);
        #[rustfmt::skip]
        let table = [
            (Draft, Draft, n, n), (Draft, Submitted, y, y), (Draft, Adopted, n, n), (Draft, Implementing, n, n), (Draft, Completed, n, n),
            (Submitted, Draft, y, y), (Submitted, Submitted, n, n), (Submitted, Adopted, y, n), (Submitted, Implementing, n, n), (Submitted, Completed, n, n),
            (Adopted, Draft, y, n), (Adopted, Submitted, n, n), (Adopted, Adopted, n, n), (Adopted, Implementing, y, y), (Adopted, Completed, n, n),
            (Implementing, Draft, y, n), (Implementing, Submitted, n, n), (Implementing, Adopted, n, n), (Implementing, Implementing, n, n), (Implementing, Completed, y, y),
            (Completed, Draft, y, n), (Completed, Submitted, n, n), (Completed, Adopted, n, n), (Completed, Implementing, n, n), (Completed, Completed, n, n),
        ];
        assert_eq!(table.len(), PlanStage::ALL.len() * PlanStage::ALL.len());
        for (from, to, edge, by_member) in table {
            assert_eq!(from.check_transition(to).is_ok(), edge, "{from:?} → {to:?}");
            assert_eq!(
                from.member_may_transition(to),
                by_member,
                "{from:?} → {to:?} by a member"
            );
        }
    }

    #[test]
    fn plan_rules() {
        let area = ThematicAreaId(1);
        let other = ThematicAreaId(2);
        let learning = ActionFacts {
            origin: ActionOrigin::MutualLearning,
            thematic_area_id: Some(area),
        };
        let elsewhere = ActionFacts {
            origin: ActionOrigin::MutualLearning,
            thematic_area_id: Some(other),
        };
        let opportunity = ActionFacts {
            origin: ActionOrigin::OtherOpportunity,
            thematic_area_id: Some(area),
        };
        let codes = |actions: &[ActionFacts]| -> Vec<&str> {
            broken_plan_rules(actions, &[area])
                .iter()
                .map(|e| e.code)
                .collect()
        };
        assert!(codes(&[learning, opportunity]).is_empty());
        assert_eq!(codes(&[learning]), ["TOO_FEW_ACTIONS"]);
        assert_eq!(codes(&[]), ["TOO_FEW_ACTIONS", "NO_MUTUAL_LEARNING_ACTION"]);
        assert_eq!(
            codes(&[opportunity, opportunity]),
            ["NO_MUTUAL_LEARNING_ACTION"]
        );
        assert_eq!(
            codes(&[elsewhere, opportunity]),
            ["NO_MUTUAL_LEARNING_ACTION"],
            "learning must be in a group's area where the organisation learns"
        );
    }

    fn step(id: i32, parent: Option<i32>, position: i32) -> ActionStep {
        ActionStep {
            id: ActionStepId(id),
            action_id: ActionId(1),
            parent_id: parent.map(ActionStepId),
            reference: None,
            title: format!("step {id}"),
            stakeholders: vec![],
            stakeholders_text: None,
            success_factors: vec![],
            success_factors_text: None,
            start: None,
            end: None,
            start_text: None,
            end_text: None,
            baseline_start: None,
            baseline_end: None,
            position,
            version: 1,
        }
    }

    #[test]
    fn numbers_follow_positions() {
        let steps = [
            step(1, None, 2),
            step(2, None, 1),
            step(3, Some(1), 5),
            step(4, Some(1), 0),
            step(5, Some(2), 0),
        ];
        let numbers = number_steps(&steps);
        assert_eq!(numbers[&ActionStepId(2)], "1");
        assert_eq!(numbers[&ActionStepId(5)], "1.1");
        assert_eq!(numbers[&ActionStepId(1)], "2");
        assert_eq!(numbers[&ActionStepId(4)], "2.1");
        assert_eq!(numbers[&ActionStepId(3)], "2.2");
    }

    #[test]
    fn parents_nest_one_level_without_cycles() {
        let top = step(1, None, 0);
        let child = step(2, Some(1), 0);
        let other = step(3, None, 1);
        assert!(check_parent(Some(&other), ActionId(1), Some(&top), false).is_ok());
        assert!(check_parent(Some(&top), ActionId(1), None, true).is_ok());
        let code = |r: Result<(), ValidationError>| r.unwrap_err().code;
        assert_eq!(
            code(check_parent(Some(&top), ActionId(1), Some(&top), false)),
            "INVALID_PARENT"
        );
        assert_eq!(
            code(check_parent(Some(&other), ActionId(1), Some(&child), false)),
            "INVALID_PARENT"
        );
        assert_eq!(
            code(check_parent(Some(&top), ActionId(1), Some(&other), true)),
            "INVALID_PARENT"
        );
        assert_eq!(
            code(check_parent(Some(&other), ActionId(2), Some(&top), false)),
            "INVALID_PARENT"
        );
    }

    #[test]
    fn members_move_their_plan_forward_but_do_not_adopt() {
        for &from in PlanStage::ALL {
            for &to in PlanStage::ALL {
                if from.member_may_transition(to) {
                    assert!(from.check_transition(to).is_ok(), "{from:?} → {to:?}");
                }
            }
        }
        assert!(!Submitted.member_may_transition(Adopted));
        assert!(!Adopted.member_may_transition(Draft));
        assert!(Adopted.published() && !Submitted.published());
    }

    #[test]
    fn stages_say_what_they_allow() {
        assert!(
            Draft.content_editable() && Submitted.content_editable() && !Adopted.content_editable()
        );
        assert!(Submitted.enforces_rules() && Adopted.enforces_rules() && !Draft.enforces_rules());
    }
}
