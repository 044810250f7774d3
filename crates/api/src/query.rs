//! The root `Query` type: thin resolvers that ask the policy, call a repository and map.

use async_graphql::{Context, ID, Object};
use mega_domain::{Action, OrganisationId, TerritoryId, ThematicAreaId, UserId, authorize};
use mega_persistence::{organisations, territories, thematic_areas, users};

use crate::connection::{PageConnection, connection, page_request};
use crate::error::{ApiError, ApiResult};
use crate::global_id::{NodeType, decode};
use crate::schema::{db, identity};
use crate::types::{Node, OrganisationObject, TerritoryObject, ThematicAreaObject, UserObject};

/// Entry points for reading.
pub struct Query;

/// Entry points for reading.
#[Object]
impl Query {
    /// The signed-in user. Anonymous callers get an `UNAUTHENTICATED` error.
    async fn viewer(&self, ctx: &Context<'_>) -> ApiResult<UserObject> {
        let user = identity(ctx)
            .user
            .clone()
            .ok_or(ApiError::Unauthenticated)?;
        Ok(UserObject::new(user))
    }

    /// Fetches any object by its global ID; null when it does not exist or may not be read.
    async fn node(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Option<Node>> {
        authorize(&identity(ctx).actor, Action::ReadNetwork)?;
        let Some((ty, raw)) = decode(&id) else {
            return Ok(None);
        };
        let conn = db(ctx).conn();
        let node = match ty {
            NodeType::Territory => territories::find_by_ids(conn, &[TerritoryId(raw)])
                .await?
                .pop()
                .map(|t| Node::Territory(TerritoryObject(t))),
            NodeType::Organisation => organisations::find_by_ids(conn, &[OrganisationId(raw)])
                .await?
                .pop()
                .map(|o| Node::Organisation(OrganisationObject(o))),
            NodeType::ThematicArea => thematic_areas::find_by_ids(conn, &[ThematicAreaId(raw)])
                .await?
                .pop()
                .map(|a| Node::ThematicArea(ThematicAreaObject(a))),
            NodeType::User => users::find(conn, UserId(raw))
                .await?
                .map(|u| Node::User(UserObject::new(u))),
        };
        Ok(node)
    }

    /// The organisations of the network, by name.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn organisations(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<PageConnection<OrganisationObject>> {
        authorize(&identity(ctx).actor, Action::ReadNetwork)?;
        let page = organisations::page(db(ctx).conn(), page_request(first, after)?).await?;
        Ok(connection(page, OrganisationObject))
    }

    /// The partner cities and regions, by name.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn territories(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<PageConnection<TerritoryObject>> {
        authorize(&identity(ctx).actor, Action::ReadNetwork)?;
        let page = territories::page(db(ctx).conn(), page_request(first, after)?).await?;
        Ok(connection(page, TerritoryObject))
    }

    /// The learning themes, in programme order.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn thematic_areas(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<PageConnection<ThematicAreaObject>> {
        authorize(&identity(ctx).actor, Action::ReadNetwork)?;
        let page = thematic_areas::page(db(ctx).conn(), page_request(first, after)?).await?;
        Ok(connection(page, ThematicAreaObject))
    }
}
