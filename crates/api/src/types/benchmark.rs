//! GraphQL `BenchmarkRound`, `Benchmark` and `BenchmarkScore`.

use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::NaiveDate;
use mega_domain::{Benchmark, BenchmarkRound, Score};

use super::enums::{BenchmarkStatusGql, DimensionGql, KeyActorGql};
use super::{OrganisationObject, ThematicAreaObject};
use crate::context::actor;
use crate::error::{ApiError, ApiResult};
use crate::global_id::encode;
use crate::loaders::{OrganisationLoader, ThematicAreaLoader, load_one};
use mega_domain::{Action, BenchmarkStatus, allows};

/// A benchmarking round, so a later re-benchmark can be compared with the first.
pub struct BenchmarkRoundObject(pub BenchmarkRound);

/// A benchmarking round, so a later re-benchmark can be compared with the first.
#[Object(name = "BenchmarkRound")]
impl BenchmarkRoundObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.0.id)
    }

    /// Name, e.g. "Baseline 2018".
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// When the round took place.
    async fn held_on(&self) -> NaiveDate {
        self.0.held_on
    }
}

/// One cell of a benchmark: a key actor on one dimension.
#[derive(SimpleObject)]
#[graphql(name = "BenchmarkScore")]
pub struct ScoreObject {
    /// Whose practice.
    pub key_actor: KeyActorGql,
    /// Which dimension.
    pub dimension: DimensionGql,
    /// Maturity from 0 (nothing in place) to 3 (established), null when not assessed.
    pub level: Option<i32>,
    /// What works already.
    pub achievements: String,
    /// What is needed.
    pub needs: String,
    /// What is missing.
    pub gaps: String,
}

impl From<Score> for ScoreObject {
    fn from(score: Score) -> Self {
        Self {
            key_actor: score.key_actor.into(),
            dimension: score.dimension.into(),
            level: score.level.map(|level| i32::from(level.value())),
            achievements: score.achievements,
            needs: score.needs,
            gaps: score.gaps,
        }
    }
}

/// One organisation's assessment in one round. Readable by the organisation's members, the
/// leading members of groups where it learns, and the coordinator.
pub struct BenchmarkObject(pub Benchmark);

/// One organisation's assessment in one round. Readable by the organisation's members, the
/// leading members of groups where it learns, and the coordinator.
#[Object(name = "Benchmark")]
impl BenchmarkObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.0.id)
    }

    /// The assessed organisation.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<OrganisationObject> {
        load_one::<OrganisationLoader, _>(ctx, self.0.organisation_id)
            .await?
            .map(OrganisationObject)
            .ok_or_else(|| ApiError::Internal("benchmark without organisation".into()))
    }

    /// The round.
    async fn round(&self, ctx: &Context<'_>) -> ApiResult<BenchmarkRoundObject> {
        load_one::<crate::loaders::access::BenchmarkRoundLoader, _>(ctx, self.0.round_id)
            .await?
            .map(BenchmarkRoundObject)
            .ok_or_else(|| ApiError::Internal("benchmark without round".into()))
    }

    /// Draft or validated.
    async fn status(&self) -> BenchmarkStatusGql {
        self.0.status.into()
    }

    /// Version for optimistic concurrency: pass it as `expectedVersion` when updating.
    async fn version(&self) -> i32 {
        self.0.version
    }

    /// The assessed cells; cells never assessed are absent.
    async fn scores(&self) -> Vec<ScoreObject> {
        self.0
            .scores
            .iter()
            .cloned()
            .map(ScoreObject::from)
            .collect()
    }

    /// The thematic areas the assessment marks as a need.
    async fn needs(&self, ctx: &Context<'_>) -> ApiResult<Vec<ThematicAreaObject>> {
        let mut areas = Vec::new();
        for id in &self.0.need_area_ids {
            if let Some(area) = load_one::<ThematicAreaLoader, _>(ctx, *id).await? {
                areas.push(ThematicAreaObject(area));
            }
        }
        Ok(areas)
    }
    /// Whether the viewer may edit this benchmark (its organisation while it is a draft, and
    /// the coordinator).
    async fn viewer_can_update(&self, ctx: &Context<'_>) -> bool {
        allows(
            actor(ctx),
            Action::EditBenchmark {
                owner: self.0.organisation_id,
                validated: self.0.status == BenchmarkStatus::Validated,
            },
        )
    }

    /// Whether the viewer may validate this benchmark.
    async fn viewer_can_validate(&self, ctx: &Context<'_>) -> bool {
        allows(actor(ctx), Action::ValidateBenchmark)
    }
}
