//! Reading events, their agendas and participants.

use async_graphql::{Context, ID, Object};
use mega_domain::{Action, EventId, authorize};
use mega_persistence::events;

use crate::connection::{PageConnection, connection, page_request};
use crate::error::{ApiError, ApiResult};
use crate::global_id::{NodeType, decode_as};
use crate::schema::{db, identity};
use crate::types::EventObject;

/// Event queries.
#[derive(Default)]
pub struct EventQuery;

#[Object]
impl EventQuery {
    /// The network's events, most recent first.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn events(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<PageConnection<EventObject>> {
        authorize(&identity(ctx).actor, Action::ReadNetwork)?;
        let page = events::page(db(ctx).conn(), page_request(first, after)?).await?;
        Ok(connection(page, EventObject))
    }

    /// One event; null when there is none with this ID.
    async fn event(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Option<EventObject>> {
        authorize(&identity(ctx).actor, Action::ReadNetwork)?;
        let Some(raw) = decode_as(NodeType::Event, &id) else {
            return Err(ApiError::BadUserInput("`id` is not an event ID.".into()));
        };
        Ok(events::find(db(ctx).conn(), EventId(raw))
            .await?
            .map(EventObject))
    }
}
