//! Publishing good practices and plan summaries to the public pages and withdrawing them
//! (the coordinator).

use async_graphql::{Context, ID, InputObject, Object};
use mega_domain::GoodPracticeId;
use mega_domain::action_plan::ActionPlanId;

use super::action_plans::ActionPlanPayload;
use super::library::GoodPracticePayload;
use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::{input_id, settle};
use crate::services::public_lessons as service;
use crate::types::{ActionPlanObject, GoodPracticeObject};

/// Input of `publishGoodPractice`, `withdrawGoodPractice`, `publishPlanSummary` and
/// `withdrawPlanSummary`.
#[derive(InputObject)]
pub struct PublicationInput {
    /// The practice or plan.
    pub id: ID,
}

/// Publishes or withdraws the practice `input` names.
async fn set_practice(
    ctx: &Context<'_>,
    input: PublicationInput,
    published: bool,
) -> ApiResult<GoodPracticePayload> {
    let result = async {
        let id = input_id::<GoodPracticeId>("id", &input.id)?;
        service::set_published(db(ctx), actor(ctx), id, published).await
    }
    .await;
    Ok(settle(result.map(GoodPracticeObject))?.into())
}

/// Publishes or withdraws the summary of the plan `input` names.
async fn set_plan(
    ctx: &Context<'_>,
    input: PublicationInput,
    published: bool,
) -> ApiResult<ActionPlanPayload> {
    let result = async {
        let id = input_id::<ActionPlanId>("id", &input.id)?;
        service::set_plan_published(db(ctx), actor(ctx), id, published).await
    }
    .await;
    Ok(settle(result.map(ActionPlanObject))?.into())
}

/// Public-page mutations.
#[derive(Default)]
pub struct PublicLessonMutation;

#[Object]
impl PublicLessonMutation {
    /// Puts a good practice on the public, read-only pages (no sign-in needed to read them);
    /// publishing it again keeps its date. The coordinator only.
    async fn publish_good_practice(
        &self,
        ctx: &Context<'_>,
        input: PublicationInput,
    ) -> ApiResult<GoodPracticePayload> {
        set_practice(ctx, input, true).await
    }

    /// Takes a good practice off the public pages: its public page is gone at once. The
    /// coordinator only.
    async fn withdraw_good_practice(
        &self,
        ctx: &Context<'_>,
        input: PublicationInput,
    ) -> ApiResult<GoodPracticePayload> {
        set_practice(ctx, input, false).await
    }

    /// Puts an agreed plan's summary on the public pages (`/public/plans/…`, no sign-in
    /// needed): its objectives, their steps with dates, status and progress, and the names of
    /// its city and themes; never stakeholders, reports' texts or people. A DRAFT or SUBMITTED
    /// plan is `NOT_AGREED`; publishing again keeps the date. The coordinator only.
    async fn publish_plan_summary(
        &self,
        ctx: &Context<'_>,
        input: PublicationInput,
    ) -> ApiResult<ActionPlanPayload> {
        set_plan(ctx, input, true).await
    }

    /// Takes a plan's summary off the public pages: its public page is gone at once. The
    /// coordinator only.
    async fn withdraw_plan_summary(
        &self,
        ctx: &Context<'_>,
        input: PublicationInput,
    ) -> ApiResult<ActionPlanPayload> {
        set_plan(ctx, input, false).await
    }
}
