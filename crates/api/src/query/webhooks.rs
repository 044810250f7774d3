//! Reading webhooks with their deliveries: the coordinator's list of every hook, an
//! organisation's members their own organisation's.

use async_graphql::{Context, ID, Object};
use mega_domain::{OrganisationId, WebhookId};

use crate::connection::{PageConnection, connection, page_request};
use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::{arg_id, internal};
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
            .map(|id| arg_id::<OrganisationId>("organisationId", &id))
            .transpose()?;
        let page = service::page(
            db(ctx),
            actor(ctx),
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
    let hook = service::find(db(ctx), actor(ctx), WebhookId(raw))
        .await
        .map_err(internal)?;
    Ok(hook.map(|h| Node::Webhook(WebhookObject(h))))
}
