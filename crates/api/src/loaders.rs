//! DataLoaders: nested fields are fetched in one statement per type and request, never one per
//! parent. Each loader lives for one request only.

use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::dataloader::Loader;
use mega_domain::action_plan::{ActionId, ActionPlanId};
use mega_domain::{
    AgendaItem, Event, EventId, Feedback, FeedbackTarget, GoodPractice, GoodPracticeId, Membership,
    Organisation, OrganisationId, PlenaryOutcome, ProposedAction, ProposedActionId, Territory,
    TerritoryFact, TerritoryId, ThematicArea, ThematicAreaId, User, UserId, Webinar, WorkingGroup,
    WorkingGroupId,
};
use mega_persistence::{
    Database, PersistenceError, agenda, events, evidence, feedback, good_practices, organisations,
    plenary_outcomes, proposed_actions, territories, thematic_areas, users, webinars,
    working_groups,
};

/// Loads organisations by id.
pub struct OrganisationLoader(pub Database);
/// Loads territories by id.
pub struct TerritoryLoader(pub Database);
/// Loads thematic areas by id.
pub struct ThematicAreaLoader(pub Database);
/// Loads users by id.
pub struct UserLoader(pub Database);
/// Loads working groups by id.
pub struct WorkingGroupLoader(pub Database);
/// Loads the memberships of working groups.
pub struct MembershipsOfGroupLoader(pub Database);
/// Loads the memberships of organisations.
pub struct MembershipsOfOrganisationLoader(pub Database);
/// Loads events by id.
pub struct EventLoader(pub Database);
/// Loads the agendas of events.
pub struct AgendaOfEventLoader(pub Database);
/// Loads proposed actions by id.
pub struct ProposedActionLoader(pub Database);
/// Loads the proposed actions of working groups.
pub struct ProposedActionsOfGroupLoader(pub Database);
/// Loads the feedback threads of proposed actions.
pub struct FeedbackOfProposedActionLoader(pub Database);
/// Loads the feedback of progress reports.
pub struct FeedbackOfProgressReportLoader(pub Database);
/// Loads the feedback threads on action plans.
pub struct FeedbackOfActionPlanLoader(pub Database);
/// Loads the feedback threads on actions.
pub struct FeedbackOfActionLoader(pub Database);
/// Loads good practices by id.
pub struct GoodPracticeLoader(pub Database);
/// Loads the webinars of working groups.
pub struct WebinarsOfGroupLoader(pub Database);
/// Loads the plenary outcomes of events.
pub struct PlenaryOutcomesOfEventLoader(pub Database);
/// Loads the facts of territories.
pub struct FactsOfTerritoryLoader(pub Database);

type LoadResult<K, V> = Result<HashMap<K, V>, Arc<PersistenceError>>;

macro_rules! by_id_loader {
    ($loader:ty, $key:ty, $value:ty, $find:path) => {
        impl Loader<$key> for $loader {
            type Value = $value;
            type Error = Arc<PersistenceError>;

            async fn load(&self, keys: &[$key]) -> LoadResult<$key, $value> {
                let rows = $find(self.0.conn(), keys).await.map_err(Arc::new)?;
                Ok(rows.into_iter().map(|row| (row.id, row)).collect())
            }
        }
    };
}

pub(crate) use by_id_loader;

by_id_loader!(
    OrganisationLoader,
    OrganisationId,
    Organisation,
    organisations::find_by_ids
);
by_id_loader!(
    TerritoryLoader,
    TerritoryId,
    Territory,
    territories::find_by_ids
);
by_id_loader!(
    ThematicAreaLoader,
    ThematicAreaId,
    ThematicArea,
    thematic_areas::find_by_ids
);
by_id_loader!(UserLoader, UserId, User, users::find_by_ids);
by_id_loader!(
    WorkingGroupLoader,
    WorkingGroupId,
    WorkingGroup,
    working_groups::find_by_ids
);

by_id_loader!(EventLoader, EventId, Event, events::find_by_ids);
by_id_loader!(
    ProposedActionLoader,
    ProposedActionId,
    ProposedAction,
    proposed_actions::find_by_ids
);

/// Implements a loader of lists: one statement for all keys, grouped by `$key_of`.
macro_rules! grouped_loader {
    ($loader:ty, $key:ty, $value:ty, $find:path, $key_of:expr) => {
        impl Loader<$key> for $loader {
            type Value = Vec<$value>;
            type Error = Arc<PersistenceError>;

            async fn load(&self, keys: &[$key]) -> LoadResult<$key, Vec<$value>> {
                let rows = $find(self.0.conn(), keys).await.map_err(Arc::new)?;
                let mut grouped: HashMap<_, Vec<_>> =
                    keys.iter().map(|key| (*key, Vec::new())).collect();
                for row in rows {
                    let key_of: fn(&$value) -> $key = $key_of;
                    grouped.entry(key_of(&row)).or_default().push(row);
                }
                Ok(grouped)
            }
        }
    };
}

pub(crate) use grouped_loader;

grouped_loader!(
    AgendaOfEventLoader,
    EventId,
    AgendaItem,
    agenda::of_events,
    |item| item.event_id
);
grouped_loader!(
    ProposedActionsOfGroupLoader,
    WorkingGroupId,
    ProposedAction,
    proposed_actions::of_groups,
    |action| action.working_group_id
);
grouped_loader!(
    FeedbackOfProposedActionLoader,
    ProposedActionId,
    Feedback,
    feedback::of_proposed_actions,
    |feedback| match feedback.target {
        FeedbackTarget::ProposedAction(id) => id,
        // Only proposed-action feedback is loaded here.
        _ => ProposedActionId(0),
    }
);
grouped_loader!(
    FeedbackOfActionPlanLoader,
    ActionPlanId,
    Feedback,
    feedback::of_action_plans,
    |feedback| match feedback.target {
        FeedbackTarget::ActionPlan(id) => id,
        _ => ActionPlanId(0),
    }
);
grouped_loader!(
    FeedbackOfActionLoader,
    ActionId,
    Feedback,
    feedback::of_actions,
    |feedback| match feedback.target {
        FeedbackTarget::Action(id) => id,
        _ => ActionId(0),
    }
);
grouped_loader!(
    FeedbackOfProgressReportLoader,
    mega_domain::ProgressReportId,
    Feedback,
    feedback::of_progress_reports,
    |feedback| match feedback.target {
        FeedbackTarget::ProgressReport(id) => id,
        _ => mega_domain::ProgressReportId(0),
    }
);

by_id_loader!(
    GoodPracticeLoader,
    GoodPracticeId,
    GoodPractice,
    good_practices::find_by_ids
);
/// Loads when good practices and plan summaries were published to the public pages.
pub struct PublicationLoader(pub Database);

impl Loader<GoodPracticeId> for PublicationLoader {
    type Value = chrono::DateTime<chrono::Utc>;
    type Error = Arc<PersistenceError>;

    async fn load(
        &self,
        keys: &[GoodPracticeId],
    ) -> Result<HashMap<GoodPracticeId, Self::Value>, Self::Error> {
        mega_persistence::public_lessons::publications_of(self.0.conn(), keys)
            .await
            .map_err(Arc::new)
    }
}

impl Loader<ActionPlanId> for PublicationLoader {
    type Value = chrono::DateTime<chrono::Utc>;
    type Error = Arc<PersistenceError>;

    async fn load(
        &self,
        keys: &[ActionPlanId],
    ) -> Result<HashMap<ActionPlanId, Self::Value>, Self::Error> {
        mega_persistence::public_lessons::plan_publications_of(self.0.conn(), keys)
            .await
            .map_err(Arc::new)
    }
}

grouped_loader!(
    WebinarsOfGroupLoader,
    WorkingGroupId,
    Webinar,
    webinars::of_groups,
    |webinar| webinar.working_group_id
);
grouped_loader!(
    PlenaryOutcomesOfEventLoader,
    EventId,
    PlenaryOutcome,
    plenary_outcomes::of_events,
    |outcome| outcome.event_id
);

impl Loader<TerritoryId> for FactsOfTerritoryLoader {
    type Value = Vec<TerritoryFact>;
    type Error = Arc<PersistenceError>;

    async fn load(&self, keys: &[TerritoryId]) -> LoadResult<TerritoryId, Vec<TerritoryFact>> {
        let rows = evidence::facts_of_territories(self.0.conn(), keys)
            .await
            .map_err(Arc::new)?;
        let mut grouped: HashMap<_, Vec<_>> = keys.iter().map(|key| (*key, Vec::new())).collect();
        for row in rows {
            if let Some(territory) = row.territory_id {
                grouped.entry(territory).or_default().push(row);
            }
        }
        Ok(grouped)
    }
}

impl Loader<WorkingGroupId> for MembershipsOfGroupLoader {
    type Value = Vec<Membership>;
    type Error = Arc<PersistenceError>;

    async fn load(&self, keys: &[WorkingGroupId]) -> LoadResult<WorkingGroupId, Vec<Membership>> {
        let rows = working_groups::memberships_of_groups(self.0.conn(), keys)
            .await
            .map_err(Arc::new)?;
        let mut grouped: HashMap<_, Vec<_>> = keys.iter().map(|key| (*key, Vec::new())).collect();
        for row in rows {
            grouped.entry(row.working_group_id).or_default().push(row);
        }
        Ok(grouped)
    }
}

impl Loader<OrganisationId> for MembershipsOfOrganisationLoader {
    type Value = Vec<Membership>;
    type Error = Arc<PersistenceError>;

    async fn load(&self, keys: &[OrganisationId]) -> LoadResult<OrganisationId, Vec<Membership>> {
        let rows = working_groups::memberships_of_organisations(self.0.conn(), keys)
            .await
            .map_err(Arc::new)?;
        let mut grouped: HashMap<_, Vec<_>> = keys.iter().map(|key| (*key, Vec::new())).collect();
        for row in rows {
            grouped.entry(row.organisation_id).or_default().push(row);
        }
        Ok(grouped)
    }
}

pub mod access;
pub mod action_plans;
mod batches;

pub use batches::Batches;
pub mod monitoring;

/// Registers a fresh set of loaders on a request.
pub fn attach(
    request: async_graphql::Request,
    db: &Database,
    batches: &Batches,
) -> async_graphql::Request {
    let request = access::attach(monitoring::attach(request, db, batches), db, batches);
    action_plans::attach(request, db, batches)
        .data(batches.loader(OrganisationLoader(db.clone())))
        .data(batches.loader(TerritoryLoader(db.clone())))
        .data(batches.loader(ThematicAreaLoader(db.clone())))
        .data(batches.loader(UserLoader(db.clone())))
        .data(batches.loader(WorkingGroupLoader(db.clone())))
        .data(batches.loader(MembershipsOfGroupLoader(db.clone())))
        .data(batches.loader(MembershipsOfOrganisationLoader(db.clone())))
        .data(batches.loader(EventLoader(db.clone())))
        .data(batches.loader(AgendaOfEventLoader(db.clone())))
        .data(batches.loader(ProposedActionLoader(db.clone())))
        .data(batches.loader(ProposedActionsOfGroupLoader(db.clone())))
        .data(batches.loader(FeedbackOfProposedActionLoader(db.clone())))
        .data(batches.loader(FeedbackOfActionPlanLoader(db.clone())))
        .data(batches.loader(FeedbackOfActionLoader(db.clone())))
        .data(batches.loader(FeedbackOfProgressReportLoader(db.clone())))
        .data(batches.loader(GoodPracticeLoader(db.clone())))
        .data(batches.loader(PublicationLoader(db.clone())))
        .data(batches.loader(WebinarsOfGroupLoader(db.clone())))
        .data(batches.loader(PlenaryOutcomesOfEventLoader(db.clone())))
        .data(batches.loader(FactsOfTerritoryLoader(db.clone())))
}

/// Loads one value through the request's loader of type `L`.
pub async fn load_one<L, K>(
    ctx: &async_graphql::Context<'_>,
    key: K,
) -> crate::error::ApiResult<Option<L::Value>>
where
    L: Loader<K, Error = Arc<PersistenceError>>,
    K: Send + Sync + std::hash::Hash + Eq + Clone + 'static,
{
    ctx.data_unchecked::<async_graphql::dataloader::DataLoader<L>>()
        .load_one(key)
        .await
        .map_err(|err| crate::error::ApiError::Internal(err.to_string()))
}

/// Loads several values through the request's loader of type `L`, in the order of `keys`
/// (keys without a value are left out).
pub async fn load_many<L, K>(
    ctx: &async_graphql::Context<'_>,
    keys: &[K],
) -> crate::error::ApiResult<Vec<L::Value>>
where
    L: Loader<K, Error = Arc<PersistenceError>>,
    K: Send + Sync + std::hash::Hash + Eq + Clone + 'static,
    L::Value: Clone,
{
    let mut found = ctx
        .data_unchecked::<async_graphql::dataloader::DataLoader<L>>()
        .load_many(keys.iter().cloned())
        .await
        .map_err(|err| crate::error::ApiError::Internal(err.to_string()))?;
    Ok(keys.iter().filter_map(|key| found.remove(key)).collect())
}
