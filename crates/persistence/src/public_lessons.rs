//! Lessons shared outside the network: which good practices are on the public pages, and
//! since when.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use mega_domain::{GoodPracticeId, UserId};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};

use crate::entities::published_good_practice;
use crate::error::Result;

/// When each of the given practices was published (unpublished ones are left out), in one
/// statement.
pub async fn publications_of(
    conn: &impl ConnectionTrait,
    practices: &[GoodPracticeId],
) -> Result<HashMap<GoodPracticeId, DateTime<Utc>>> {
    Ok(published_good_practice::Entity::find()
        .filter(
            published_good_practice::Column::GoodPracticeId.is_in(practices.iter().map(|p| p.0)),
        )
        .all(conn)
        .await?
        .into_iter()
        .map(|row| (GoodPracticeId(row.good_practice_id), row.published_at))
        .collect())
}

/// Every published practice with its date, newest first.
pub async fn published(
    conn: &impl ConnectionTrait,
) -> Result<Vec<(GoodPracticeId, DateTime<Utc>)>> {
    Ok(published_good_practice::Entity::find()
        .order_by_desc(published_good_practice::Column::PublishedAt)
        .order_by_desc(published_good_practice::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(|row| (GoodPracticeId(row.good_practice_id), row.published_at))
        .collect())
}

/// Publishes a practice (a practice published already keeps its date).
pub async fn publish(
    conn: &impl ConnectionTrait,
    practice: GoodPracticeId,
    by: Option<UserId>,
    at: DateTime<Utc>,
) -> Result<DateTime<Utc>> {
    if let Some(since) = publications_of(conn, &[practice]).await?.remove(&practice) {
        return Ok(since);
    }
    published_good_practice::Entity::insert(published_good_practice::ActiveModel {
        good_practice_id: Set(practice.0),
        published_by: Set(by.map(|u| u.0)),
        published_at: Set(at),
        ..Default::default()
    })
    .exec(conn)
    .await?;
    Ok(at)
}

/// Takes a practice off the public pages.
pub async fn withdraw(conn: &impl ConnectionTrait, practice: GoodPracticeId) -> Result<()> {
    published_good_practice::Entity::delete_many()
        .filter(published_good_practice::Column::GoodPracticeId.eq(practice.0))
        .exec(conn)
        .await?;
    Ok(())
}
