//! Reading proposed actions ("ask the expert").

use async_graphql::{Context, ID, Object};
use mega_domain::{Action, ProposedActionId, WorkingGroupId, authorize};
use mega_persistence::proposed_actions;

use crate::connection::{PageConnection, connection, page_request};
use crate::error::{ApiError, ApiResult};
use crate::global_id::{NodeType, decode_as};
use crate::schema::{db, identity};
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
        authorize(&identity(ctx).actor, Action::ReadNetwork)?;
        let group = working_group_id
            .map(|id| {
                decode_as(NodeType::WorkingGroup, &id)
                    .map(WorkingGroupId)
                    .ok_or_else(|| {
                        ApiError::BadUserInput("`workingGroupId` is not a working group ID.".into())
                    })
            })
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
        authorize(&identity(ctx).actor, Action::ReadNetwork)?;
        let Some(raw) = decode_as(NodeType::ProposedAction, &id) else {
            return Err(ApiError::BadUserInput(
                "`id` is not a proposed action ID.".into(),
            ));
        };
        Ok(
            proposed_actions::find(db(ctx).conn(), ProposedActionId(raw))
                .await?
                .map(ProposedActionObject),
        )
    }
}
