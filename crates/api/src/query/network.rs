//! Reading the network's reference data: viewer, organisations, territories, areas, users.

use async_graphql::{Context, Object};
use mega_domain::{Action, authorize};
use mega_persistence::{organisations, territories, thematic_areas, users};

use crate::connection::{PageConnection, connection, page_request};
use crate::context::{actor, db, identity};
use crate::error::{ApiError, ApiResult};
use crate::types::capabilities::NetworkCapabilities;
use crate::types::{
    CompositionWarningObject, OrganisationObject, ProgrammePhaseObject, TerritoryObject,
    ThematicAreaObject, UserObject,
};

/// Network queries.
#[derive(Default)]
pub struct NetworkQuery;

#[Object]
impl NetworkQuery {
    /// The signed-in user. Anonymous callers get an `UNAUTHENTICATED` error.
    async fn viewer(&self, ctx: &Context<'_>) -> ApiResult<UserObject> {
        let user = identity(ctx)
            .user
            .clone()
            .ok_or(ApiError::Unauthenticated)?;
        Ok(UserObject::new(user))
    }

    /// What the signed-in user may do across the network (the "New …" buttons of list pages
    /// and the administration sections), decided by the same policy as the mutations.
    async fn viewer_capabilities(&self, ctx: &Context<'_>) -> ApiResult<NetworkCapabilities> {
        authorize(actor(ctx), Action::ReadNetwork)?;
        Ok(NetworkCapabilities)
    }

    /// The programme's phases in order, each with its stages: the cycle of benchmarking,
    /// mutual learning, action planning and implementation, with the report's dates.
    async fn programme_phases(&self, ctx: &Context<'_>) -> ApiResult<Vec<ProgrammePhaseObject>> {
        let all = crate::services::programme::all(db(ctx), actor(ctx))
            .await
            .map_err(crate::resolve::internal)?;
        let (phases, stages): (Vec<_>, Vec<_>) =
            all.into_iter().partition(|phase| phase.parent_id.is_none());
        Ok(phases
            .into_iter()
            .map(|phase| {
                let own = stages
                    .iter()
                    .filter(|stage| stage.parent_id == Some(phase.id))
                    .cloned()
                    .collect();
                ProgrammePhaseObject {
                    phase,
                    stages: Some(own),
                }
            })
            .collect())
    }

    /// What departs from the report's composition rules: groups not led by two
    /// cities/regions, and cities/regions taking part that lead no group. For whoever
    /// manages the working groups (the coordinator); `FORBIDDEN` for others.
    async fn composition_warnings(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Vec<CompositionWarningObject>> {
        let warnings = crate::services::reference_data::composition(db(ctx), actor(ctx))
            .await
            .map_err(crate::resolve::internal)?;
        Ok(warnings.into_iter().map(CompositionWarningObject).collect())
    }

    /// The organisations of the network, by name.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn organisations(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<PageConnection<OrganisationObject>> {
        authorize(actor(ctx), Action::ReadNetwork)?;
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
        authorize(actor(ctx), Action::ReadNetwork)?;
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
        authorize(actor(ctx), Action::ReadNetwork)?;
        let page = thematic_areas::page(db(ctx).conn(), page_request(first, after)?).await?;
        Ok(connection(page, ThematicAreaObject))
    }

    /// Everyone with a login, by display name. E-mail addresses are visible to the
    /// coordinator only.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn users(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<PageConnection<UserObject>> {
        authorize(actor(ctx), Action::ReadNetwork)?;
        let page = users::page(db(ctx).conn(), page_request(first, after)?).await?;
        Ok(connection(page, UserObject::new))
    }
}
