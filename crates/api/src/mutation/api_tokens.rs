//! `createApiToken` and `revokeApiToken`.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use mega_domain::ApiTokenId;
use mega_domain::api_token::ApiTokenDraft;

use crate::context::{actor, db, identity};
use crate::error::ApiResult;
use crate::resolve::{input_id, payload, settle};
use crate::services::api_tokens as service;
use crate::types::{ApiTokenObject, ApiTokenScopeGql, UserError};

/// Input of `createApiToken`.
#[derive(InputObject)]
pub struct CreateApiTokenInput {
    /// What the token is for, 1–100 characters (e.g. "Monthly report script").
    pub name: String,
    /// `READ` (queries only) or `READ_WRITE`.
    pub scope: ApiTokenScopeGql,
    /// When it stops working: in the future (`EXPIRY_IN_PAST`) and at most 365 days ahead
    /// (`EXPIRY_TOO_FAR`).
    pub expires_at: DateTime<Utc>,
}

impl From<CreateApiTokenInput> for ApiTokenDraft {
    fn from(input: CreateApiTokenInput) -> Self {
        Self {
            name: input.name,
            scope: input.scope.into(),
            expires_at: input.expires_at,
        }
    }
}

/// Input of `revokeApiToken`.
#[derive(InputObject)]
pub struct RevokeApiTokenInput {
    /// The token.
    pub id: ID,
}

/// Result of `createApiToken`: the only time the secret is shown.
#[derive(SimpleObject, Default)]
pub struct CreateApiTokenPayload {
    /// The secret (`mega_pat_…`) for `Authorization: Bearer`. Shown only here, only once:
    /// only a hash is stored, so it cannot be shown again.
    pub token: Option<String>,
    /// The new token's details.
    pub api_token: Option<ApiTokenObject>,
    /// Problems with the input; nothing was changed when not empty.
    pub user_errors: Vec<UserError>,
}

payload!(
    /// Result of `revokeApiToken`.
    RevokeApiTokenPayload,
    /// The revoked token.
    api_token: ApiTokenObject
);

/// Token mutations.
#[derive(Default)]
pub struct ApiTokenMutation;

#[Object]
impl ApiTokenMutation {
    /// Creates a personal access token for the caller. Signed-in users only, and only with a
    /// session: a request authenticated by an API token gets `FORBIDDEN`. The secret is in
    /// the payload's `token`, once.
    async fn create_api_token(
        &self,
        ctx: &Context<'_>,
        input: CreateApiTokenInput,
    ) -> ApiResult<CreateApiTokenPayload> {
        let identity = identity(ctx);
        let result = service::create(
            db(ctx),
            &identity.actor,
            identity.via_api_token(),
            input.into(),
        )
        .await;
        Ok(match settle(result)? {
            Ok(created) => CreateApiTokenPayload {
                token: Some(created.secret),
                api_token: Some(ApiTokenObject(created.token)),
                user_errors: Vec::new(),
            },
            Err(user_errors) => CreateApiTokenPayload {
                user_errors,
                ..Default::default()
            },
        })
    }

    /// Revokes a personal access token at once. Its owner, or the coordinator for anyone's;
    /// a revoked token gives `ALREADY_REVOKED`.
    async fn revoke_api_token(
        &self,
        ctx: &Context<'_>,
        input: RevokeApiTokenInput,
    ) -> ApiResult<RevokeApiTokenPayload> {
        let result = async {
            let id = input_id::<ApiTokenId>("id", &input.id)?;
            service::revoke(db(ctx), actor(ctx), id).await
        }
        .await;
        Ok(settle(result.map(ApiTokenObject))?.into())
    }
}
