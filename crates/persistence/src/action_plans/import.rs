//! Whole-plan content for imports (CSV, demo data): every action and step replaced at once.

use mega_domain::action_plan::{ActionPlanId, NewAction};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::actions::{actions_of_plans, insert_action};
use super::steps::{delete_steps_of, insert_step};
use crate::entities::{feedback, plan_action};
use crate::error::Result;

/// Counts of what [`replace_content`] wrote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ContentCounts {
    /// Actions written.
    pub actions: usize,
    /// Top-level steps written.
    pub steps: usize,
    /// Sub-steps written.
    pub sub_steps: usize,
}

fn position(index: usize) -> i32 {
    i32::try_from(index).unwrap_or(i32::MAX)
}

/// Replaces all actions and steps of a plan (their feedback goes with them).
pub async fn replace_content(
    conn: &impl ConnectionTrait,
    plan: ActionPlanId,
    actions: Vec<NewAction>,
) -> Result<ContentCounts> {
    let old: Vec<i32> = actions_of_plans(conn, &[plan])
        .await?
        .iter()
        .map(|a| a.id.0)
        .collect();
    if !old.is_empty() {
        delete_steps_of(conn, &old).await?;
        super::practices::unlink_actions(conn, &old).await?;
        feedback::Entity::delete_many()
            .filter(feedback::Column::ActionId.is_in(old.clone()))
            .exec(conn)
            .await?;
        plan_action::Entity::delete_many()
            .filter(plan_action::Column::Id.is_in(old))
            .exec(conn)
            .await?;
    }
    let mut counts = ContentCounts::default();
    for (i, new) in actions.into_iter().enumerate() {
        let action = insert_action(conn, plan, new.fields, position(i)).await?;
        counts.actions += 1;
        for (j, (step, children)) in new.steps.into_iter().enumerate() {
            let parent =
                insert_step(conn, action.id, None, position(j), step, (None, None)).await?;
            counts.steps += 1;
            for (k, child) in children.into_iter().enumerate() {
                insert_step(
                    conn,
                    action.id,
                    Some(parent.id),
                    position(k),
                    child,
                    (None, None),
                )
                .await?;
                counts.sub_steps += 1;
            }
        }
    }
    Ok(counts)
}
