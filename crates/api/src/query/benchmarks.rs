//! Reading benchmark rounds and benchmarks (each benchmark through the policy).

use async_graphql::{Context, ID, Object};
use mega_domain::{Action, BenchmarkId, BenchmarkRoundId, OrganisationId, authorize};
use mega_persistence::benchmarks;

use crate::connection::{PageConnection, connection, page_request};
use crate::context::{actor, db};
use crate::error::{ApiError, ApiResult};
use crate::resolve::{arg_id, internal};
use crate::services;
use crate::types::{BenchmarkObject, BenchmarkRoundObject};

/// Benchmark queries.
#[derive(Default)]
pub struct BenchmarkQuery;

#[Object]
impl BenchmarkQuery {
    /// Benchmarking rounds, newest first.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn benchmark_rounds(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<PageConnection<BenchmarkRoundObject>> {
        authorize(actor(ctx), Action::ReadNetwork)?;
        let page = benchmarks::rounds(db(ctx).conn(), page_request(first, after)?).await?;
        Ok(connection(page, BenchmarkRoundObject))
    }

    /// The benchmarks the caller may read (its organisation's, those of learning members of
    /// groups it leads, or all for the coordinator), newest round first.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn benchmarks(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only this organisation's.")] organisation_id: Option<ID>,
        #[graphql(desc = "Only this round's.")] round_id: Option<ID>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<PageConnection<BenchmarkObject>> {
        let actor = actor(ctx);
        authorize(actor, Action::ReadNetwork)?;
        let request = page_request(first, after)?;
        let round = round_id
            .map(|id| arg_id::<BenchmarkRoundId>("roundId", &id))
            .transpose()?;
        let wanted = organisation_id
            .map(|id| arg_id::<OrganisationId>("organisationId", &id))
            .transpose()?;
        let readable = services::benchmarks::readable_organisations(db(ctx), actor)
            .await
            .map_err(internal)?;
        let scope: Option<Vec<OrganisationId>> = match (readable, wanted) {
            (None, None) => None,
            (None, Some(wanted)) => Some(vec![wanted]),
            (Some(readable), None) => Some(readable),
            (Some(readable), Some(wanted)) => {
                Some(readable.into_iter().filter(|id| *id == wanted).collect())
            }
        };
        let page = benchmarks::page(db(ctx).conn(), scope.as_deref(), round, request).await?;
        Ok(connection(page, BenchmarkObject))
    }

    /// One benchmark. `FORBIDDEN` when the caller may not read it.
    async fn benchmark(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Option<BenchmarkObject>> {
        let actor = actor(ctx);
        authorize(actor, Action::ReadNetwork)?;
        let id = arg_id::<BenchmarkId>("id", &id)?;
        let Some(benchmark) = benchmarks::find(db(ctx).conn(), id).await? else {
            return Ok(None);
        };
        if !services::benchmarks::may_read(db(ctx), actor, benchmark.organisation_id)
            .await
            .map_err(internal)?
        {
            return Err(ApiError::Forbidden);
        }
        Ok(Some(BenchmarkObject(benchmark)))
    }
}
