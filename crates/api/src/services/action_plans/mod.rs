//! Action plans: who reads them, who edits their actions and steps (each with its own
//! version, so people editing different steps never conflict), stage changes with the plan
//! rules, and the baseline frozen at adoption. One module per kind of operation; every write
//! is one [`UnitOfWork`] that loads what it decides on inside its transaction.

mod actions;
mod read;
mod stages;
mod steps;

use mega_domain::action_plan::{ActionPlan, ActionPlanId};
use mega_domain::policy::scopes::plan_edit_stages;
use mega_domain::{Action, Actor, authorize};
use mega_persistence::action_plans as repo;

use super::unit_of_work::UnitOfWork;
use super::{ServiceError, ServiceResult};

pub use actions::{add_action, remove_action, update_action};
pub(crate) use read::groups_in;
pub use read::{
    broken_rules, groups_of_plans, learning_areas, load_readable, may_read, may_read_given,
    plan_groups, readable,
};
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

/// Loads, in `uow`, the plan whose content is edited and decides once whether `actor` may
/// edit it in its stage. Editing implies reading: whoever may edit a plan reads it.
async fn plan_for_edit(
    uow: &UnitOfWork,
    actor: &Actor,
    id: ActionPlanId,
    field: &'static str,
) -> ServiceResult<ActionPlan> {
    let plan = repo::find(uow.txn(), id)
        .await?
        .ok_or_else(|| missing(actor, field))?;
    authorize(
        actor,
        Action::EditActionPlan {
            owner: plan.organisation_id,
            editable_by_owner: plan.stage.content_editable(),
        },
    )?;
    Ok(plan)
}

/// Locks the plan against a concurrent stage change, provided it is still in a stage where
/// `actor` may edit it (`Stale` otherwise): the write then lands before or after the stage
/// change, never across it.
async fn lock_for_edit(uow: &UnitOfWork, actor: &Actor, plan: &ActionPlan) -> ServiceResult<()> {
    let stages = plan_edit_stages(actor, plan.organisation_id);
    if !repo::lock_in_stages(uow.txn(), plan.id, &stages).await? {
        return Err(ServiceError::Stale);
    }
    Ok(())
}
