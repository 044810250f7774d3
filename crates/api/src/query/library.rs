//! Reading the good-practice library, webinars, plenary outcomes, awards and territory
//! facts. Everyone signed in reads them (`Action::ReadNetwork`).

use async_graphql::{Context, ID, Object};
use mega_domain::{
    Action, GoodPracticeId, TerritoryId, ThematicAreaId, WorkingGroupId, authorize,
    good_practice::parse_search,
};
use mega_persistence::{evidence, good_practices, plenary_outcomes, webinars};

use crate::connection::{PageConnection, connection, page_request};
use crate::error::{ApiError, ApiResult};
use crate::global_id::{NodeType, decode_as};
use crate::schema::{db, identity};
use crate::types::{
    AwardObject, GoodPracticeObject, PlenaryOutcomeObject, TerritoryFactObject, WebinarObject,
};

/// Decodes an optional filter ID of type `ty`.
fn filter_id(ty: NodeType, name: &str, id: Option<ID>) -> ApiResult<Option<i32>> {
    id.map(|id| {
        decode_as(ty, &id)
            .ok_or_else(|| ApiError::BadUserInput(format!("`{name}` is not a {ty:?} ID.")))
    })
    .transpose()
}

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
        authorize(&identity(ctx).actor, Action::ReadNetwork)?;
        let search =
            parse_search(search.as_deref()).map_err(|err| ApiError::BadUserInput(err.message))?;
        let area = filter_id(NodeType::ThematicArea, "thematicAreaId", thematic_area_id)?
            .map(ThematicAreaId);
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
        authorize(&identity(ctx).actor, Action::ReadNetwork)?;
        let Some(raw) = decode_as(NodeType::GoodPractice, &id) else {
            return Err(ApiError::BadUserInput(
                "`id` is not a good practice ID.".into(),
            ));
        };
        Ok(good_practices::find(db(ctx).conn(), GoodPracticeId(raw))
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
        authorize(&identity(ctx).actor, Action::ReadNetwork)?;
        let group = filter_id(NodeType::WorkingGroup, "workingGroupId", working_group_id)?
            .map(WorkingGroupId);
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
        authorize(&identity(ctx).actor, Action::ReadNetwork)?;
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
        authorize(&identity(ctx).actor, Action::ReadNetwork)?;
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
        authorize(&identity(ctx).actor, Action::ReadNetwork)?;
        let territory =
            filter_id(NodeType::Territory, "territoryId", territory_id)?.map(TerritoryId);
        let request = page_request(first, after)?;
        let page = evidence::facts_page(db(ctx).conn(), territory, request).await?;
        Ok(connection(page, TerritoryFactObject))
    }
}
