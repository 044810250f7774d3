//! Re-planning agreed plans: moving a step's dates with a reason, and setting a new baseline.

use async_graphql::{Context, ID, InputObject, Object};
use mega_domain::action_plan::{ActionPlanId, ActionStepId, ReplanDraft};

use super::action_plans::{ActionPlanPayload, ActionStepPayload, numbered};
use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::{input_id, settle};
use crate::services::action_plans as service;
use crate::types::ActionPlanObject;

/// Input of `replanActionStep`.
#[derive(InputObject)]
pub struct ReplanActionStepInput {
    /// The step.
    pub id: ID,
    /// The version you read; a stale one gives `STALE_VERSION` and changes nothing.
    pub expected_version: i32,
    /// New start: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (`INVALID_DATE`); null clears it.
    pub start: Option<String>,
    /// New end, as the start; not before it (`END_BEFORE_START`).
    pub end: Option<String>,
    /// Why (at most 2,000 characters): required when the plan is ADOPTED or IMPLEMENTING
    /// (`REASON_REQUIRED`); kept in the plan's `changes`.
    pub reason: Option<String>,
}

/// Input of `setPlanBaseline`.
#[derive(InputObject)]
pub struct SetPlanBaselineInput {
    /// The plan (ADOPTED or IMPLEMENTING; else `NOT_AGREED`).
    pub action_plan_id: ID,
    /// The plan's version you read.
    pub expected_version: i32,
    /// Why a new baseline (at most 2,000 characters), kept with it.
    pub note: Option<String>,
}

/// Re-planning mutations.
#[derive(Default)]
pub struct ReplanningMutation;

#[Object]
impl ReplanningMutation {
    /// Moves a step's dates at `expectedVersion`. The baseline stays; a printed wording of a
    /// date that moves is cleared. Members of the plan's organisation until it is COMPLETED,
    /// the coordinator always; once the plan is ADOPTED a `reason` is required and the move is
    /// kept in the plan's `changes`.
    async fn replan_action_step(
        &self,
        ctx: &Context<'_>,
        input: ReplanActionStepInput,
    ) -> ApiResult<ActionStepPayload> {
        let result = async {
            let id = input_id::<ActionStepId>("id", &input.id)?;
            let draft = ReplanDraft {
                start: input.start,
                end: input.end,
                reason: input.reason,
            };
            let step = service::replan_step(db(ctx), actor(ctx), id, input.expected_version, draft)
                .await?;
            numbered(ctx, step).await
        }
        .await;
        Ok(settle(result)?.into())
    }

    /// Sets the next baseline of an ADOPTED or IMPLEMENTING plan from its steps' current
    /// dates; earlier baselines stay in `baselines` for comparison, and slippage is measured
    /// against the new one. The coordinator only.
    async fn set_plan_baseline(
        &self,
        ctx: &Context<'_>,
        input: SetPlanBaselineInput,
    ) -> ApiResult<ActionPlanPayload> {
        let result = async {
            let id = input_id::<ActionPlanId>("actionPlanId", &input.action_plan_id)?;
            service::set_baseline(db(ctx), actor(ctx), id, input.expected_version, input.note)
                .await
                .map(ActionPlanObject)
        }
        .await;
        Ok(settle(result)?.into())
    }
}
