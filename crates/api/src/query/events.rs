//! Reading events, their agendas and participants.

use async_graphql::{Context, ID, Object};
use mega_domain::{Action, EventId, authorize};
use mega_persistence::events;

use crate::connection::{PageConnection, connection, page_request};
use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::arg_id;
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
        authorize(actor(ctx), Action::ReadNetwork)?;
        let page = events::page(db(ctx).conn(), page_request(first, after)?).await?;
        Ok(connection(page, EventObject))
    }

    /// One event; null when there is none with this ID.
    async fn event(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Option<EventObject>> {
        authorize(actor(ctx), Action::ReadNetwork)?;
        let id = arg_id::<EventId>("id", &id)?;
        Ok(events::find(db(ctx).conn(), id).await?.map(EventObject))
    }
}
