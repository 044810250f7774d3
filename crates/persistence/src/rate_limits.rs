//! Repository of rate-limit counters: points per bucket per fixed window, kept in the database
//! so every server instance charges the same counter. A charge is one atomic upsert, so
//! concurrent requests never lose an increment.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    sea_query::{Expr, ExprTrait, OnConflict},
};

use crate::entities::rate_limit_counter::{self, Column, Entity};
use crate::error::Result;

/// Adds `points` to `bucket` in the window starting at `window_start`; returns the new total.
pub async fn charge(
    conn: &impl ConnectionTrait,
    bucket: &str,
    window_start: DateTime<Utc>,
    points: i64,
) -> Result<i64> {
    let row = rate_limit_counter::ActiveModel {
        bucket: Set(bucket.to_owned()),
        window_start: Set(window_start),
        points: Set(points),
    };
    let stored = Entity::insert(row)
        .on_conflict(
            OnConflict::columns([Column::Bucket, Column::WindowStart])
                .value(
                    Column::Points,
                    Expr::col((Entity, Column::Points)).add(points),
                )
                .to_owned(),
        )
        .exec_with_returning(conn)
        .await?;
    Ok(stored.points)
}

/// Points spent by `bucket` in the window starting at `window_start` (0 when none).
pub async fn spent(
    conn: &impl ConnectionTrait,
    bucket: &str,
    window_start: DateTime<Utc>,
) -> Result<i64> {
    let row = Entity::find_by_id((bucket.to_owned(), window_start))
        .one(conn)
        .await?;
    Ok(row.map_or(0, |row| row.points))
}

/// Forgets `bucket`'s counter in the window (e.g. failed sign-ins after a success).
pub async fn reset(
    conn: &impl ConnectionTrait,
    bucket: &str,
    window_start: DateTime<Utc>,
) -> Result<()> {
    Entity::delete_many()
        .filter(Column::Bucket.eq(bucket))
        .filter(Column::WindowStart.eq(window_start))
        .exec(conn)
        .await?;
    Ok(())
}

/// Deletes the counters of windows that started before `before`; returns how many.
pub async fn prune(conn: &impl ConnectionTrait, before: DateTime<Utc>) -> Result<u64> {
    let deleted = Entity::delete_many()
        .filter(Column::WindowStart.lt(before))
        .exec(conn)
        .await?;
    Ok(deleted.rows_affected)
}

/// Points spent by each of `buckets` in the window starting at `window_start`, in one
/// statement (buckets without a counter are left out).
pub async fn spent_by(
    conn: &impl ConnectionTrait,
    buckets: &[String],
    window_start: DateTime<Utc>,
) -> Result<Vec<(String, i64)>> {
    Ok(Entity::find()
        .filter(Column::Bucket.is_in(buckets.iter().cloned()))
        .filter(Column::WindowStart.eq(window_start))
        .all(conn)
        .await?
        .into_iter()
        .map(|row| (row.bucket, row.points))
        .collect())
}
