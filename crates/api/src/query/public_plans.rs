//! The public pages' plan summaries: agreed plans the coordinator published, readable without
//! signing in. A summary holds the plan's objectives and steps with their dates, status and
//! progress, the published practices each objective adopts, and the names of its city and
//! themes; no stakeholders (they can name persons), no report texts, no authors.

use async_graphql::dataloader::DataLoader;
use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};
use mega_domain::action_plan::ActionPlanId;
use mega_domain::action_plan::summary::{ObjectiveSummary, PlanSummary, StepSummary};

use super::public_lessons::PublicGoodPracticeObject;
use crate::context::db;
use crate::error::{ApiError, ApiResult};
use crate::global_id::encode;
use crate::loaders::{
    GoodPracticeLoader, OrganisationLoader, PublicationLoader, TerritoryLoader, ThematicAreaLoader,
    load_many, load_one,
};
use crate::resolve::{arg_id, internal};
use crate::services::public_lessons as service;
use crate::types::StepStatusGql;
use crate::types::action_plan::{PartialDateScalar, PlanStageGql};

/// A plan's summary as the public pages show it.
pub struct PublicPlanSummaryObject {
    summary: PlanSummary,
    published_at: DateTime<Utc>,
}

/// An agreed action plan published for everyone (no sign-in): its objectives and how far
/// they got.
#[Object(name = "PublicPlanSummary")]
impl PublicPlanSummaryObject {
    /// The plan's global ID (the same as `ActionPlan.id`).
    async fn id(&self) -> ID {
        encode(self.summary.plan.id)
    }

    /// The name of the partner whose plan it is.
    async fn organisation_name(&self, ctx: &Context<'_>) -> ApiResult<String> {
        Ok(
            load_one::<OrganisationLoader, _>(ctx, self.summary.plan.organisation_id)
                .await?
                .map(|o| o.name)
                .unwrap_or_default(),
        )
    }

    /// The city or region of that partner, if any.
    async fn territory_name(&self, ctx: &Context<'_>) -> ApiResult<Option<String>> {
        let organisation =
            load_one::<OrganisationLoader, _>(ctx, self.summary.plan.organisation_id).await?;
        let Some(territory) = organisation.and_then(|o| o.territory_id) else {
            return Ok(None);
        };
        Ok(load_one::<TerritoryLoader, _>(ctx, territory)
            .await?
            .map(|t| t.name))
    }

    /// Where the plan is in its life (ADOPTED, IMPLEMENTING or COMPLETED).
    async fn stage(&self) -> PlanStageGql {
        self.summary.plan.stage.into()
    }

    /// Progress 0–100 over all its steps (as `ActionPlan.progress`); null when no step
    /// counts.
    async fn progress(&self) -> Option<f64> {
        self.summary.progress
    }

    /// Its objectives, in order.
    async fn objectives(&self) -> Vec<PublicObjectiveObject<'_>> {
        self.summary
            .objectives
            .iter()
            .map(PublicObjectiveObject)
            .collect()
    }

    /// Since when it is public.
    async fn published_at(&self) -> DateTime<Utc> {
        self.published_at
    }
}

/// An objective of a public plan summary.
pub struct PublicObjectiveObject<'a>(&'a ObjectiveSummary);

/// An objective of a published plan: what it aims at and how far it got.
#[Object(name = "PublicObjective")]
impl PublicObjectiveObject<'_> {
    /// The printed reference, e.g. "Objective #1".
    #[graphql(name = "ref")]
    async fn reference(&self) -> Option<&str> {
        self.0.reference.as_deref()
    }

    /// The objective.
    async fn title(&self) -> Option<&str> {
        self.0.title.as_deref()
    }

    /// The title of its learning theme, if any.
    async fn thematic_area_title(&self, ctx: &Context<'_>) -> ApiResult<Option<String>> {
        let Some(id) = self.0.thematic_area_id else {
            return Ok(None);
        };
        Ok(load_one::<ThematicAreaLoader, _>(ctx, id)
            .await?
            .map(|a| a.title))
    }

    /// Progress 0–100 (as `Action.progress`); null when no step counts.
    async fn progress(&self) -> Option<f64> {
        self.0.progress
    }

    /// The good practices it adopts that are published too, in the order they were linked.
    async fn good_practices(&self, ctx: &Context<'_>) -> ApiResult<Vec<PublicGoodPracticeObject>> {
        let ids = &self.0.practices;
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let practices = load_many::<GoodPracticeLoader, _>(ctx, ids).await?;
        let mut dates = ctx
            .data_unchecked::<DataLoader<PublicationLoader>>()
            .load_many(ids.iter().copied())
            .await
            .map_err(|err| ApiError::Internal(err.to_string()))?;
        Ok(practices
            .into_iter()
            .filter_map(|practice| {
                let at = dates.remove(&practice.id)?;
                Some(PublicGoodPracticeObject::new(practice, at))
            })
            .collect())
    }

    /// Its steps, in order.
    async fn steps(&self) -> Vec<PublicStepObject<'_>> {
        self.0.steps.iter().map(PublicStepObject).collect()
    }
}

/// A step of a public plan summary.
pub struct PublicStepObject<'a>(&'a StepSummary);

/// A step of a published plan: what is done, when, and where it stands.
#[Object(name = "PublicStep")]
impl PublicStepObject<'_> {
    /// Its number ("1", "1.1").
    async fn number(&self) -> &str {
        &self.0.number
    }

    /// What is done.
    async fn title(&self) -> &str {
        &self.0.title
    }

    /// When it starts.
    async fn start(&self) -> Option<PartialDateScalar> {
        self.0.start.map(PartialDateScalar)
    }

    /// When it ends.
    async fn end(&self) -> Option<PartialDateScalar> {
        self.0.end.map(PartialDateScalar)
    }

    /// Its latest reported status (NOT_STARTED when never reported).
    async fn status(&self) -> StepStatusGql {
        self.0.status.into()
    }

    /// Its latest reported percentage.
    async fn percent_complete(&self) -> i32 {
        self.0.percent_complete
    }
}

/// Public plan queries: no sign-in needed.
#[derive(Default)]
pub struct PublicPlanQuery;

#[Object]
impl PublicPlanQuery {
    /// The plan summaries published to the public pages, newest first. No sign-in needed.
    async fn public_plan_summaries(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Vec<PublicPlanSummaryObject>> {
        let published = service::published_plans(db(ctx)).await.map_err(internal)?;
        Ok(published
            .into_iter()
            .map(|(summary, published_at)| PublicPlanSummaryObject {
                summary,
                published_at,
            })
            .collect())
    }

    /// One published plan summary; null when there is no plan with this ID, its summary is
    /// not (or no longer) published, or the plan was reopened. No sign-in needed.
    async fn public_plan_summary(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The plan's global ID.")] id: ID,
    ) -> ApiResult<Option<PublicPlanSummaryObject>> {
        let id = arg_id::<ActionPlanId>("id", &id)?;
        let found = service::published_plan(db(ctx), id)
            .await
            .map_err(internal)?;
        Ok(
            found.map(|(summary, published_at)| PublicPlanSummaryObject {
                summary,
                published_at,
            }),
        )
    }
}
