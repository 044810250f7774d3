//! Actions (objectives) of a plan, in order, each under its own version.

use mega_domain::action_plan::{ActionFields, ActionId, ActionPlanId, PlanAction};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};

use super::{action_to_domain, steps::delete_steps_of};
use crate::entities::{feedback, plan_action};
use crate::error::{PersistenceError, Result};
use crate::versioned;

/// The actions of the given plans, in one statement, by plan and position.
pub async fn actions_of_plans(
    conn: &impl ConnectionTrait,
    plans: &[ActionPlanId],
) -> Result<Vec<PlanAction>> {
    plan_action::Entity::find()
        .filter(plan_action::Column::ActionPlanId.is_in(plans.iter().map(|id| id.0)))
        .order_by_asc(plan_action::Column::ActionPlanId)
        .order_by_asc(plan_action::Column::Position)
        .order_by_asc(plan_action::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(action_to_domain)
        .collect()
}

/// Actions with the given ids, in one statement.
pub async fn actions_by_ids(
    conn: &impl ConnectionTrait,
    ids: &[ActionId],
) -> Result<Vec<PlanAction>> {
    plan_action::Entity::find()
        .filter(plan_action::Column::Id.is_in(ids.iter().map(|id| id.0)))
        .all(conn)
        .await?
        .into_iter()
        .map(action_to_domain)
        .collect()
}

/// One action.
pub async fn find_action(conn: &impl ConnectionTrait, id: ActionId) -> Result<Option<PlanAction>> {
    Ok(actions_by_ids(conn, &[id]).await?.pop())
}

/// Appends an action to a plan.
pub async fn add_action(
    conn: &impl ConnectionTrait,
    plan: ActionPlanId,
    fields: ActionFields,
) -> Result<PlanAction> {
    let position = actions_of_plans(conn, &[plan])
        .await?
        .iter()
        .map(|a| a.position + 1)
        .max()
        .unwrap_or(0);
    insert_action(conn, plan, fields, position).await
}

/// Inserts an action at `position`.
pub(super) async fn insert_action(
    conn: &impl ConnectionTrait,
    plan: ActionPlanId,
    fields: ActionFields,
    position: i32,
) -> Result<PlanAction> {
    let row = plan_action::ActiveModel {
        action_plan_id: Set(plan.0),
        reference: Set(fields.reference),
        title: Set(fields.title),
        thematic_area_id: Set(fields.thematic_area_id.map(|a| a.0)),
        origin: Set(fields.origin.code().to_owned()),
        proposed_action_id: Set(fields.proposed_action_id.map(|p| p.0)),
        position: Set(position),
        version: Set(1),
        ..Default::default()
    };
    action_to_domain(
        plan_action::Entity::insert(row)
            .exec_with_returning(conn)
            .await?,
    )
}

/// Raises an action's version from `expected` by one, for a change to what hangs off it (the
/// practices it adopts), or fails with [`PersistenceError::StaleVersion`] having changed
/// nothing.
pub async fn bump_action(
    conn: &impl ConnectionTrait,
    id: ActionId,
    expected: i32,
) -> Result<PlanAction> {
    versioned::update(conn, id.0, expected, plan_action::Entity::update_many()).await?;
    find_action(conn, id)
        .await?
        .ok_or(PersistenceError::NotFound)
}

/// Replaces an action's fields at version `expected`.
pub async fn update_action(
    conn: &impl ConnectionTrait,
    id: ActionId,
    expected: i32,
    fields: ActionFields,
) -> Result<PlanAction> {
    let changes = plan_action::Entity::update_many()
        .col_expr(plan_action::Column::Reference, fields.reference.into())
        .col_expr(plan_action::Column::Title, fields.title.into())
        .col_expr(
            plan_action::Column::ThematicAreaId,
            fields.thematic_area_id.map(|a| a.0).into(),
        )
        .col_expr(plan_action::Column::Origin, fields.origin.code().into())
        .col_expr(
            plan_action::Column::ProposedActionId,
            fields.proposed_action_id.map(|p| p.0).into(),
        );
    versioned::update(conn, id.0, expected, changes).await?;
    find_action(conn, id)
        .await?
        .ok_or(PersistenceError::NotFound)
}

/// Removes an action at version `expected` with its steps and feedback.
pub async fn remove_action(conn: &impl ConnectionTrait, id: ActionId, expected: i32) -> Result<()> {
    versioned::delete::<plan_action::Entity>(conn, id.0, expected).await?;
    delete_steps_of(conn, &[id.0]).await?;
    super::practices::unlink_actions(conn, &[id.0]).await?;
    feedback::Entity::delete_many()
        .filter(feedback::Column::ActionId.eq(id.0))
        .exec(conn)
        .await?;
    Ok(())
}
