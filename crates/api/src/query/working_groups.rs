//! Reading working groups.

use async_graphql::{Context, ID, Object};
use mega_domain::{Action, WorkingGroupId, authorize};
use mega_persistence::working_groups;

use crate::connection::{PageConnection, connection, page_request};
use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::arg_id;
use crate::types::WorkingGroupObject;

/// Working-group queries.
#[derive(Default)]
pub struct WorkingGroupQuery;

#[Object]
impl WorkingGroupQuery {
    /// The working groups, in the order of their thematic areas.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn working_groups(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<PageConnection<WorkingGroupObject>> {
        authorize(actor(ctx), Action::ReadNetwork)?;
        let page = working_groups::page(db(ctx).conn(), page_request(first, after)?).await?;
        Ok(connection(page, WorkingGroupObject))
    }

    /// One working group; null when there is none with this ID.
    async fn working_group(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> ApiResult<Option<WorkingGroupObject>> {
        authorize(actor(ctx), Action::ReadNetwork)?;
        let id = arg_id::<WorkingGroupId>("id", &id)?;
        Ok(working_groups::find(db(ctx).conn(), id)
            .await?
            .map(WorkingGroupObject))
    }
}
