//! Reading action plans (each through the policy).

use async_graphql::{Context, ID, InputObject, Object};
use mega_domain::action_plan::ActionPlanId;
use mega_domain::{OrganisationId, WorkingGroupId};
use mega_persistence::action_plans;

use crate::connection::{PageConnection, connection, page_request};
use crate::context::{actor, db};
use crate::error::{ApiError, ApiResult};
use crate::global_id::NodeType;
use crate::resolve::{arg_id, internal};
use crate::services::{ServiceError, action_plans as service};
use crate::types::ActionPlanObject;
use crate::types::action_plan::PlanStageGql;

/// Narrows `actionPlans`.
#[derive(InputObject, Default)]
pub struct ActionPlanFilter {
    /// Only plans in this stage.
    pub stage: Option<PlanStageGql>,
    /// Only this organisation's plan.
    pub organisation_id: Option<ID>,
    /// Only plans with an action in this working group's thematic area.
    pub working_group_id: Option<ID>,
}

/// Action-plan queries.
#[derive(Default)]
pub struct ActionPlanQuery;

fn denied(err: ServiceError) -> ApiError {
    internal(err)
}

#[Object]
impl ActionPlanQuery {
    /// The action plans the caller may read (ADOPTED and later: everyone signed in; DRAFT
    /// and SUBMITTED: see `ActionPlan`), ordered by creation.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn action_plans(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Narrows the list.")] filter: Option<ActionPlanFilter>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<PageConnection<ActionPlanObject>> {
        let actor = actor(ctx);
        mega_domain::authorize(actor, mega_domain::Action::ReadNetwork)?;
        let request = page_request(first, after)?;
        let filter = filter.unwrap_or_default();
        let organisation = filter
            .organisation_id
            .map(|id| arg_id::<OrganisationId>("organisationId", &id))
            .transpose()?;
        let group = filter
            .working_group_id
            .map(|id| arg_id::<WorkingGroupId>("workingGroupId", &id))
            .transpose()?;
        let filter = action_plans::PlanFilter {
            stage: filter.stage.map(Into::into),
            organisation,
            group,
        };
        let page = service::page(db(ctx), actor, filter, request)
            .await
            .map_err(denied)?;
        Ok(connection(page, ActionPlanObject))
    }

    /// One action plan. `FORBIDDEN` when the caller may not read it.
    async fn action_plan(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Option<ActionPlanObject>> {
        let actor = actor(ctx);
        mega_domain::authorize(actor, mega_domain::Action::ReadNetwork)?;
        let id = arg_id::<ActionPlanId>("id", &id)?;
        let Some(plan) = action_plans::find(db(ctx).conn(), id).await? else {
            return Ok(None);
        };
        if !service::may_read(db(ctx), actor, &plan)
            .await
            .map_err(denied)?
        {
            return Err(ApiError::Forbidden);
        }
        Ok(Some(ActionPlanObject(plan)))
    }
}

/// `node(id:)` for plans, actions and steps: null unless the caller may read the plan.
pub(crate) async fn node(
    ctx: &Context<'_>,
    ty: NodeType,
    raw: i32,
) -> ApiResult<Option<crate::types::Node>> {
    use crate::types::{ActionObject, Node};
    use mega_domain::action_plan::{ActionId, ActionStepId};
    let actor = actor(ctx);
    let conn = db(ctx).conn();
    let (plan_id, node) = match ty {
        NodeType::ActionPlan => (ActionPlanId(raw), None),
        NodeType::Action => {
            let Some(action) = action_plans::find_action(conn, ActionId(raw)).await? else {
                return Ok(None);
            };
            (action.plan_id, Some(Node::Action(ActionObject(action))))
        }
        NodeType::ActionStep => {
            let Some(step) = action_plans::find_step(conn, ActionStepId(raw)).await? else {
                return Ok(None);
            };
            let Some(action) = action_plans::find_action(conn, step.action_id).await? else {
                return Ok(None);
            };
            let steps = action_plans::steps_of_actions(conn, &[action.id]).await?;
            let object = crate::types::action_plan::ordered_steps(steps)
                .into_iter()
                .find(|o| o.step.id == step.id);
            (action.plan_id, object.map(Node::ActionStep))
        }
        _ => return Ok(None),
    };
    let Some(plan) = action_plans::find(conn, plan_id).await? else {
        return Ok(None);
    };
    if !service::may_read(db(ctx), actor, &plan)
        .await
        .map_err(denied)?
    {
        return Ok(None);
    }
    Ok(match node {
        Some(node) => Some(node),
        None => Some(Node::ActionPlan(ActionPlanObject(plan))),
    })
}
