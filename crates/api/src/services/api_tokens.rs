//! Personal access tokens: a user creates tokens for itself (never with a token), the owner
//! or the coordinator revokes them. Each change is one unit of work with one audit event
//! whose snapshots hold the token's metadata only (never the secret or its hash).

use chrono::Utc;
use mega_domain::api_token::ApiTokenDraft;
use mega_domain::{Action, Actor, ApiToken, ApiTokenId, Denial, ValidationError, authorize};
use mega_persistence::{Database, api_tokens as repo};

use super::unit_of_work::UnitOfWork;
use super::{ServiceError, ServiceResult};
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
    draft: ApiTokenDraft,
) -> ServiceResult<CreatedToken> {
    let owner = actor
        .user_id()
        .ok_or(ServiceError::Denied(Denial::Unauthenticated))?;
    authorize(actor, Action::ManageApiToken { owner: Some(owner) })?;
    if via_api_token {
        return Err(ServiceError::Denied(Denial::Forbidden));
    }
    let fields = draft.validate(Utc::now()).map_err(ServiceError::Invalid)?;
    let secret = secret::generate();
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let token = repo::insert(
        uow.txn(),
        repo::NewApiToken {
            owner_id: owner,
            fields: &fields,
            token_hash: &secret::hash(&secret),
            prefix: &secret::display_prefix(&secret),
        },
    )
    .await?;
    uow.created("createApiToken", &token).await?;
    uow.commit().await?;
    Ok(CreatedToken { token, secret })
}

/// Revokes a token: its owner, or the coordinator for anyone's.
pub async fn revoke(db: &Database, actor: &Actor, id: ApiTokenId) -> ServiceResult<ApiToken> {
    // Signed in before anything is looked up.
    authorize(actor, Action::ReadNetwork)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = repo::find(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    authorize(
        actor,
        Action::ManageApiToken {
            owner: Some(before.owner_id),
        },
    )?;
    // The conditional update also refuses a token revoked concurrently, after we read it.
    if before.revoked_at.is_some() || !repo::revoke(uow.txn(), id, Utc::now()).await? {
        return Err(
            ValidationError::new("id", "ALREADY_REVOKED", "The token is revoked already.").into(),
        );
    }
    let after = repo::find(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    uow.updated("revokeApiToken", &before, &after).await?;
    uow.commit().await?;
    Ok(after)
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
