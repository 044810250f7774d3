//! GraphQL `PracticeTransfer` and the reads that follow a good practice to the plan actions
//! adopting it, only through plans the viewer may read, batched.

use async_graphql::{Context, Object};
use mega_domain::GoodPracticeId;
use mega_domain::action_plan::{ActionPlan, PlanAction};

use super::{ActionObject, ActionPlanObject, GoodPracticeObject};
use crate::context::actor;
use crate::error::ApiResult;
use crate::loaders::access::{ActionLoader, ActionPlanLoader};
use crate::loaders::action_plans::{AdoptersOfPracticeLoader, GroupsOfPlanLoader};
use crate::loaders::{GoodPracticeLoader, load_many, load_one};
use crate::services;

/// Whether the viewer reads `plan` (the facts of unpublished plans batched per request).
async fn reads(ctx: &Context<'_>, plan: &ActionPlan) -> ApiResult<bool> {
    let groups = if plan.stage.published() {
        Vec::new()
    } else {
        load_one::<GroupsOfPlanLoader, _>(ctx, plan.id)
            .await?
            .unwrap_or_default()
    };
    Ok(services::action_plans::may_read_given(
        actor(ctx),
        plan,
        &groups,
    ))
}

/// The actions adopting `practice` whose plans the viewer reads, in the order they were
/// linked.
pub(crate) async fn adopters(
    ctx: &Context<'_>,
    practice: GoodPracticeId,
) -> ApiResult<Vec<ActionObject>> {
    let links = load_one::<AdoptersOfPracticeLoader, _>(ctx, practice)
        .await?
        .unwrap_or_default();
    let ids: Vec<_> = links.iter().map(|(action, _)| *action).collect();
    let mut adopting = Vec::new();
    for action in load_many::<ActionLoader, _>(ctx, &ids).await? {
        if let Some(plan) = load_one::<ActionPlanLoader, _>(ctx, action.plan_id).await?
            && reads(ctx, &plan).await?
        {
            adopting.push(ActionObject(action));
        }
    }
    Ok(adopting)
}

/// One practice taken up by one plan action.
pub struct PracticeTransferObject {
    /// The practice.
    pub practice: GoodPracticeId,
    /// The adopting action.
    pub action: PlanAction,
    /// Its plan.
    pub plan: ActionPlan,
}

/// A good practice taken up by a plan action: where it comes from (`goodPractice.organisation`),
/// who adopts it (`actionPlan.organisation`), with which action and how far it got
/// (`action.progress`, its steps' statuses).
#[Object(name = "PracticeTransfer")]
impl PracticeTransferObject {
    /// The practice.
    async fn good_practice(&self, ctx: &Context<'_>) -> ApiResult<Option<GoodPracticeObject>> {
        Ok(load_one::<GoodPracticeLoader, _>(ctx, self.practice)
            .await?
            .map(GoodPracticeObject))
    }

    /// The action that adopts it.
    async fn action(&self) -> ActionObject {
        ActionObject(self.action.clone())
    }

    /// The adopting action's plan (its organisation is the adopting city).
    async fn action_plan(&self) -> ActionPlanObject {
        ActionPlanObject(self.plan.clone())
    }
}
