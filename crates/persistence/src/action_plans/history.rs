//! A plan's stage history: one row per stage change, the creation included.

use chrono::{DateTime, Utc};
use mega_domain::UserId;
use mega_domain::action_plan::{ActionPlanId, PlanStage, StageChange};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};

use super::change_to_domain;
use crate::entities::action_plan_stage_change;
use crate::error::Result;

/// The stage histories of the given plans, in one statement, oldest first.
pub async fn history_of_plans(
    conn: &impl ConnectionTrait,
    plans: &[ActionPlanId],
) -> Result<Vec<StageChange>> {
    action_plan_stage_change::Entity::find()
        .filter(action_plan_stage_change::Column::ActionPlanId.is_in(plans.iter().map(|id| id.0)))
        .order_by_asc(action_plan_stage_change::Column::ChangedAt)
        .order_by_asc(action_plan_stage_change::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(change_to_domain)
        .collect()
}

/// Appends a row to a plan's stage history.
pub async fn add_history(
    conn: &impl ConnectionTrait,
    plan: ActionPlanId,
    from: Option<PlanStage>,
    to: PlanStage,
    by: Option<UserId>,
    at: DateTime<Utc>,
    comment: Option<String>,
) -> Result<()> {
    let row = action_plan_stage_change::ActiveModel {
        action_plan_id: Set(plan.0),
        from_stage: Set(from.map(|s| s.code().to_owned())),
        to_stage: Set(to.code().to_owned()),
        changed_by: Set(by.map(|u| u.0)),
        changed_at: Set(at),
        comment: Set(comment),
        ..Default::default()
    };
    action_plan_stage_change::Entity::insert(row)
        .exec(conn)
        .await?;
    Ok(())
}
