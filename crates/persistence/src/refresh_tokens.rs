//! Repository of refresh tokens. Only hashes are stored; a token is spent by a conditional
//! update so two concurrent refreshes with the same token cannot both succeed.

use chrono::{DateTime, Utc};
use mega_domain::UserId;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
};

use crate::entities::refresh_token;
use crate::error::Result;

/// A stored refresh token.
#[derive(Clone, Debug)]
pub struct StoredRefreshToken {
    /// Row id.
    pub id: i32,
    /// The account it signs in.
    pub user_id: UserId,
    /// The login session it belongs to; every rotation stays in the family.
    pub family: String,
    /// When it stops being accepted.
    pub expires_at: DateTime<Utc>,
    /// When it was exchanged for a new one (a second use is a reuse).
    pub used_at: Option<DateTime<Utc>>,
    /// When its family was revoked (logout or detected reuse).
    pub revoked_at: Option<DateTime<Utc>>,
}

/// Stores the hash of a newly issued token.
pub async fn insert(
    conn: &impl ConnectionTrait,
    user_id: UserId,
    family: &str,
    token_hash: &str,
    expires_at: DateTime<Utc>,
) -> Result<()> {
    let row = refresh_token::ActiveModel {
        user_id: Set(user_id.0),
        family: Set(family.to_owned()),
        token_hash: Set(token_hash.to_owned()),
        expires_at: Set(expires_at),
        created_at: Set(Utc::now()),
        used_at: Set(None),
        revoked_at: Set(None),
        ..Default::default()
    };
    refresh_token::Entity::insert(row).exec(conn).await?;
    Ok(())
}

/// Looks a token up by its hash.
pub async fn find_by_hash(
    conn: &impl ConnectionTrait,
    token_hash: &str,
) -> Result<Option<StoredRefreshToken>> {
    Ok(refresh_token::Entity::find()
        .filter(refresh_token::Column::TokenHash.eq(token_hash))
        .one(conn)
        .await?
        .map(|row| StoredRefreshToken {
            id: row.id,
            user_id: UserId(row.user_id),
            family: row.family,
            expires_at: row.expires_at,
            used_at: row.used_at,
            revoked_at: row.revoked_at,
        }))
}

/// Marks a token as spent; `false` when someone spent it first.
pub async fn spend(conn: &impl ConnectionTrait, id: i32) -> Result<bool> {
    let result = refresh_token::Entity::update_many()
        .col_expr(refresh_token::Column::UsedAt, Utc::now().into())
        .filter(
            Condition::all()
                .add(refresh_token::Column::Id.eq(id))
                .add(refresh_token::Column::UsedAt.is_null())
                .add(refresh_token::Column::RevokedAt.is_null()),
        )
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Revokes every token of a login session.
pub async fn revoke_family(conn: &impl ConnectionTrait, family: &str) -> Result<()> {
    refresh_token::Entity::update_many()
        .col_expr(refresh_token::Column::RevokedAt, Utc::now().into())
        .filter(refresh_token::Column::Family.eq(family))
        .filter(refresh_token::Column::RevokedAt.is_null())
        .exec(conn)
        .await?;
    Ok(())
}

/// Revokes every session of a user (deactivation, password reset).
pub async fn revoke_all_for_user(conn: &impl ConnectionTrait, user: UserId) -> Result<()> {
    refresh_token::Entity::update_many()
        .col_expr(refresh_token::Column::RevokedAt, Utc::now().into())
        .filter(refresh_token::Column::UserId.eq(user.0))
        .filter(refresh_token::Column::RevokedAt.is_null())
        .exec(conn)
        .await?;
    Ok(())
}
