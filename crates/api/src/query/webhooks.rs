//! Reading webhooks with their deliveries: the coordinator's list of every hook, an
//! organisation's members their own organisation's.

use async_graphql::{Context, ID, Object};
use mega_domain::{OrganisationId, WebhookId};

use crate::connection::{PageConnection, connection, page_request};
use crate::error::{ApiError, ApiResult};
use crate::global_id::{NodeType, decode_as};
use crate::mutation::support::internal;
use crate::schema::{db, identity};
use crate::services::webhooks as service;
use crate::types::{Node, WebhookObject};

/// Webhook queries.
#[derive(Default)]
pub struct WebhookQuery;

#[Object]
impl WebhookQuery {
    /// Webhooks, oldest first: every hook for the coordinator (or one organisation's, with
    /// `organisationId`); the caller's organisation's hooks for its members (`FORBIDDEN` for
    /// another organisation).
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn webhooks(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only this organisation's hooks.")] organisation_id: Option<ID>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<PageConnection<WebhookObject>> {
        let organisation = organisation_id
            .map(|id| {
                decode_as(NodeType::Organisation, &id)
                    .map(OrganisationId)
                    .ok_or_else(|| {
                        ApiError::BadUserInput("`organisationId` is not an organisation ID.".into())
                    })
            })
            .transpose()?;
        let page = service::page(
            db(ctx),
            &identity(ctx).actor,
            organisation,
            page_request(first, after)?,
        )
        .await
        .map_err(internal)?;
        Ok(connection(page, WebhookObject))
    }
}

/// `node(id:)` for a `Webhook`: null unless the caller manages it.
pub(crate) async fn node(ctx: &Context<'_>, raw: i32) -> ApiResult<Option<Node>> {
    let hook = service::find(db(ctx), &identity(ctx).actor, WebhookId(raw))
        .await
        .map_err(internal)?;
    Ok(hook.map(|h| Node::Webhook(WebhookObject(h))))
}
