//! Reading personal access tokens: one's own through `viewer.apiTokens`, everyone's through
//! `apiTokens` (coordinator only). The secret is never readable.

use async_graphql::{Context, ID, Object};
use mega_domain::{Action, Actor, ApiTokenId, UserId, allows, authorize};
use mega_persistence::api_tokens;

use crate::connection::{PageConnection, connection, page_request};
use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::{arg_id, internal};
use crate::services::api_tokens as service;
use crate::types::{ApiTokenObject, Node};

/// Token queries.
#[derive(Default)]
pub struct ApiTokenQuery;

#[Object]
impl ApiTokenQuery {
    /// Personal access tokens of every user, or of `userId`, newest first (revoked and
    /// expired ones included). Coordinator only; everyone reads their own through
    /// `viewer.apiTokens`.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn api_tokens(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only this user's tokens.")] user_id: Option<ID>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<PageConnection<ApiTokenObject>> {
        // The network-wide list is the coordinator's, also when narrowed to one user.
        authorize(actor(ctx), Action::ManageApiToken { owner: None })?;
        let owner = user_id
            .map(|id| arg_id::<UserId>("userId", &id))
            .transpose()?;
        let page = api_tokens::page(db(ctx).conn(), owner, page_request(first, after)?).await?;
        Ok(connection(page, ApiTokenObject))
    }
}

/// `User.apiTokens`: the tokens of `owner`, for `owner` itself only (null for everyone else,
/// the coordinator included, who uses `apiTokens(userId:)`).
pub(crate) async fn of_user(
    ctx: &Context<'_>,
    actor: &Actor,
    owner: UserId,
    first: Option<i32>,
    after: Option<String>,
) -> ApiResult<Option<PageConnection<ApiTokenObject>>> {
    if !allows(actor, Action::ListOwnApiTokens { owner }) {
        return Ok(None);
    }
    let page = api_tokens::page(db(ctx).conn(), Some(owner), page_request(first, after)?).await?;
    Ok(Some(connection(page, ApiTokenObject)))
}

/// `node(id:)` for an `ApiToken`: null unless the caller owns it or is the coordinator.
pub(crate) async fn node(ctx: &Context<'_>, raw: i32) -> ApiResult<Option<Node>> {
    let token = service::find(db(ctx), actor(ctx), ApiTokenId(raw))
        .await
        .map_err(internal)?;
    Ok(token.map(|t| Node::ApiToken(ApiTokenObject(t))))
}
