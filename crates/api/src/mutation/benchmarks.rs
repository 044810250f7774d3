//! Benchmark rounds and benchmarks.

use async_graphql::{Context, ID, InputObject, Object};
use chrono::NaiveDate;
use mega_domain::benchmark::{BenchmarkDraft, BenchmarkRoundDraft, ScoreDraft};
use mega_domain::{BenchmarkId, BenchmarkRoundId, OrganisationId};

use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::{input_id, input_ids, payload, settle};
use crate::services::{ServiceError, benchmarks as service};
use crate::types::enums::{DimensionGql, KeyActorGql};
use crate::types::{BenchmarkObject, BenchmarkRoundObject};

/// Input of `createBenchmarkRound`.
#[derive(InputObject)]
pub struct CreateBenchmarkRoundInput {
    /// Name, e.g. "Re-benchmark 2020".
    pub name: String,
    /// When the round takes place.
    pub held_on: NaiveDate,
}

/// Input of `createBenchmark`.
#[derive(InputObject)]
pub struct CreateBenchmarkInput {
    /// The assessed organisation (the caller's own, unless coordinator).
    pub organisation_id: ID,
    /// The round.
    pub round_id: ID,
}

/// One cell of the benchmark matrix.
#[derive(InputObject)]
pub struct BenchmarkScoreInput {
    /// Whose practice.
    pub key_actor: KeyActorGql,
    /// Which dimension.
    pub dimension: DimensionGql,
    /// Maturity 0–3, or null when not assessed.
    pub level: Option<i32>,
    /// What works already (at most 5,000 characters).
    #[graphql(default)]
    pub achievements: String,
    /// What is needed (at most 5,000 characters).
    #[graphql(default)]
    pub needs: String,
    /// What is missing (at most 5,000 characters).
    #[graphql(default)]
    pub gaps: String,
}

/// Input of `updateBenchmark`: replaces the whole content of a draft.
#[derive(InputObject)]
pub struct UpdateBenchmarkInput {
    /// The benchmark.
    pub id: ID,
    /// The version you read; a stale one gives `STALE_VERSION` and changes nothing.
    pub expected_version: i32,
    /// Every assessed cell (cells left out are cleared).
    pub scores: Vec<BenchmarkScoreInput>,
    /// The thematic areas marked as a need.
    pub need_area_ids: Vec<ID>,
}

/// Input of `validateBenchmark`.
#[derive(InputObject)]
pub struct ValidateBenchmarkInput {
    /// The benchmark.
    pub id: ID,
    /// The version you read.
    pub expected_version: i32,
}

payload!(
    /// Result of `createBenchmarkRound`.
    BenchmarkRoundPayload,
    /// The round.
    round: BenchmarkRoundObject
);
payload!(
    /// Result of `createBenchmark`, `updateBenchmark` and `validateBenchmark`.
    BenchmarkPayload,
    /// The benchmark.
    benchmark: BenchmarkObject
);

impl From<CreateBenchmarkRoundInput> for BenchmarkRoundDraft {
    fn from(input: CreateBenchmarkRoundInput) -> Self {
        Self {
            name: input.name,
            held_on: input.held_on,
        }
    }
}

impl From<BenchmarkScoreInput> for ScoreDraft {
    fn from(input: BenchmarkScoreInput) -> Self {
        Self {
            key_actor: input.key_actor.into(),
            dimension: input.dimension.into(),
            level: input.level,
            achievements: input.achievements,
            needs: input.needs,
            gaps: input.gaps,
        }
    }
}

impl UpdateBenchmarkInput {
    /// The content's draft, with the areas decoded.
    fn draft(self) -> Result<BenchmarkDraft, ServiceError> {
        Ok(BenchmarkDraft {
            need_area_ids: input_ids("needAreaIds", &self.need_area_ids)?,
            scores: self.scores.into_iter().map(Into::into).collect(),
        })
    }
}

/// Benchmark mutations.
#[derive(Default)]
pub struct BenchmarkMutation;

#[Object]
impl BenchmarkMutation {
    /// Creates a benchmarking round. Coordinator only.
    async fn create_benchmark_round(
        &self,
        ctx: &Context<'_>,
        input: CreateBenchmarkRoundInput,
    ) -> ApiResult<BenchmarkRoundPayload> {
        let result = service::create_round(db(ctx), actor(ctx), input.into()).await;
        Ok(settle(result.map(BenchmarkRoundObject))?.into())
    }

    /// Starts an organisation's draft benchmark in a round. The organisation's members and
    /// the coordinator.
    async fn create_benchmark(
        &self,
        ctx: &Context<'_>,
        input: CreateBenchmarkInput,
    ) -> ApiResult<BenchmarkPayload> {
        let result = async {
            let organisation =
                input_id::<OrganisationId>("organisationId", &input.organisation_id)?;
            let round = input_id::<BenchmarkRoundId>("roundId", &input.round_id)?;
            service::create(db(ctx), actor(ctx), organisation, round).await
        }
        .await;
        Ok(settle(result.map(BenchmarkObject))?.into())
    }

    /// Replaces the cells and needs of a draft benchmark. The organisation's members (draft
    /// only) and the coordinator.
    async fn update_benchmark(
        &self,
        ctx: &Context<'_>,
        input: UpdateBenchmarkInput,
    ) -> ApiResult<BenchmarkPayload> {
        let result = async {
            let id = input_id::<BenchmarkId>("id", &input.id)?;
            let expected_version = input.expected_version;
            let draft = input.draft()?;
            service::update(db(ctx), actor(ctx), id, expected_version, draft).await
        }
        .await;
        Ok(settle(result.map(BenchmarkObject))?.into())
    }

    /// Validates a benchmark; its needs then drive mandatory memberships. Coordinator only.
    async fn validate_benchmark(
        &self,
        ctx: &Context<'_>,
        input: ValidateBenchmarkInput,
    ) -> ApiResult<BenchmarkPayload> {
        let result = async {
            let id = input_id::<BenchmarkId>("id", &input.id)?;
            service::validate(db(ctx), actor(ctx), id, input.expected_version).await
        }
        .await;
        Ok(settle(result.map(BenchmarkObject))?.into())
    }
}
