//! GraphQL `ApiToken` and `ApiTokenScope`. The secret is never a field: it is returned once,
//! by `createApiToken`.

use async_graphql::{Context, Enum, ID, Object};
use chrono::{DateTime, Utc};
use mega_domain::ApiToken;

use super::UserObject;
use crate::error::ApiResult;
use crate::global_id::encode;
use crate::loaders::{UserLoader, load_one};

/// What a personal access token may do; never more than its owner may do at the time.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(name = "ApiTokenScope", remote = "mega_domain::TokenScope")]
pub enum ApiTokenScopeGql {
    /// Queries only; a request with a mutation is refused (`FORBIDDEN`) before it runs.
    Read,
    /// Queries and mutations (but not `createApiToken`).
    ReadWrite,
}

/// A personal access token for scripts and integrations (`Authorization: Bearer
/// mega_pat_…`). Only a hash of the secret is stored.
pub struct ApiTokenObject(pub ApiToken);

/// A personal access token for scripts and integrations (`Authorization: Bearer
/// mega_pat_…`). Only a hash of the secret is stored.
#[Object(name = "ApiToken")]
impl ApiTokenObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.0.id)
    }

    /// The user the token acts for.
    async fn owner(&self, ctx: &Context<'_>) -> ApiResult<Option<UserObject>> {
        Ok(load_one::<UserLoader, _>(ctx, self.0.owner_id)
            .await?
            .map(UserObject::new))
    }

    /// What the owner called it.
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// The first 12 characters of the secret (e.g. `mega_pat_AbC`), to recognise it.
    async fn prefix(&self) -> &str {
        &self.0.prefix
    }

    /// What it may do.
    async fn scope(&self) -> ApiTokenScopeGql {
        self.0.scope.into()
    }

    /// When it stops working.
    async fn expires_at(&self) -> DateTime<Utc> {
        self.0.expires_at
    }

    /// When it was created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When it last authenticated a request; recorded at most once a minute, so it may be up
    /// to a minute old. Null when never used.
    async fn last_used_at(&self) -> Option<DateTime<Utc>> {
        self.0.last_used_at
    }

    /// When it was revoked; null while not revoked.
    async fn revoked_at(&self) -> Option<DateTime<Utc>> {
        self.0.revoked_at
    }

    /// Whether it authenticates requests now: not revoked and not expired (its owner must
    /// also be active).
    async fn usable(&self) -> bool {
        self.0.usable_at(Utc::now())
    }
    /// Whether the viewer may revoke this token (its owner and the coordinator, while it is
    /// not revoked).
    async fn viewer_can_revoke(&self, ctx: &Context<'_>) -> bool {
        self.0.revoked_at.is_none()
            && mega_domain::allows(
                crate::context::actor(ctx),
                mega_domain::Action::ManageApiToken {
                    owner: Some(self.0.owner_id),
                },
            )
    }
}
