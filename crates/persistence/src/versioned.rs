//! Optimistic concurrency: a versioned row changes only at the version its writer read. The
//! conditional statement (`… WHERE id = ? AND version = ?`) runs in the caller's transaction,
//! so a stale writer changes nothing and learns it from [`PersistenceError::StaleVersion`].

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, UpdateMany};

use crate::entities::{action_plan, action_step, benchmark, coordination_call, plan_action};
use crate::error::{PersistenceError, Result};

/// A table whose rows have an integer id and a version raised by every change.
pub trait Versioned: EntityTrait {
    /// The id column.
    const ID: Self::Column;
    /// The version column.
    const VERSION: Self::Column;
}

macro_rules! versioned {
    ($($entity:ident),+ $(,)?) => {
        $(
            impl Versioned for $entity::Entity {
                const ID: $entity::Column = $entity::Column::Id;
                const VERSION: $entity::Column = $entity::Column::Version;
            }
        )+
    };
}

versioned!(
    action_plan,
    plan_action,
    action_step,
    benchmark,
    coordination_call
);

fn at_version<E: Versioned>(id: i32, expected: i32) -> Condition {
    Condition::all()
        .add(E::ID.eq(id))
        .add(E::VERSION.eq(expected))
}

fn changed(rows_affected: u64) -> Result<()> {
    if rows_affected == 0 {
        return Err(PersistenceError::StaleVersion);
    }
    Ok(())
}

/// Applies `changes` (an `update_many` with the columns to set) to row `id` and raises its
/// version by one, provided the row is at version `expected`.
pub async fn update<E: Versioned>(
    conn: &impl ConnectionTrait,
    id: i32,
    expected: i32,
    changes: UpdateMany<E>,
) -> Result<()> {
    let result = changes
        .col_expr(E::VERSION, Expr::col(E::VERSION).add(1))
        .filter(at_version::<E>(id, expected))
        .exec(conn)
        .await?;
    changed(result.rows_affected)
}

/// Deletes row `id`, provided it is at version `expected`.
pub async fn delete<E: Versioned>(
    conn: &impl ConnectionTrait,
    id: i32,
    expected: i32,
) -> Result<()> {
    let result = E::delete_many()
        .filter(at_version::<E>(id, expected))
        .exec(conn)
        .await?;
    changed(result.rows_affected)
}
