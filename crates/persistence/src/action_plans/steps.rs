//! Steps (tasks) of an action, nested one level, each under its own version; the baseline
//! frozen at adoption is never overwritten by an edit.

use std::collections::HashMap;

use mega_domain::action_plan::{ActionId, ActionStep, ActionStepId, StepFields};
use mega_domain::partial_date::PartialDate;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};

use super::{json, step_to_domain};
use crate::entities::action_step;
use crate::error::{PersistenceError, Result};
use crate::versioned;

/// The steps of the given actions, in one statement, by action and position.
pub async fn steps_of_actions(
    conn: &impl ConnectionTrait,
    actions: &[ActionId],
) -> Result<Vec<ActionStep>> {
    action_step::Entity::find()
        .filter(action_step::Column::ActionId.is_in(actions.iter().map(|id| id.0)))
        .order_by_asc(action_step::Column::ActionId)
        .order_by_asc(action_step::Column::Position)
        .order_by_asc(action_step::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(step_to_domain)
        .collect()
}

/// Steps with the given ids, in one statement.
pub async fn steps_by_ids(
    conn: &impl ConnectionTrait,
    ids: &[ActionStepId],
) -> Result<Vec<ActionStep>> {
    action_step::Entity::find()
        .filter(action_step::Column::Id.is_in(ids.iter().map(|id| id.0)))
        .all(conn)
        .await?
        .into_iter()
        .map(step_to_domain)
        .collect()
}

/// One step.
pub async fn find_step(
    conn: &impl ConnectionTrait,
    id: ActionStepId,
) -> Result<Option<ActionStep>> {
    Ok(steps_by_ids(conn, &[id]).await?.pop())
}

/// Inserts a step at `position` under `parent` with the given baseline.
pub async fn insert_step(
    conn: &impl ConnectionTrait,
    action: ActionId,
    parent: Option<ActionStepId>,
    position: i32,
    fields: StepFields,
    baseline: (Option<PartialDate>, Option<PartialDate>),
) -> Result<ActionStep> {
    let row = action_step::ActiveModel {
        action_id: Set(action.0),
        parent_id: Set(parent.map(|p| p.0)),
        reference: Set(fields.reference),
        title: Set(fields.title),
        stakeholders: Set(super::stakeholders::write(&fields.stakeholders)?),
        stakeholders_text: Set(fields.stakeholders_text),
        success_factors: Set(json(&fields.success_factors)?),
        success_factors_text: Set(fields.success_factors_text),
        start_date: Set(fields.start.map(|d| d.to_string())),
        end_date: Set(fields.end.map(|d| d.to_string())),
        start_text: Set(fields.start_text),
        end_text: Set(fields.end_text),
        baseline_start: Set(baseline.0.map(|d| d.to_string())),
        baseline_end: Set(baseline.1.map(|d| d.to_string())),
        position: Set(position),
        version: Set(1),
        ..Default::default()
    };
    step_to_domain(
        action_step::Entity::insert(row)
            .exec_with_returning(conn)
            .await?,
    )
}

/// Appends a step under `parent` (or at the top level) of `action`.
pub async fn add_step(
    conn: &impl ConnectionTrait,
    action: ActionId,
    parent: Option<ActionStepId>,
    fields: StepFields,
) -> Result<ActionStep> {
    let position = steps_of_actions(conn, &[action])
        .await?
        .iter()
        .filter(|s| s.parent_id == parent)
        .map(|s| s.position + 1)
        .max()
        .unwrap_or(0);
    insert_step(conn, action, parent, position, fields, (None, None)).await
}

/// Replaces a step's fields at version `expected`; the baseline stays.
pub async fn update_step(
    conn: &impl ConnectionTrait,
    id: ActionStepId,
    expected: i32,
    fields: StepFields,
) -> Result<ActionStep> {
    let changes = action_step::Entity::update_many()
        .col_expr(action_step::Column::Reference, fields.reference.into())
        .col_expr(action_step::Column::Title, fields.title.into())
        .col_expr(
            action_step::Column::Stakeholders,
            super::stakeholders::write(&fields.stakeholders)?.into(),
        )
        .col_expr(
            action_step::Column::StakeholdersText,
            fields.stakeholders_text.into(),
        )
        .col_expr(
            action_step::Column::SuccessFactors,
            json(&fields.success_factors)?.into(),
        )
        .col_expr(
            action_step::Column::SuccessFactorsText,
            fields.success_factors_text.into(),
        )
        .col_expr(
            action_step::Column::StartDate,
            fields.start.map(|d| d.to_string()).into(),
        )
        .col_expr(
            action_step::Column::EndDate,
            fields.end.map(|d| d.to_string()).into(),
        )
        .col_expr(action_step::Column::StartText, fields.start_text.into())
        .col_expr(action_step::Column::EndText, fields.end_text.into());
    versioned::update(conn, id.0, expected, changes).await?;
    find_step(conn, id).await?.ok_or(PersistenceError::NotFound)
}

/// Moves a step's dates at version `expected`; a printed wording of a date that moves goes
/// (it described the old date). The baseline stays.
pub async fn replan_step(
    conn: &impl ConnectionTrait,
    before: &ActionStep,
    expected: i32,
    start: Option<PartialDate>,
    end: Option<PartialDate>,
) -> Result<ActionStep> {
    let mut changes = action_step::Entity::update_many()
        .col_expr(
            action_step::Column::StartDate,
            start.map(|d| d.to_string()).into(),
        )
        .col_expr(
            action_step::Column::EndDate,
            end.map(|d| d.to_string()).into(),
        );
    if start != before.start {
        changes = changes.col_expr(action_step::Column::StartText, None::<String>.into());
    }
    if end != before.end {
        changes = changes.col_expr(action_step::Column::EndText, None::<String>.into());
    }
    versioned::update(conn, before.id.0, expected, changes).await?;
    find_step(conn, before.id)
        .await?
        .ok_or(PersistenceError::NotFound)
}

/// Moves a step at version `expected` under `parent` (or to the top level) at index
/// `position` among its new siblings (clamped); the siblings are renumbered 0, 1, 2, ….
pub async fn move_step(
    conn: &impl ConnectionTrait,
    step: &ActionStep,
    expected: i32,
    parent: Option<ActionStepId>,
    position: Option<i32>,
) -> Result<ActionStep> {
    let changes = action_step::Entity::update_many()
        .col_expr(action_step::Column::ParentId, parent.map(|p| p.0).into());
    versioned::update(conn, step.id.0, expected, changes).await?;
    let mut siblings: Vec<ActionStep> = steps_of_actions(conn, &[step.action_id])
        .await?
        .into_iter()
        .filter(|s| s.parent_id == parent && s.id != step.id)
        .collect();
    siblings.sort_by_key(|s| (s.position, s.id));
    let mut order: Vec<ActionStepId> = siblings.iter().map(|s| s.id).collect();
    let index = position
        .map(|p| {
            usize::try_from(Ord::max(p, 0))
                .unwrap_or(0)
                .min(order.len())
        })
        .unwrap_or(order.len());
    order.insert(index, step.id);
    let current: HashMap<ActionStepId, i32> = siblings.iter().map(|s| (s.id, s.position)).collect();
    for (i, id) in order.iter().enumerate() {
        let i = i32::try_from(i).unwrap_or(i32::MAX);
        if *id != step.id && current.get(id) == Some(&i) {
            continue;
        }
        action_step::Entity::update_many()
            .col_expr(action_step::Column::Position, i.into())
            .filter(action_step::Column::Id.eq(id.0))
            .exec(conn)
            .await?;
    }
    find_step(conn, step.id)
        .await?
        .ok_or(PersistenceError::NotFound)
}

/// Removes a step at version `expected` with its sub-steps.
pub async fn remove_step(
    conn: &impl ConnectionTrait,
    id: ActionStepId,
    expected: i32,
) -> Result<()> {
    // Checking the version by raising it takes the row lock before the sub-steps go, so a
    // stale remover deletes nothing.
    versioned::update(conn, id.0, expected, action_step::Entity::update_many()).await?;
    action_step::Entity::delete_many()
        .filter(action_step::Column::ParentId.eq(id.0))
        .exec(conn)
        .await?;
    action_step::Entity::delete_by_id(id.0).exec(conn).await?;
    Ok(())
}

/// Deletes every step of `actions`, sub-steps first.
pub(super) async fn delete_steps_of(conn: &impl ConnectionTrait, actions: &[i32]) -> Result<()> {
    if actions.is_empty() {
        return Ok(());
    }
    // Children first: SQLite does not enforce the self-reference unless foreign keys are on.
    action_step::Entity::delete_many()
        .filter(
            Condition::all()
                .add(action_step::Column::ActionId.is_in(actions.to_vec()))
                .add(action_step::Column::ParentId.is_not_null()),
        )
        .exec(conn)
        .await?;
    action_step::Entity::delete_many()
        .filter(action_step::Column::ActionId.is_in(actions.to_vec()))
        .exec(conn)
        .await?;
    Ok(())
}
