//! Reading proposed actions ("ask the expert").

use async_graphql::{Context, ID, Object};
use mega_domain::{Action, ProposedActionId, WorkingGroupId, authorize};
use mega_persistence::proposed_actions;

use crate::connection::{PageConnection, connection, page_request};
use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::arg_id;
use crate::types::ProposedActionObject;

/// Proposed-action queries.
#[derive(Default)]
pub struct ProposedActionQuery;

#[Object]
impl ProposedActionQuery {
    /// The actions members proposed to their working groups, in the order recorded.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn proposed_actions(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only the actions proposed to this working group.")]
        working_group_id: Option<ID>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<PageConnection<ProposedActionObject>> {
        authorize(actor(ctx), Action::ReadNetwork)?;
        let group = working_group_id
            .map(|id| arg_id::<WorkingGroupId>("workingGroupId", &id))
            .transpose()?;
        let request = page_request(first, after)?;
        let page = proposed_actions::page(db(ctx).conn(), group, request).await?;
        Ok(connection(page, ProposedActionObject))
    }

    /// One proposed action; null when there is none with this ID.
    async fn proposed_action(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> ApiResult<Option<ProposedActionObject>> {
        authorize(actor(ctx), Action::ReadNetwork)?;
        let id = arg_id::<ProposedActionId>("id", &id)?;
        Ok(proposed_actions::find(db(ctx).conn(), id)
            .await?
            .map(ProposedActionObject))
    }
}
