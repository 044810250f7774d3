//! The good practices each plan action adopts (the trace of a practice's transfer).

use chrono::{DateTime, Utc};
use mega_domain::action_plan::ActionId;
use mega_domain::{GoodPracticeId, UserId};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};

use crate::entities::action_good_practice;
use crate::error::Result;

/// An action's link to a practice it adopts.
pub type PracticeLink = (ActionId, GoodPracticeId);

fn to_link(row: action_good_practice::Model) -> PracticeLink {
    (
        ActionId(row.action_id),
        GoodPracticeId(row.good_practice_id),
    )
}

/// The links of the given actions, in one statement, in the order they were made.
pub async fn practices_of_actions(
    conn: &impl ConnectionTrait,
    actions: &[ActionId],
) -> Result<Vec<PracticeLink>> {
    Ok(action_good_practice::Entity::find()
        .filter(action_good_practice::Column::ActionId.is_in(actions.iter().map(|a| a.0)))
        .order_by_asc(action_good_practice::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(to_link)
        .collect())
}

/// The links to the given practices (all links when `practices` is `None`), in one
/// statement, by practice.
pub async fn links_of_practices(
    conn: &impl ConnectionTrait,
    practices: Option<&[GoodPracticeId]>,
) -> Result<Vec<PracticeLink>> {
    let mut query = action_good_practice::Entity::find();
    if let Some(practices) = practices {
        query = query.filter(
            action_good_practice::Column::GoodPracticeId.is_in(practices.iter().map(|p| p.0)),
        );
    }
    Ok(query
        .order_by_asc(action_good_practice::Column::GoodPracticeId)
        .order_by_asc(action_good_practice::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(to_link)
        .collect())
}

/// The links to the given practices, in one statement (for the DataLoader).
pub async fn adopters_of_practices(
    conn: &impl ConnectionTrait,
    practices: &[GoodPracticeId],
) -> Result<Vec<PracticeLink>> {
    links_of_practices(conn, Some(practices)).await
}

/// Replaces the practices `action` adopts: links to practices no longer named go, new ones
/// are made (kept links keep their date and author).
pub async fn set_practices(
    conn: &impl ConnectionTrait,
    action: ActionId,
    practices: &[GoodPracticeId],
    by: Option<UserId>,
    at: DateTime<Utc>,
) -> Result<()> {
    let current: Vec<GoodPracticeId> = practices_of_actions(conn, &[action])
        .await?
        .into_iter()
        .map(|(_, p)| p)
        .collect();
    let gone: Vec<i32> = current
        .iter()
        .filter(|p| !practices.contains(p))
        .map(|p| p.0)
        .collect();
    if !gone.is_empty() {
        action_good_practice::Entity::delete_many()
            .filter(action_good_practice::Column::ActionId.eq(action.0))
            .filter(action_good_practice::Column::GoodPracticeId.is_in(gone))
            .exec(conn)
            .await?;
    }
    let new: Vec<_> = practices
        .iter()
        .filter(|p| !current.contains(p))
        .map(|p| action_good_practice::ActiveModel {
            action_id: Set(action.0),
            good_practice_id: Set(p.0),
            linked_by: Set(by.map(|u| u.0)),
            linked_at: Set(at),
            ..Default::default()
        })
        .collect();
    if !new.is_empty() {
        action_good_practice::Entity::insert_many(new)
            .exec(conn)
            .await?;
    }
    Ok(())
}

/// Removes every link of the given actions (SQLite does not cascade).
pub(crate) async fn unlink_actions(conn: &impl ConnectionTrait, actions: &[i32]) -> Result<()> {
    action_good_practice::Entity::delete_many()
        .filter(action_good_practice::Column::ActionId.is_in(actions.to_vec()))
        .exec(conn)
        .await?;
    Ok(())
}

/// Removes every link to a practice (SQLite does not cascade).
pub(crate) async fn unlink_practice(
    conn: &impl ConnectionTrait,
    practice: GoodPracticeId,
) -> Result<()> {
    action_good_practice::Entity::delete_many()
        .filter(action_good_practice::Column::GoodPracticeId.eq(practice.0))
        .exec(conn)
        .await?;
    Ok(())
}
