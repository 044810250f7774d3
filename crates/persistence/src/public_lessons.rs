//! Lessons shared outside the network: which good practices and which plan summaries are on
//! the public pages, and since when. Practices and plans have a table each, so each row
//! goes with its practice or plan (foreign key, cascade).

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use mega_domain::action_plan::ActionPlanId;
use mega_domain::{GoodPracticeId, UserId};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};

use crate::entities::{published_action_plan, published_good_practice};
use crate::error::Result;

/// Declares the four queries of one publications table: when each of some ids was published,
/// every publication newest first, publishing (an id published already keeps its date) and
/// withdrawing. Practices and plans have the same shape of table, each with its own foreign
/// key.
macro_rules! publications {
    (
        $entity:ident, $column:ident, $field:ident, $id:ident, $what:literal,
        $of:ident, $all:ident, $publish:ident, $withdraw:ident $(,)?
    ) => {
        #[doc = concat!("When each of the given ", $what, " was published (unpublished ones are left out), in one statement.")]
        pub async fn $of(
            conn: &impl ConnectionTrait,
            ids: &[$id],
        ) -> Result<HashMap<$id, DateTime<Utc>>> {
            Ok($entity::Entity::find()
                .filter($entity::Column::$column.is_in(ids.iter().map(|id| id.0)))
                .all(conn)
                .await?
                .into_iter()
                .map(|row| ($id(row.$field), row.published_at))
                .collect())
        }

        #[doc = concat!("Every published one of the ", $what, " with its date, newest first.")]
        pub async fn $all(conn: &impl ConnectionTrait) -> Result<Vec<($id, DateTime<Utc>)>> {
            Ok($entity::Entity::find()
                .order_by_desc($entity::Column::PublishedAt)
                .order_by_desc($entity::Column::Id)
                .all(conn)
                .await?
                .into_iter()
                .map(|row| ($id(row.$field), row.published_at))
                .collect())
        }

        #[doc = concat!("Publishes one of the ", $what, " (one published already keeps its date).")]
        pub async fn $publish(
            conn: &impl ConnectionTrait,
            id: $id,
            by: Option<UserId>,
            at: DateTime<Utc>,
        ) -> Result<DateTime<Utc>> {
            if let Some(since) = $of(conn, &[id]).await?.remove(&id) {
                return Ok(since);
            }
            $entity::Entity::insert($entity::ActiveModel {
                $field: Set(id.0),
                published_by: Set(by.map(|u| u.0)),
                published_at: Set(at),
                ..Default::default()
            })
            .exec(conn)
            .await?;
            Ok(at)
        }

        #[doc = concat!("Takes one of the ", $what, " off the public pages.")]
        pub async fn $withdraw(conn: &impl ConnectionTrait, id: $id) -> Result<()> {
            $entity::Entity::delete_many()
                .filter($entity::Column::$column.eq(id.0))
                .exec(conn)
                .await?;
            Ok(())
        }
    };
}

publications!(
    published_good_practice,
    GoodPracticeId,
    good_practice_id,
    GoodPracticeId,
    "practices",
    publications_of,
    published,
    publish,
    withdraw,
);

publications!(
    published_action_plan,
    ActionPlanId,
    action_plan_id,
    ActionPlanId,
    "plans' summaries",
    plan_publications_of,
    published_plans,
    publish_plan,
    withdraw_plan,
);
