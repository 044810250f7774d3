//! DataLoaders of action plans: a whole plan with its actions, steps and history loads in a
//! constant number of statements, however large it is.

use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::dataloader::Loader;

use super::Batches;
use mega_domain::action_plan::{
    ActionId, ActionPlan, ActionPlanId, ActionStep, PlanAction, PlanBaseline, PlanChange,
    StageChange,
};
use mega_domain::{OrganisationId, WorkingGroupId};
use mega_persistence::{Database, PersistenceError, action_plans};

type LoadResult<K, V> = Result<HashMap<K, V>, Arc<PersistenceError>>;

/// Loads the plans of organisations.
pub struct ActionPlanOfOrganisationLoader(pub Database);
/// Loads the actions of plans.
pub struct ActionsOfPlanLoader(pub Database);
/// Loads the steps of actions.
pub struct StepsOfActionLoader(pub Database);
/// Loads the stage histories of plans.
pub struct HistoryOfPlanLoader(pub Database);
/// Loads the change histories (re-planning, baselines set) of plans.
pub struct ChangesOfPlanLoader(pub Database);
/// Loads the numbered baselines of plans.
pub struct BaselinesOfPlanLoader(pub Database);
/// Loads the good practices each action adopts.
pub struct PracticesOfActionLoader(pub Database);
/// Loads the actions that adopt each good practice.
pub struct AdoptersOfPracticeLoader(pub Database);
/// Loads the working groups each plan's actions concern: the facts deciding who reads an
/// unpublished plan, for a page of organisations in one batch instead of two statements per
/// plan.
pub struct GroupsOfPlanLoader(pub Database);

impl Loader<ActionPlanId> for GroupsOfPlanLoader {
    type Value = Vec<WorkingGroupId>;
    type Error = Arc<PersistenceError>;

    async fn load(&self, keys: &[ActionPlanId]) -> LoadResult<ActionPlanId, Vec<WorkingGroupId>> {
        crate::services::action_plans::plan_groups(self.0.conn(), keys)
            .await
            .map_err(Arc::new)
    }
}

impl Loader<OrganisationId> for ActionPlanOfOrganisationLoader {
    type Value = ActionPlan;
    type Error = Arc<PersistenceError>;

    async fn load(&self, keys: &[OrganisationId]) -> LoadResult<OrganisationId, ActionPlan> {
        let rows = action_plans::of_organisations(self.0.conn(), keys)
            .await
            .map_err(Arc::new)?;
        Ok(rows
            .into_iter()
            .map(|plan| (plan.organisation_id, plan))
            .collect())
    }
}

super::grouped_loader!(
    ActionsOfPlanLoader,
    ActionPlanId,
    PlanAction,
    action_plans::actions_of_plans,
    |a| a.plan_id
);
super::grouped_loader!(
    StepsOfActionLoader,
    ActionId,
    ActionStep,
    action_plans::steps_of_actions,
    |s| s.action_id
);
super::grouped_loader!(
    HistoryOfPlanLoader,
    ActionPlanId,
    StageChange,
    action_plans::history_of_plans,
    |c| c.plan_id
);

super::grouped_loader!(
    ChangesOfPlanLoader,
    ActionPlanId,
    PlanChange,
    action_plans::changes_of_plans,
    |c| c.plan_id
);
super::grouped_loader!(
    BaselinesOfPlanLoader,
    ActionPlanId,
    PlanBaseline,
    action_plans::baselines_of_plans,
    |b| b.plan_id
);

super::grouped_loader!(
    PracticesOfActionLoader,
    ActionId,
    action_plans::PracticeLink,
    action_plans::practices_of_actions,
    |link| link.0
);
super::grouped_loader!(
    AdoptersOfPracticeLoader,
    mega_domain::GoodPracticeId,
    action_plans::PracticeLink,
    action_plans::adopters_of_practices,
    |link| link.1
);

/// Registers the action-plan loaders on a request.
pub fn attach(
    request: async_graphql::Request,
    db: &Database,
    batches: &Batches,
) -> async_graphql::Request {
    request
        .data(batches.loader(ActionPlanOfOrganisationLoader(db.clone())))
        .data(batches.loader(ActionsOfPlanLoader(db.clone())))
        .data(batches.loader(StepsOfActionLoader(db.clone())))
        .data(batches.loader(HistoryOfPlanLoader(db.clone())))
        .data(batches.loader(ChangesOfPlanLoader(db.clone())))
        .data(batches.loader(BaselinesOfPlanLoader(db.clone())))
        .data(batches.loader(PracticesOfActionLoader(db.clone())))
        .data(batches.loader(AdoptersOfPracticeLoader(db.clone())))
        .data(batches.loader(GroupsOfPlanLoader(db.clone())))
}
