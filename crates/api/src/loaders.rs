//! DataLoaders: nested fields (an organisation's territory, a user's organisation) are fetched
//! in one statement per type and request, never one per parent.

use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::dataloader::Loader;
use mega_domain::{Organisation, OrganisationId, Territory, TerritoryId};
use mega_persistence::{Database, PersistenceError, organisations, territories};

/// Loads organisations by id.
pub struct OrganisationLoader(pub Database);

/// Loads territories by id.
pub struct TerritoryLoader(pub Database);

impl Loader<OrganisationId> for OrganisationLoader {
    type Value = Organisation;
    type Error = Arc<PersistenceError>;

    async fn load(
        &self,
        keys: &[OrganisationId],
    ) -> Result<HashMap<OrganisationId, Organisation>, Self::Error> {
        let rows = organisations::find_by_ids(self.0.conn(), keys)
            .await
            .map_err(Arc::new)?;
        Ok(rows.into_iter().map(|org| (org.id, org)).collect())
    }
}

impl Loader<TerritoryId> for TerritoryLoader {
    type Value = Territory;
    type Error = Arc<PersistenceError>;

    async fn load(
        &self,
        keys: &[TerritoryId],
    ) -> Result<HashMap<TerritoryId, Territory>, Self::Error> {
        let rows = territories::find_by_ids(self.0.conn(), keys)
            .await
            .map_err(Arc::new)?;
        Ok(rows
            .into_iter()
            .map(|territory| (territory.id, territory))
            .collect())
    }
}
