//! Personal access tokens: a user creates tokens for itself (never with a token), the owner
//! or the coordinator revokes them. Each change is one transaction with one audit event whose
//! snapshots hold the token's metadata only (never the secret or its hash).

use chrono::{DateTime, Utc};
use mega_domain::{
    Action, Actor, ApiToken, ApiTokenId, Denial, Page, PageRequest, TokenScope, UserId,
    ValidationError, api_token, authorize,
};
use mega_persistence::{Database, TransactionTrait, api_tokens as repo};

use super::{ServiceError, ServiceResult, actor_id, record};
use crate::auth::api_token as secret;

/// A token just created, with its secret: the only time the secret is ever available.
#[derive(Debug)]
pub struct CreatedToken {
    /// The stored token.
    pub token: ApiToken,
    /// `mega_pat_…`; show it once, it cannot be recovered.
    pub secret: String,
}

/// Creates a token for the caller. `via_api_token`: the request itself came with a personal
/// access token, which may not mint further tokens.
pub async fn create(
    db: &Database,
    actor: &Actor,
    via_api_token: bool,
    name: &str,
    scope: TokenScope,
    expires_at: DateTime<Utc>,
) -> ServiceResult<CreatedToken> {
    let owner = actor_id(actor).ok_or(ServiceError::Denied(Denial::Unauthenticated))?;
    authorize(actor, Action::ManageApiToken { owner: Some(owner) })?;
    if via_api_token {
        return Err(ServiceError::Denied(Denial::Forbidden));
    }
    let name = api_token::parse_name(name);
    let expiry = api_token::check_expiry(expires_at, Utc::now());
    let errors: Vec<ValidationError> = [name.as_ref().err(), expiry.as_ref().err()]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    let name = name?;
    let secret = secret::generate();
    let txn = db.conn().begin().await?;
    let token = repo::insert(
        &txn,
        repo::NewApiToken {
            owner_id: owner,
            name: &name,
            token_hash: &secret::hash(&secret),
            prefix: &secret::display_prefix(&secret),
            scope,
            expires_at,
        },
    )
    .await?;
    record(
        &txn,
        Some(owner),
        "createApiToken",
        "ApiToken",
        token.id.0,
        None::<&()>,
        Some(&token),
    )
    .await?;
    txn.commit().await?;
    Ok(CreatedToken { token, secret })
}

/// Revokes a token: its owner, or the coordinator for anyone's.
pub async fn revoke(db: &Database, actor: &Actor, id: ApiTokenId) -> ServiceResult<ApiToken> {
    let by = actor_id(actor).ok_or(ServiceError::Denied(Denial::Unauthenticated))?;
    let before = repo::find(db.conn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    authorize(
        actor,
        Action::ManageApiToken {
            owner: Some(before.owner_id),
        },
    )?;
    let already = || {
        ServiceError::from(ValidationError::new(
            "id",
            "ALREADY_REVOKED",
            "The token is revoked already.",
        ))
    };
    if before.revoked_at.is_some() {
        return Err(already());
    }
    let txn = db.conn().begin().await?;
    if !repo::revoke(&txn, id, Utc::now()).await? {
        // Revoked concurrently, after we read it.
        return Err(already());
    }
    let after = repo::find(&txn, id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    record(
        &txn,
        Some(by),
        "revokeApiToken",
        "ApiToken",
        id.0,
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// A page of `owner`'s tokens (`None`: everyone's), newest first, if `actor` may see them.
pub async fn page(
    db: &Database,
    actor: &Actor,
    owner: Option<UserId>,
    request: PageRequest,
) -> ServiceResult<Page<ApiToken>> {
    authorize(actor, Action::ManageApiToken { owner })?;
    Ok(repo::page(db.conn(), owner, request).await?)
}

/// One token, if `actor` may see it (its owner or the coordinator).
pub async fn find(db: &Database, actor: &Actor, id: ApiTokenId) -> ServiceResult<Option<ApiToken>> {
    let Some(token) = repo::find(db.conn(), id).await? else {
        return Ok(None);
    };
    let allowed = authorize(
        actor,
        Action::ManageApiToken {
            owner: Some(token.owner_id),
        },
    )
    .is_ok();
    Ok(allowed.then_some(token))
}
