//! Re-planning records: a plan's change history and its numbered baselines. Setting a
//! baseline copies every step's current dates into the step's baseline columns (what slippage
//! is measured against) and keeps a snapshot, so earlier baselines stay for comparison.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use mega_domain::UserId;
use mega_domain::action_plan::{
    ActionPlanId, ActionStepId, BaselineStep, PlanBaseline, PlanChange, PlanChangeKind,
};
use mega_domain::partial_date::PartialDate;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::{actions_of_plans, corrupt, date, steps_of_actions};
use crate::entities::{action_step, plan_baseline, plan_baseline_step, plan_change};
use crate::error::Result;

fn text(date: Option<PartialDate>) -> Option<String> {
    date.map(|d| d.to_string())
}

/// Appends an entry to a plan's change history.
pub async fn add_change(conn: &impl ConnectionTrait, change: &PlanChange) -> Result<()> {
    let row = plan_change::ActiveModel {
        action_plan_id: Set(change.plan_id.0),
        kind: Set(change.kind.code().to_owned()),
        step_id: Set(change.step_id.map(|s| s.0)),
        step_title: Set(change.step_title.clone()),
        previous_start: Set(text(change.previous.0)),
        previous_end: Set(text(change.previous.1)),
        new_start: Set(text(change.current.0)),
        new_end: Set(text(change.current.1)),
        baseline_number: Set(change.baseline_number),
        reason: Set(change.reason.clone()),
        changed_by: Set(change.by.map(|u| u.0)),
        changed_at: Set(change.at),
        ..Default::default()
    };
    plan_change::Entity::insert(row).exec(conn).await?;
    Ok(())
}

/// The change histories of the given plans, in one statement, newest first.
pub async fn changes_of_plans(
    conn: &impl ConnectionTrait,
    plans: &[ActionPlanId],
) -> Result<Vec<PlanChange>> {
    plan_change::Entity::find()
        .filter(plan_change::Column::ActionPlanId.is_in(plans.iter().map(|p| p.0)))
        .order_by_desc(plan_change::Column::ChangedAt)
        .order_by_desc(plan_change::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(|row| {
            Ok(PlanChange {
                plan_id: ActionPlanId(row.action_plan_id),
                kind: PlanChangeKind::from_code(&row.kind)
                    .ok_or_else(|| corrupt(format!("plan change {}: kind", row.id)))?,
                step_id: row.step_id.map(ActionStepId),
                step_title: row.step_title,
                previous: (
                    date(row.id, row.previous_start.as_deref())?,
                    date(row.id, row.previous_end.as_deref())?,
                ),
                current: (
                    date(row.id, row.new_start.as_deref())?,
                    date(row.id, row.new_end.as_deref())?,
                ),
                baseline_number: row.baseline_number,
                reason: row.reason,
                by: row.changed_by.map(UserId),
                at: row.changed_at,
            })
        })
        .collect()
}

/// The baselines of the given plans with their steps, in two statements, oldest first.
pub async fn baselines_of_plans(
    conn: &impl ConnectionTrait,
    plans: &[ActionPlanId],
) -> Result<Vec<PlanBaseline>> {
    let heads = plan_baseline::Entity::find()
        .filter(plan_baseline::Column::ActionPlanId.is_in(plans.iter().map(|p| p.0)))
        .order_by_asc(plan_baseline::Column::ActionPlanId)
        .order_by_asc(plan_baseline::Column::Number)
        .all(conn)
        .await?;
    if heads.is_empty() {
        return Ok(Vec::new());
    }
    let mut steps: HashMap<i32, Vec<BaselineStep>> = HashMap::new();
    for row in plan_baseline_step::Entity::find()
        .filter(plan_baseline_step::Column::BaselineId.is_in(heads.iter().map(|h| h.id)))
        .order_by_asc(plan_baseline_step::Column::Id)
        .all(conn)
        .await?
    {
        steps
            .entry(row.baseline_id)
            .or_default()
            .push(BaselineStep {
                step_id: row.step_id.map(ActionStepId),
                start: date(row.id, row.start_date.as_deref())?,
                end: date(row.id, row.end_date.as_deref())?,
                title: row.title,
            });
    }
    Ok(heads
        .into_iter()
        .map(|head| PlanBaseline {
            plan_id: ActionPlanId(head.action_plan_id),
            number: head.number,
            note: head.note,
            set_by: head.set_by.map(UserId),
            set_at: head.set_at,
            steps: steps.remove(&head.id).unwrap_or_default(),
        })
        .collect())
}

/// The number of a plan's latest baseline (none before its first adoption).
pub async fn latest_baseline(
    conn: &impl ConnectionTrait,
    plan: ActionPlanId,
) -> Result<Option<i32>> {
    let latest: Option<Option<i32>> = plan_baseline::Entity::find()
        .select_only()
        .column_as(plan_baseline::Column::Number.max(), "latest")
        .filter(plan_baseline::Column::ActionPlanId.eq(plan.0))
        .into_tuple()
        .one(conn)
        .await?;
    Ok(latest.flatten())
}

/// Sets the plan's next baseline from its steps' current dates: each step's baseline columns
/// take its dates, and a numbered snapshot keeps them.
pub async fn set_baseline(
    conn: &impl ConnectionTrait,
    plan: ActionPlanId,
    by: Option<UserId>,
    at: DateTime<Utc>,
    note: Option<String>,
) -> Result<PlanBaseline> {
    let number = latest_baseline(conn, plan).await?.unwrap_or(0) + 1;
    let actions: Vec<_> = actions_of_plans(conn, &[plan])
        .await?
        .iter()
        .map(|a| a.id)
        .collect();
    if !actions.is_empty() {
        action_step::Entity::update_many()
            .col_expr(
                action_step::Column::BaselineStart,
                Expr::col(action_step::Column::StartDate),
            )
            .col_expr(
                action_step::Column::BaselineEnd,
                Expr::col(action_step::Column::EndDate),
            )
            .filter(action_step::Column::ActionId.is_in(actions.iter().map(|a| a.0)))
            .exec(conn)
            .await?;
    }
    let head = plan_baseline::Entity::insert(plan_baseline::ActiveModel {
        action_plan_id: Set(plan.0),
        number: Set(number),
        note: Set(note.clone()),
        set_by: Set(by.map(|u| u.0)),
        set_at: Set(at),
        ..Default::default()
    })
    .exec(conn)
    .await?;
    let steps = steps_of_actions(conn, &actions).await?;
    let snapshot: Vec<BaselineStep> = steps
        .into_iter()
        .map(|s| BaselineStep {
            step_id: Some(s.id),
            title: s.title,
            start: s.start,
            end: s.end,
        })
        .collect();
    if !snapshot.is_empty() {
        plan_baseline_step::Entity::insert_many(snapshot.iter().map(|s| {
            plan_baseline_step::ActiveModel {
                baseline_id: Set(head.last_insert_id),
                step_id: Set(s.step_id.map(|id| id.0)),
                title: Set(s.title.clone()),
                start_date: Set(text(s.start)),
                end_date: Set(text(s.end)),
                ..Default::default()
            }
        }))
        .exec(conn)
        .await?;
    }
    Ok(PlanBaseline {
        plan_id: plan,
        number,
        note,
        set_by: by,
        set_at: at,
        steps: snapshot,
    })
}

/// Removes a plan's change history and baselines (SQLite does not cascade).
pub(super) async fn forget_plan(conn: &impl ConnectionTrait, plan: ActionPlanId) -> Result<()> {
    let heads: Vec<i32> = plan_baseline::Entity::find()
        .filter(plan_baseline::Column::ActionPlanId.eq(plan.0))
        .all(conn)
        .await?
        .into_iter()
        .map(|b| b.id)
        .collect();
    if !heads.is_empty() {
        plan_baseline_step::Entity::delete_many()
            .filter(plan_baseline_step::Column::BaselineId.is_in(heads))
            .exec(conn)
            .await?;
    }
    plan_baseline::Entity::delete_many()
        .filter(plan_baseline::Column::ActionPlanId.eq(plan.0))
        .exec(conn)
        .await?;
    plan_change::Entity::delete_many()
        .filter(plan_change::Column::ActionPlanId.eq(plan.0))
        .exec(conn)
        .await?;
    Ok(())
}
