//! GraphQL `PlanChange` (an agreed plan's change history) and `PlanBaseline` (its numbered
//! baselines, each a snapshot of every step's dates).

use async_graphql::{Context, Enum, ID, Object};
use chrono::{DateTime, Utc};
use mega_domain::action_plan::{BaselineStep, PlanBaseline, PlanChange};

use super::UserObject;
use super::action_plan::PartialDateScalar;
use crate::error::ApiResult;
use crate::global_id::encode;
use crate::loaders::{UserLoader, load_one};

/// What a change of an agreed plan did.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(
    name = "PlanChangeKind",
    remote = "mega_domain::action_plan::PlanChangeKind"
)]
pub enum PlanChangeKindGql {
    /// A step's dates moved.
    DatesChanged,
    /// A step was added.
    StepAdded,
    /// A step (with its sub-steps) was removed.
    StepRemoved,
    /// An action (with its steps) was removed.
    ActionRemoved,
    /// A new baseline was set.
    BaselineSet,
}

async fn user(ctx: &Context<'_>, id: Option<mega_domain::UserId>) -> ApiResult<Option<UserObject>> {
    let Some(id) = id else { return Ok(None) };
    Ok(load_one::<UserLoader, _>(ctx, id)
        .await?
        .map(UserObject::new))
}

/// One entry of a plan's change history.
pub struct PlanChangeObject(pub PlanChange);

/// A change of an agreed plan: a step's dates moved, a step added or removed (each with the
/// reason given), or a new baseline set.
#[Object(name = "PlanChange")]
impl PlanChangeObject {
    /// What happened.
    async fn kind(&self) -> PlanChangeKindGql {
        self.0.kind.into()
    }

    /// The step's ID (the step may have been removed since); null for a baseline.
    async fn step_id(&self) -> Option<ID> {
        self.0.step_id.map(encode)
    }

    /// The step's title when the change was made (the action's, for ACTION_REMOVED).
    async fn step_title(&self) -> Option<&str> {
        self.0.step_title.as_deref()
    }

    /// The start before the change (null for an added step).
    async fn previous_start(&self) -> Option<PartialDateScalar> {
        self.0.previous.0.map(PartialDateScalar)
    }

    /// The end before the change.
    async fn previous_end(&self) -> Option<PartialDateScalar> {
        self.0.previous.1.map(PartialDateScalar)
    }

    /// The start after the change (null for a removed step).
    async fn start(&self) -> Option<PartialDateScalar> {
        self.0.current.0.map(PartialDateScalar)
    }

    /// The end after the change.
    async fn end(&self) -> Option<PartialDateScalar> {
        self.0.current.1.map(PartialDateScalar)
    }

    /// The baseline set, for BASELINE_SET.
    async fn baseline_number(&self) -> Option<i32> {
        self.0.baseline_number
    }

    /// Why, in the changer's words.
    async fn reason(&self) -> Option<&str> {
        self.0.reason.as_deref()
    }

    /// Who made it.
    async fn by(&self, ctx: &Context<'_>) -> ApiResult<Option<UserObject>> {
        user(ctx, self.0.by).await
    }

    /// When.
    async fn at(&self) -> DateTime<Utc> {
        self.0.at
    }
}

/// One numbered baseline of a plan.
pub struct PlanBaselineObject(pub PlanBaseline);

/// A baseline: every step's dates as they were agreed at one moment, kept for comparison.
#[Object(name = "PlanBaseline")]
impl PlanBaselineObject {
    /// 1 for the first adoption's, then 2, 3, ….
    async fn number(&self) -> i32 {
        self.0.number
    }

    /// Why it was set.
    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }

    /// Who set it; null for an import.
    async fn set_by(&self, ctx: &Context<'_>) -> ApiResult<Option<UserObject>> {
        user(ctx, self.0.set_by).await
    }

    /// When.
    async fn set_at(&self) -> DateTime<Utc> {
        self.0.set_at
    }

    /// Every step's dates then, in plan order.
    async fn steps(&self) -> Vec<BaselineStepObject<'_>> {
        self.0.steps.iter().map(BaselineStepObject).collect()
    }
}

/// A step's dates in a baseline.
pub struct BaselineStepObject<'a>(&'a BaselineStep);

/// A step's dates as one baseline froze them.
#[Object(name = "PlanBaselineStep")]
impl BaselineStepObject<'_> {
    /// The step's ID (it may have been removed since).
    async fn step_id(&self) -> Option<ID> {
        self.0.step_id.map(encode)
    }

    /// Its title then.
    async fn title(&self) -> &str {
        &self.0.title
    }

    /// Its start then.
    async fn start(&self) -> Option<PartialDateScalar> {
        self.0.start.map(PartialDateScalar)
    }

    /// Its end then.
    async fn end(&self) -> Option<PartialDateScalar> {
        self.0.end.map(PartialDateScalar)
    }
}
