//! Repository of feedback threads on proposed actions, action plans and actions.

use chrono::{DateTime, Utc};
use mega_domain::action_plan::{ActionId, ActionPlanId};
use mega_domain::proposed_action::{FeedbackFields, Resolution};
use mega_domain::{
    Feedback, FeedbackId, FeedbackKind, FeedbackTarget, ProgressReportId, ProposedActionId, UserId,
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};

use crate::entities::{feedback, mail_outbox, notification};
use crate::error::{PersistenceError, Result};

fn to_domain(row: feedback::Model) -> Result<Feedback> {
    let corrupt = |what: &str| PersistenceError::Corrupt(format!("feedback {}: {what}", row.id));
    Ok(Feedback {
        id: FeedbackId(row.id),
        target: match (
            row.proposed_action_id,
            row.action_plan_id,
            row.action_id,
            row.progress_report_id,
        ) {
            (Some(id), None, None, None) => FeedbackTarget::ProposedAction(ProposedActionId(id)),
            (None, Some(id), None, None) => FeedbackTarget::ActionPlan(ActionPlanId(id)),
            (None, None, Some(id), None) => FeedbackTarget::Action(ActionId(id)),
            (None, None, None, Some(id)) => FeedbackTarget::ProgressReport(ProgressReportId(id)),
            _ => return Err(corrupt("not exactly one target")),
        },
        author_id: UserId(row.author_id),
        kind: FeedbackKind::from_code(&row.kind).ok_or_else(|| corrupt("kind"))?,
        body: row.body,
        parent_id: row.parent_id.map(FeedbackId),
        created_at: row.created_at,
        edited_at: row.edited_at,
        resolved: match (row.resolved_by_id, row.resolved_at) {
            (Some(by), Some(at)) => Some(Resolution { by: UserId(by), at }),
            _ => None,
        },
    })
}

/// The feedback whose `column` is one of `ids`, in one statement, oldest first.
async fn thread(
    conn: &impl ConnectionTrait,
    column: feedback::Column,
    ids: impl IntoIterator<Item = i32>,
) -> Result<Vec<Feedback>> {
    feedback::Entity::find()
        .filter(column.is_in(ids))
        .order_by_asc(feedback::Column::CreatedAt)
        .order_by_asc(feedback::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// The feedback on the given proposed actions, in one statement, oldest first.
pub async fn of_proposed_actions(
    conn: &impl ConnectionTrait,
    actions: &[ProposedActionId],
) -> Result<Vec<Feedback>> {
    thread(
        conn,
        feedback::Column::ProposedActionId,
        actions.iter().map(|id| id.0),
    )
    .await
}

/// The feedback on the given plans (the plans themselves, not their actions), oldest first.
pub async fn of_action_plans(
    conn: &impl ConnectionTrait,
    plans: &[ActionPlanId],
) -> Result<Vec<Feedback>> {
    thread(
        conn,
        feedback::Column::ActionPlanId,
        plans.iter().map(|id| id.0),
    )
    .await
}

/// The feedback on the given actions, oldest first.
pub async fn of_actions(
    conn: &impl ConnectionTrait,
    actions: &[ActionId],
) -> Result<Vec<Feedback>> {
    thread(
        conn,
        feedback::Column::ActionId,
        actions.iter().map(|id| id.0),
    )
    .await
}

/// The feedback with the given ids, in one statement.
pub async fn find_by_ids(conn: &impl ConnectionTrait, ids: &[FeedbackId]) -> Result<Vec<Feedback>> {
    feedback::Entity::find()
        .filter(feedback::Column::Id.is_in(ids.iter().map(|id| id.0)))
        .all(conn)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// One piece of feedback.
pub async fn find(conn: &impl ConnectionTrait, id: FeedbackId) -> Result<Option<Feedback>> {
    Ok(find_by_ids(conn, &[id]).await?.pop())
}

/// Adds feedback by `author`, written at `created_at`, to a thread.
pub async fn add(
    conn: &impl ConnectionTrait,
    author: UserId,
    new: FeedbackFields,
    created_at: DateTime<Utc>,
) -> Result<Feedback> {
    let row = feedback::ActiveModel {
        proposed_action_id: Set(match new.target {
            FeedbackTarget::ProposedAction(id) => Some(id.0),
            _ => None,
        }),
        author_id: Set(author.0),
        body: Set(new.body),
        kind: Set(new.kind.code().to_owned()),
        parent_id: Set(new.parent_id.map(|id| id.0)),
        created_at: Set(created_at),
        action_plan_id: Set(match new.target {
            FeedbackTarget::ActionPlan(id) => Some(id.0),
            _ => None,
        }),
        action_id: Set(match new.target {
            FeedbackTarget::Action(id) => Some(id.0),
            _ => None,
        }),
        progress_report_id: Set(match new.target {
            FeedbackTarget::ProgressReport(id) => Some(id.0),
            _ => None,
        }),
        ..Default::default()
    };
    to_domain(
        feedback::Entity::insert(row)
            .exec_with_returning(conn)
            .await?,
    )
}

/// The feedback on the given progress reports, in one statement, oldest first.
pub async fn of_progress_reports(
    conn: &impl ConnectionTrait,
    reports: &[ProgressReportId],
) -> Result<Vec<Feedback>> {
    thread(
        conn,
        feedback::Column::ProgressReportId,
        reports.iter().map(|id| id.0),
    )
    .await
}

/// Replaces a feedback's text, marking when.
pub async fn update_body(
    conn: &impl ConnectionTrait,
    id: FeedbackId,
    body: String,
    at: DateTime<Utc>,
) -> Result<Feedback> {
    let row = feedback::ActiveModel {
        id: Set(id.0),
        body: Set(body),
        edited_at: Set(Some(at)),
        ..Default::default()
    };
    to_domain(feedback::Entity::update(row).exec(conn).await?)
}

/// Marks a thread resolved (`Some`) or open again (`None`).
pub async fn set_resolution(
    conn: &impl ConnectionTrait,
    id: FeedbackId,
    resolution: Option<Resolution>,
) -> Result<Feedback> {
    let row = feedback::ActiveModel {
        id: Set(id.0),
        resolved_at: Set(resolution.map(|r| r.at)),
        resolved_by_id: Set(resolution.map(|r| r.by.0)),
        ..Default::default()
    };
    to_domain(feedback::Entity::update(row).exec(conn).await?)
}

/// Deletes a feedback with its replies, and the notifications that quote them (their mail
/// still waiting in the outbox goes with them), so a deleted text is shown nowhere.
pub async fn delete(conn: &impl ConnectionTrait, id: FeedbackId) -> Result<()> {
    let mut ids: Vec<i32> = feedback::Entity::find()
        .filter(feedback::Column::ParentId.eq(id.0))
        .all(conn)
        .await?
        .into_iter()
        .map(|row| row.id)
        .collect();
    ids.push(id.0);
    let quoting: Vec<i32> = notification::Entity::find()
        .filter(notification::Column::FeedbackId.is_in(ids.clone()))
        .all(conn)
        .await?
        .into_iter()
        .map(|row| row.id)
        .collect();
    // Explicitly, not by the foreign key's cascade: SQLite enforces it only when enabled.
    mail_outbox::Entity::delete_many()
        .filter(mail_outbox::Column::NotificationId.is_in(quoting))
        .exec(conn)
        .await?;
    notification::Entity::delete_many()
        .filter(notification::Column::FeedbackId.is_in(ids.clone()))
        .exec(conn)
        .await?;
    feedback::Entity::delete_many()
        .filter(
            Condition::any()
                .add(feedback::Column::ParentId.eq(id.0))
                .add(feedback::Column::Id.eq(id.0)),
        )
        .exec(conn)
        .await?;
    Ok(())
}
