//! DataLoaders of monitoring: the latest report of steps, calls by id, and each group's last
//! and next call — each a constant number of statements for a whole page.

use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::dataloader::Loader;
use chrono::{NaiveDate, Utc};
use mega_domain::action_plan::ActionStepId;
use mega_domain::monitoring::{CoordinationCall, Decision, ProgressReport};
use mega_domain::{CoordinationCallId, WorkingGroupId};
use mega_persistence::{Database, PersistenceError, monitoring};

use super::Batches;

type LoadResult<K, V> = Result<HashMap<K, V>, Arc<PersistenceError>>;

/// Loads the latest progress report of steps.
pub struct LatestReportOfStepLoader(pub Database);
/// Loads coordination calls by id.
pub struct CoordinationCallLoader(pub Database);
/// Loads the decisions that concern steps, each with the call it was taken at.
pub struct DecisionsOfStepLoader(pub Database);
/// Loads, per working group, the dates of its last call up to today and its next one after.
pub struct CallDatesOfGroupLoader(pub Database);

/// A group's last call held up to today and next call scheduled after today.
#[derive(Clone, Copy, Debug, Default)]
pub struct CallDates {
    /// The last call held on or before today.
    pub last: Option<NaiveDate>,
    /// The first call scheduled after today.
    pub next_scheduled: Option<NaiveDate>,
}

impl Loader<ActionStepId> for LatestReportOfStepLoader {
    type Value = ProgressReport;
    type Error = Arc<PersistenceError>;

    async fn load(&self, keys: &[ActionStepId]) -> LoadResult<ActionStepId, ProgressReport> {
        monitoring::latest_of_steps(self.0.conn(), keys)
            .await
            .map_err(Arc::new)
    }
}

impl Loader<CoordinationCallId> for CoordinationCallLoader {
    type Value = CoordinationCall;
    type Error = Arc<PersistenceError>;

    async fn load(
        &self,
        keys: &[CoordinationCallId],
    ) -> LoadResult<CoordinationCallId, CoordinationCall> {
        let calls = monitoring::calls_by_ids(self.0.conn(), keys)
            .await
            .map_err(Arc::new)?;
        Ok(calls.into_iter().map(|call| (call.id, call)).collect())
    }
}

impl Loader<ActionStepId> for DecisionsOfStepLoader {
    type Value = Vec<(CoordinationCall, Decision)>;
    type Error = Arc<PersistenceError>;

    async fn load(
        &self,
        keys: &[ActionStepId],
    ) -> LoadResult<ActionStepId, Vec<(CoordinationCall, Decision)>> {
        monitoring::decisions_of_steps(self.0.conn(), keys)
            .await
            .map_err(Arc::new)
    }
}

impl Loader<WorkingGroupId> for CallDatesOfGroupLoader {
    type Value = CallDates;
    type Error = Arc<PersistenceError>;

    async fn load(&self, keys: &[WorkingGroupId]) -> LoadResult<WorkingGroupId, CallDates> {
        let today = Utc::now().date_naive();
        let last = monitoring::last_calls(self.0.conn(), today)
            .await
            .map_err(Arc::new)?;
        let next = monitoring::next_scheduled_calls(self.0.conn(), today)
            .await
            .map_err(Arc::new)?;
        Ok(keys
            .iter()
            .map(|group| {
                (
                    *group,
                    CallDates {
                        last: last.get(group).copied(),
                        next_scheduled: next.get(group).copied(),
                    },
                )
            })
            .collect())
    }
}

/// Registers the monitoring loaders on a request.
pub fn attach(
    request: async_graphql::Request,
    db: &Database,
    batches: &Batches,
) -> async_graphql::Request {
    request
        .data(batches.loader(LatestReportOfStepLoader(db.clone())))
        .data(batches.loader(CoordinationCallLoader(db.clone())))
        .data(batches.loader(CallDatesOfGroupLoader(db.clone())))
        .data(batches.loader(DecisionsOfStepLoader(db.clone())))
}
