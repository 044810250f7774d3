//! Adding, changing, moving and removing the steps of an action.

use mega_domain::Actor;
use mega_domain::ValidationError;
use mega_domain::action_plan::{
    ActionId, ActionPlan, ActionStep, ActionStepId, PlanAction, PlanChangeKind, StepDraft,
    StepFields, change_reason, check_parent, stakeholder_organisations,
};
use mega_persistence::{Database, action_plans as repo, organisations};

use super::replan::record_change;
use super::{Edit, lock_for_edit, missing, plan_for_edit};
use crate::services::unit_of_work::UnitOfWork;
use crate::services::{ServiceError, ServiceResult};

/// Checks that the organisations a step names as stakeholders exist (`NOT_FOUND` on
/// `stakeholders`).
async fn check_stakeholders(uow: &UnitOfWork, fields: &StepFields) -> ServiceResult<()> {
    let ids = stakeholder_organisations(&fields.stakeholders);
    if !ids.is_empty() && organisations::find_by_ids(uow.txn(), &ids).await?.len() != ids.len() {
        return Err(ServiceError::NotFound("stakeholders"));
    }
    Ok(())
}

/// Loads, in `uow`, a step with its action and plan for this kind of edit.
pub(super) async fn step_for_edit(
    uow: &UnitOfWork,
    actor: &Actor,
    id: ActionStepId,
    edit: Edit,
) -> ServiceResult<(ActionPlan, PlanAction, ActionStep)> {
    let step = repo::find_step(uow.txn(), id)
        .await?
        .ok_or_else(|| missing(actor, "id"))?;
    let action = repo::find_action(uow.txn(), step.action_id)
        .await?
        .ok_or_else(|| missing(actor, "id"))?;
    let plan = plan_for_edit(uow, actor, action.plan_id, "id", edit).await?;
    Ok((plan, action, step))
}

/// Appends a step to an action, under `parent` (a top-level step of the same action). In an
/// agreed plan this is re-planning: `reason` is required and the change is kept in the plan's
/// history; the new step has no baseline until the next one is set.
pub async fn add_step(
    db: &Database,
    actor: &Actor,
    action: ActionId,
    parent: Option<ActionStepId>,
    draft: StepDraft,
    reason: Option<String>,
) -> ServiceResult<ActionStep> {
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let action = repo::find_action(uow.txn(), action)
        .await?
        .ok_or_else(|| missing(actor, "actionId"))?;
    let plan = plan_for_edit(&uow, actor, action.plan_id, "actionId", Edit::Schedule).await?;
    let (fields, reason) = match (
        draft.validate(),
        change_reason(plan.stage, reason.as_deref()),
    ) {
        (Ok(fields), Ok(reason)) => (fields, reason),
        (fields, reason) => {
            let mut problems = fields.err().unwrap_or_default();
            problems.extend(reason.err());
            return Err(ServiceError::Invalid(problems));
        }
    };
    let parent_step = match parent {
        Some(id) => Some(
            repo::find_step(uow.txn(), id)
                .await?
                .ok_or(ServiceError::NotFound("parentId"))?,
        ),
        None => None,
    };
    check_parent(None, action.id, parent_step.as_ref(), false)?;
    check_stakeholders(&uow, &fields).await?;
    lock_for_edit(&uow, actor, &plan, Edit::Schedule).await?;
    let step = repo::add_step(uow.txn(), action.id, parent, fields).await?;
    let dates = (step.start, step.end);
    record_change(
        &uow,
        actor,
        &plan,
        PlanChangeKind::StepAdded,
        &step,
        ((None, None), dates),
        reason,
    )
    .await?;
    uow.created("addActionStep", &step).await?;
    uow.commit().await?;
    Ok(step)
}

/// Replaces a step's fields at `expected_version`; its baseline stays. In an agreed plan
/// (which only the coordinator edits this way) the dates move only by re-planning, with a
/// reason (`REPLAN_REQUIRED` otherwise).
pub async fn update_step(
    db: &Database,
    actor: &Actor,
    id: ActionStepId,
    expected_version: i32,
    draft: StepDraft,
) -> ServiceResult<ActionStep> {
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let (plan, _, before) = step_for_edit(&uow, actor, id, Edit::Content).await?;
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    check_stakeholders(&uow, &fields).await?;
    if plan.stage.replanning() {
        let moved: Vec<ValidationError> = [
            ("start", fields.start != before.start),
            ("end", fields.end != before.end),
        ]
        .into_iter()
        .filter(|(_, moved)| *moved)
        .map(|(field, _)| {
            ValidationError::new(
                field,
                "REPLAN_REQUIRED",
                "In an agreed plan dates move by re-planning, with a reason.",
            )
        })
        .collect();
        if !moved.is_empty() {
            return Err(ServiceError::Invalid(moved));
        }
    }
    lock_for_edit(&uow, actor, &plan, Edit::Content).await?;
    let after = repo::update_step(uow.txn(), id, expected_version, fields).await?;
    uow.updated("updateActionStep", &before, &after).await?;
    uow.commit().await?;
    Ok(after)
}

/// Moves a step under another parent (or to the top level) and/or to another position.
pub async fn move_step(
    db: &Database,
    actor: &Actor,
    id: ActionStepId,
    expected_version: i32,
    parent: Option<ActionStepId>,
    position: Option<i32>,
) -> ServiceResult<ActionStep> {
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let (plan, _, before) = step_for_edit(&uow, actor, id, Edit::Content).await?;
    let siblings = repo::steps_of_actions(uow.txn(), &[before.action_id]).await?;
    let parent_step = match parent {
        // A parent outside the step's action is refused like one of another action.
        Some(pid) => Some(
            siblings
                .iter()
                .find(|s| s.id == pid)
                .cloned()
                .ok_or_else(|| {
                    ValidationError::new(
                        "parentId",
                        "INVALID_PARENT",
                        "The parent step belongs to another action.",
                    )
                    .with("variant", "OTHER_ACTION")
                })?,
        ),
        None => None,
    };
    let has_children = siblings.iter().any(|s| s.parent_id == Some(id));
    check_parent(
        Some(&before),
        before.action_id,
        parent_step.as_ref(),
        has_children,
    )?;
    lock_for_edit(&uow, actor, &plan, Edit::Content).await?;
    let after = repo::move_step(uow.txn(), &before, expected_version, parent, position).await?;
    uow.updated("moveActionStep", &before, &after).await?;
    uow.commit().await?;
    Ok(after)
}

/// Removes a step (with its sub-steps) at `expected_version`; returns its action, which
/// the removal leaves unchanged. In an agreed plan this is re-planning: `reason` is required
/// and the change is kept in the plan's history (and in earlier baselines).
pub async fn remove_step(
    db: &Database,
    actor: &Actor,
    id: ActionStepId,
    expected_version: i32,
    reason: Option<String>,
) -> ServiceResult<PlanAction> {
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let (plan, action, before) = step_for_edit(&uow, actor, id, Edit::Schedule).await?;
    let reason = change_reason(plan.stage, reason.as_deref())?;
    lock_for_edit(&uow, actor, &plan, Edit::Schedule).await?;
    repo::remove_step(uow.txn(), id, expected_version).await?;
    let dates = (before.start, before.end);
    record_change(
        &uow,
        actor,
        &plan,
        PlanChangeKind::StepRemoved,
        &before,
        (dates, (None, None)),
        reason,
    )
    .await?;
    uow.removed("removeActionStep", &before).await?;
    uow.commit().await?;
    Ok(action)
}
