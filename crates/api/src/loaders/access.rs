//! DataLoaders of the facts the policy needs for capability fields (`viewerCan…`) and of the
//! objects some fields point to: a whole list of objects asks in one statement per kind of
//! fact, never one per object.

use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::dataloader::Loader;
use mega_domain::action_plan::{
    ActionId, ActionPlan, ActionPlanId, ActionStep, ActionStepId, PlanAction,
};
use mega_domain::monitoring::ProgressReport;
use mega_domain::{
    BenchmarkRound, BenchmarkRoundId, ProgressReportId, ThematicAreaId, UserId, WorkingGroupId,
};
use mega_persistence::{
    Database, PersistenceError, action_plans, benchmarks, monitoring, working_groups,
};

use super::Batches;

type LoadResult<K, V> = Result<HashMap<K, V>, Arc<PersistenceError>>;

/// Loads action plans by id.
pub struct ActionPlanLoader(pub Database);
/// Loads actions by id.
pub struct ActionLoader(pub Database);
/// Loads steps by id.
pub struct StepLoader(pub Database);
/// Loads progress reports by id.
pub struct ProgressReportLoader(pub Database);
/// Loads benchmark rounds by id.
pub struct BenchmarkRoundLoader(pub Database);
/// Loads the working groups of thematic areas.
pub struct GroupsOfAreaLoader(pub Database);
/// Loads the experts invited to working groups.
pub struct ExpertsOfGroupLoader(pub Database);
/// Loads the working groups experts are invited to.
pub struct GroupsOfExpertLoader(pub Database);

super::by_id_loader!(
    ActionPlanLoader,
    ActionPlanId,
    ActionPlan,
    action_plans::find_by_ids
);
super::by_id_loader!(
    ActionLoader,
    ActionId,
    PlanAction,
    action_plans::actions_by_ids
);
super::by_id_loader!(
    StepLoader,
    ActionStepId,
    ActionStep,
    action_plans::steps_by_ids
);
super::by_id_loader!(
    ProgressReportLoader,
    ProgressReportId,
    ProgressReport,
    monitoring::reports_by_ids
);
super::by_id_loader!(
    BenchmarkRoundLoader,
    BenchmarkRoundId,
    BenchmarkRound,
    benchmarks::rounds_by_ids
);

impl Loader<ThematicAreaId> for GroupsOfAreaLoader {
    type Value = Vec<WorkingGroupId>;
    type Error = Arc<PersistenceError>;

    async fn load(
        &self,
        keys: &[ThematicAreaId],
    ) -> LoadResult<ThematicAreaId, Vec<WorkingGroupId>> {
        let pairs = working_groups::of_thematic_areas(self.0.conn(), keys)
            .await
            .map_err(Arc::new)?;
        let mut grouped: HashMap<_, Vec<_>> = keys.iter().map(|key| (*key, Vec::new())).collect();
        for (area, group) in pairs {
            grouped.entry(area).or_default().push(group);
        }
        Ok(grouped)
    }
}

impl Loader<WorkingGroupId> for ExpertsOfGroupLoader {
    type Value = Vec<UserId>;
    type Error = Arc<PersistenceError>;

    async fn load(&self, keys: &[WorkingGroupId]) -> LoadResult<WorkingGroupId, Vec<UserId>> {
        let pairs = working_groups::invitations_of_groups(self.0.conn(), keys)
            .await
            .map_err(Arc::new)?;
        let mut grouped: HashMap<_, Vec<_>> = keys.iter().map(|key| (*key, Vec::new())).collect();
        for (group, user) in pairs {
            grouped.entry(group).or_default().push(user);
        }
        Ok(grouped)
    }
}

impl Loader<UserId> for GroupsOfExpertLoader {
    type Value = Vec<WorkingGroupId>;
    type Error = Arc<PersistenceError>;

    async fn load(&self, keys: &[UserId]) -> LoadResult<UserId, Vec<WorkingGroupId>> {
        let pairs = working_groups::invitations_of_users(self.0.conn(), keys)
            .await
            .map_err(Arc::new)?;
        let mut grouped: HashMap<_, Vec<_>> = keys.iter().map(|key| (*key, Vec::new())).collect();
        for (user, group) in pairs {
            grouped.entry(user).or_default().push(group);
        }
        Ok(grouped)
    }
}

/// Registers this module's loaders on a request.
pub fn attach(
    request: async_graphql::Request,
    db: &Database,
    batches: &Batches,
) -> async_graphql::Request {
    request
        .data(batches.loader(ActionPlanLoader(db.clone())))
        .data(batches.loader(ActionLoader(db.clone())))
        .data(batches.loader(StepLoader(db.clone())))
        .data(batches.loader(ProgressReportLoader(db.clone())))
        .data(batches.loader(BenchmarkRoundLoader(db.clone())))
        .data(batches.loader(GroupsOfAreaLoader(db.clone())))
        .data(batches.loader(ExpertsOfGroupLoader(db.clone())))
        .data(batches.loader(GroupsOfExpertLoader(db.clone())))
}
