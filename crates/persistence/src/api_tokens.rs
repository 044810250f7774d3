//! Repository of personal access tokens. Only the SHA-256 of a secret is stored; rows map to
//! [`ApiToken`], which never carries the hash. Revocation and the last-use stamp are
//! conditional updates, so concurrent requests cannot revoke twice or stamp more than needed.

use chrono::{DateTime, Utc};
use mega_domain::api_token::ApiTokenFields;
use mega_domain::{ApiToken, ApiTokenId, Page, PageRequest, TokenScope, UserId};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};

use crate::entities::api_token;
use crate::error::{PersistenceError, Result};

/// What is stored for a newly issued token.
#[derive(Clone, Debug)]
pub struct NewApiToken<'a> {
    /// The user it acts for.
    pub owner_id: UserId,
    /// Name, scope and expiry.
    pub fields: &'a ApiTokenFields,
    /// SHA-256 (hex) of the secret.
    pub token_hash: &'a str,
    /// The first characters of the secret, for display.
    pub prefix: &'a str,
}

fn to_domain(row: api_token::Model) -> Result<ApiToken> {
    let scope = TokenScope::from_code(&row.scope)
        .ok_or_else(|| PersistenceError::Corrupt(format!("api token {}: scope", row.id)))?;
    Ok(ApiToken {
        id: ApiTokenId(row.id),
        owner_id: UserId(row.owner_id),
        name: row.name,
        prefix: row.prefix,
        scope,
        expires_at: row.expires_at,
        created_at: row.created_at,
        last_used_at: row.last_used_at,
        revoked_at: row.revoked_at,
    })
}

/// Stores a new token; [`PersistenceError::Conflict`] if the hash exists (never in practice).
pub async fn insert(conn: &impl ConnectionTrait, new: NewApiToken<'_>) -> Result<ApiToken> {
    let row = api_token::ActiveModel {
        owner_id: Set(new.owner_id.0),
        name: Set(new.fields.name.clone()),
        token_hash: Set(new.token_hash.to_owned()),
        prefix: Set(new.prefix.to_owned()),
        scope: Set(new.fields.scope.code().to_owned()),
        expires_at: Set(new.fields.expires_at),
        created_at: Set(Utc::now()),
        last_used_at: Set(None),
        revoked_at: Set(None),
        ..Default::default()
    };
    let inserted = api_token::Entity::insert(row)
        .exec_with_returning(conn)
        .await?;
    to_domain(inserted)
}

/// One token by id.
pub async fn find(conn: &impl ConnectionTrait, id: ApiTokenId) -> Result<Option<ApiToken>> {
    api_token::Entity::find_by_id(id.0)
        .one(conn)
        .await?
        .map(to_domain)
        .transpose()
}

/// The token whose secret hashes to `token_hash`.
pub async fn find_by_hash(
    conn: &impl ConnectionTrait,
    token_hash: &str,
) -> Result<Option<ApiToken>> {
    api_token::Entity::find()
        .filter(api_token::Column::TokenHash.eq(token_hash))
        .one(conn)
        .await?
        .map(to_domain)
        .transpose()
}

/// Tokens newest first, of one owner or (`None`) of everyone.
pub async fn page(
    conn: &impl ConnectionTrait,
    owner: Option<UserId>,
    request: PageRequest,
) -> Result<Page<ApiToken>> {
    let mut select = api_token::Entity::find();
    if let Some(owner) = owner {
        select = select.filter(api_token::Column::OwnerId.eq(owner.0));
    }
    let select = select
        .order_by_desc(api_token::Column::CreatedAt)
        .order_by_desc(api_token::Column::Id);
    crate::paging::fetch_page(conn, select, request, to_domain).await
}

/// Revokes a token at `at`; `false` when it was revoked already (or is gone).
pub async fn revoke(
    conn: &impl ConnectionTrait,
    id: ApiTokenId,
    at: DateTime<Utc>,
) -> Result<bool> {
    let result = api_token::Entity::update_many()
        .col_expr(api_token::Column::RevokedAt, at.into())
        .filter(api_token::Column::Id.eq(id.0))
        .filter(api_token::Column::RevokedAt.is_null())
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Stamps the token as used at `now` unless it was stamped at or after `stale_before`
/// (callers only call this when their copy of the row is stale, so the stamp costs at most
/// one write per token per interval).
pub async fn touch(
    conn: &impl ConnectionTrait,
    id: ApiTokenId,
    now: DateTime<Utc>,
    stale_before: DateTime<Utc>,
) -> Result<()> {
    api_token::Entity::update_many()
        .col_expr(api_token::Column::LastUsedAt, now.into())
        .filter(
            Condition::all().add(api_token::Column::Id.eq(id.0)).add(
                Condition::any()
                    .add(api_token::Column::LastUsedAt.is_null())
                    .add(api_token::Column::LastUsedAt.lt(stale_before)),
            ),
        )
        .exec(conn)
        .await?;
    Ok(())
}

/// Test and maintenance helper: changes a token's expiry (e.g. to one in the past).
pub async fn set_expiry(
    conn: &impl ConnectionTrait,
    id: ApiTokenId,
    expires_at: DateTime<Utc>,
) -> Result<()> {
    let result = api_token::Entity::update_many()
        .col_expr(api_token::Column::ExpiresAt, expires_at.into())
        .filter(api_token::Column::Id.eq(id.0))
        .exec(conn)
        .await?;
    if result.rows_affected == 0 {
        return Err(PersistenceError::NotFound);
    }
    Ok(())
}
