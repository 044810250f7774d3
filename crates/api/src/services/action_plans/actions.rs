//! Adding, changing and removing the actions of a plan.

use chrono::Utc;
use mega_domain::Actor;
use mega_domain::action_plan::{
    ActionDraft, ActionFields, ActionId, ActionPlan, ActionPlanId, PlanAction, PlanChange,
    PlanChangeKind, change_reason,
};
use mega_persistence::{
    ConnectionTrait, Database, action_plans as repo, proposed_actions, thematic_areas,
};

use super::{Edit, lock_for_edit, missing, plan_for_edit};
use crate::services::unit_of_work::UnitOfWork;
use crate::services::{ServiceError, ServiceResult};

/// Checks that the thematic area and the proposed action an action names exist.
async fn check_references(conn: &impl ConnectionTrait, fields: &ActionFields) -> ServiceResult<()> {
    if let Some(area) = fields.thematic_area_id
        && thematic_areas::find_by_ids(conn, &[area]).await?.is_empty()
    {
        return Err(ServiceError::NotFound("thematicAreaId"));
    }
    if let Some(proposed) = fields.proposed_action_id
        && proposed_actions::find(conn, proposed).await?.is_none()
    {
        return Err(ServiceError::NotFound("proposedActionId"));
    }
    Ok(())
}

/// Loads, in `uow`, an action with its plan for editing.
async fn action_for_edit(
    uow: &UnitOfWork,
    actor: &Actor,
    id: ActionId,
) -> ServiceResult<(ActionPlan, PlanAction)> {
    let action = repo::find_action(uow.txn(), id)
        .await?
        .ok_or_else(|| missing(actor, "id"))?;
    let plan = plan_for_edit(uow, actor, action.plan_id, "id", Edit::Content).await?;
    Ok((plan, action))
}

/// Appends an action to a plan.
pub async fn add_action(
    db: &Database,
    actor: &Actor,
    plan: ActionPlanId,
    draft: ActionDraft,
) -> ServiceResult<PlanAction> {
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let plan = plan_for_edit(&uow, actor, plan, "actionPlanId", Edit::Content).await?;
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    check_references(uow.txn(), &fields).await?;
    lock_for_edit(&uow, actor, &plan, Edit::Content).await?;
    let action = repo::add_action(uow.txn(), plan.id, fields).await?;
    uow.created("addAction", &action).await?;
    uow.commit().await?;
    Ok(action)
}

/// Replaces an action's fields at `expected_version`.
pub async fn update_action(
    db: &Database,
    actor: &Actor,
    id: ActionId,
    expected_version: i32,
    draft: ActionDraft,
) -> ServiceResult<PlanAction> {
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let (plan, before) = action_for_edit(&uow, actor, id).await?;
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    check_references(uow.txn(), &fields).await?;
    lock_for_edit(&uow, actor, &plan, Edit::Content).await?;
    let after = repo::update_action(uow.txn(), id, expected_version, fields).await?;
    uow.updated("updateAction", &before, &after).await?;
    uow.commit().await?;
    Ok(after)
}

/// Removes an action (with its steps) at `expected_version`; returns its plan. In an agreed
/// plan (which only the coordinator edits this way) `reason` is required and the removal is
/// kept in the plan's change history.
pub async fn remove_action(
    db: &Database,
    actor: &Actor,
    id: ActionId,
    expected_version: i32,
    reason: Option<String>,
) -> ServiceResult<ActionPlan> {
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let (plan, before) = action_for_edit(&uow, actor, id).await?;
    let reason = change_reason(plan.stage, reason.as_deref())?;
    lock_for_edit(&uow, actor, &plan, Edit::Content).await?;
    repo::remove_action(uow.txn(), id, expected_version).await?;
    if plan.stage.replanning() {
        let change = PlanChange {
            plan_id: plan.id,
            kind: PlanChangeKind::ActionRemoved,
            step_id: None,
            step_title: before.title.clone().or_else(|| before.reference.clone()),
            previous: (None, None),
            current: (None, None),
            baseline_number: None,
            reason,
            by: actor.user_id(),
            at: Utc::now(),
        };
        repo::add_change(uow.txn(), &change).await?;
    }
    uow.removed("removeAction", &before).await?;
    uow.commit().await?;
    Ok(plan)
}
