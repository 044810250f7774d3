//! Action plans: who reads them, who edits their actions and steps (each with its own
//! version, so people editing different steps never conflict), stage changes with the plan
//! rules, and the baseline frozen at adoption. One module per kind of operation; every write
//! is one [`UnitOfWork`] that loads what it decides on inside its transaction.

mod actions;
mod practices;
mod read;
mod replan;
mod stages;
mod steps;

use mega_domain::action_plan::{ActionPlan, ActionPlanId, PlanStage};
use mega_domain::policy::scopes::{plan_edit_stages, plan_replan_stages};
use mega_domain::{Action, Actor, authorize};
use mega_persistence::action_plans as repo;

use super::unit_of_work::UnitOfWork;
use super::{ServiceError, ServiceResult};

pub use actions::{add_action, remove_action, update_action};
pub use practices::{practice_transfers, set_practices};
pub(crate) use read::groups_in;
pub use read::{
    broken_rules, groups_of_plans, learning_areas, load_readable, may_read, may_read_given, page,
    plan_groups, readable,
};
pub use replan::{replan_step, set_baseline};
pub use stages::{create, transition};
pub use steps::{add_step, move_step, remove_step, update_step};

/// The error for an object named in `field` that does not exist: `NotFound` for a signed-in
/// caller, while a caller who is not signed in learns nothing about what exists.
fn missing(actor: &Actor, field: &'static str) -> ServiceError {
    match authorize(actor, Action::ReadNetwork) {
        Ok(()) => ServiceError::NotFound(field),
        Err(denial) => denial.into(),
    }
}

/// What an edit changes, which decides the stages its plan's organisation may make it in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Edit {
    /// Texts and structure: actions, step fields, step order (DRAFT, SUBMITTED).
    Content,
    /// The schedule: step dates, steps added or removed (until COMPLETED; re-planning, with
    /// a reason, once the plan is agreed).
    Schedule,
    /// What an action adopts (its good practices): a record of the transfer, kept up to date
    /// in every stage.
    Links,
}

impl Edit {
    /// Whether the plan's own organisation may make this kind of edit in `stage` (the
    /// coordinator may in every stage; the policy decides).
    pub(crate) fn by_owner(self, stage: PlanStage) -> bool {
        match self {
            Self::Content => stage.content_editable(),
            Self::Schedule => stage.schedule_editable(),
            Self::Links => true,
        }
    }
}

/// Loads, in `uow`, the plan that is edited and decides once whether `actor` may make this
/// kind of edit in its stage. Editing implies reading: whoever may edit a plan reads it.
async fn plan_for_edit(
    uow: &UnitOfWork,
    actor: &Actor,
    id: ActionPlanId,
    field: &'static str,
    edit: Edit,
) -> ServiceResult<ActionPlan> {
    let plan = repo::find(uow.txn(), id)
        .await?
        .ok_or_else(|| missing(actor, field))?;
    authorize(
        actor,
        Action::EditActionPlan {
            owner: plan.organisation_id,
            editable_by_owner: edit.by_owner(plan.stage),
        },
    )?;
    Ok(plan)
}

/// Locks the plan against a concurrent stage change, provided it is still in a stage where
/// `actor` may make this edit and which asks for a reason exactly when the plan's stage as
/// loaded did (`Stale` otherwise): the write then lands before or after the stage change,
/// never across it, and the rules checked against the loaded stage still hold.
async fn lock_for_edit(
    uow: &UnitOfWork,
    actor: &Actor,
    plan: &ActionPlan,
    edit: Edit,
) -> ServiceResult<()> {
    let stages: Vec<PlanStage> = match edit {
        Edit::Content => plan_edit_stages(actor, plan.organisation_id),
        Edit::Schedule => plan_replan_stages(actor, plan.organisation_id),
        // Allowed in every stage once `plan_for_edit` said yes: the lock only orders the
        // write against a concurrent stage change.
        Edit::Links => PlanStage::ALL.to_vec(),
    }
    .into_iter()
    .filter(|stage| stage.replanning() == plan.stage.replanning())
    .collect();
    if !repo::lock_in_stages(uow.txn(), plan.id, &stages).await? {
        return Err(ServiceError::Stale);
    }
    Ok(())
}
