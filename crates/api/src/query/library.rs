//! Reading the good-practice library, webinars, plenary outcomes, awards and territory
//! facts. Everyone signed in reads them (`Action::ReadNetwork`).

use async_graphql::{Context, ID, Object};
use mega_domain::{
    Action, GoodPracticeId, TerritoryId, ThematicAreaId, WorkingGroupId, authorize,
    good_practice::parse_search,
};
use mega_persistence::{evidence, good_practices, plenary_outcomes, webinars};

use crate::connection::{PageConnection, connection, page_request};
use crate::context::{actor, db};
use crate::error::{ApiError, ApiResult};
use crate::resolve::{arg_id, optional_arg_id};
use crate::types::{
    AwardObject, GoodPracticeObject, PlenaryOutcomeObject, TerritoryFactObject, WebinarObject,
};

/// Library and evidence queries.
#[derive(Default)]
pub struct LibraryQuery;

#[Object]
impl LibraryQuery {
    /// The good-practice library, by title.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn good_practices(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "Only practices whose title or description contains this text (case-insensitive; at most 200 characters)."
        )]
        search: Option<String>,
        #[graphql(desc = "Only the practices of this thematic area.")] thematic_area_id: Option<ID>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<PageConnection<GoodPracticeObject>> {
        authorize(actor(ctx), Action::ReadNetwork)?;
        let search =
            parse_search(search.as_deref()).map_err(|err| ApiError::BadUserInput(err.message))?;
        let area = optional_arg_id::<ThematicAreaId>("thematicAreaId", thematic_area_id.as_ref())?;
        let request = page_request(first, after)?;
        let page = good_practices::page(db(ctx).conn(), search.as_deref(), area, request).await?;
        Ok(connection(page, GoodPracticeObject))
    }

    /// One good practice; null when there is none with this ID.
    async fn good_practice(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The practice's global ID.")] id: ID,
    ) -> ApiResult<Option<GoodPracticeObject>> {
        authorize(actor(ctx), Action::ReadNetwork)?;
        let id = arg_id::<GoodPracticeId>("id", &id)?;
        Ok(good_practices::find(db(ctx).conn(), id)
            .await?
            .map(GoodPracticeObject))
    }

    /// Working groups' webinars, by start.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn webinars(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only the webinars of this working group.")] working_group_id: Option<ID>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<PageConnection<WebinarObject>> {
        authorize(actor(ctx), Action::ReadNetwork)?;
        let group = optional_arg_id::<WorkingGroupId>("workingGroupId", working_group_id.as_ref())?;
        let request = page_request(first, after)?;
        let page = webinars::page(db(ctx).conn(), group, request).await?;
        Ok(connection(page, WebinarObject))
    }

    /// The plenary outcomes of all events, by event and printed order.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn plenary_outcomes(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<PageConnection<PlenaryOutcomeObject>> {
        authorize(actor(ctx), Action::ReadNetwork)?;
        let page = plenary_outcomes::page(db(ctx).conn(), page_request(first, after)?).await?;
        Ok(connection(page, PlenaryOutcomeObject))
    }

    /// Award editions, most recent year first.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn awards(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<PageConnection<AwardObject>> {
        authorize(actor(ctx), Action::ReadNetwork)?;
        let page = evidence::awards_page(db(ctx).conn(), page_request(first, after)?).await?;
        Ok(connection(page, AwardObject))
    }

    /// Figures quoted as evidence, in the order recorded.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn territory_facts(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only the facts about this territory.")] territory_id: Option<ID>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<PageConnection<TerritoryFactObject>> {
        authorize(actor(ctx), Action::ReadNetwork)?;
        let territory = optional_arg_id::<TerritoryId>("territoryId", territory_id.as_ref())?;
        let request = page_request(first, after)?;
        let page = evidence::facts_page(db(ctx).conn(), territory, request).await?;
        Ok(connection(page, TerritoryFactObject))
    }
}
