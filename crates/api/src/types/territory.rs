//! GraphQL `Territory`.

use async_graphql::{Context, ID, Object};
use mega_domain::Territory;

use super::TerritoryFactObject;
use crate::error::ApiResult;
use crate::global_id::encode;
use crate::loaders::{FactsOfTerritoryLoader, load_one};

/// A partner city or region.
pub struct TerritoryObject(pub Territory);

/// A partner city or region.
#[Object(name = "Territory")]
impl TerritoryObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.0.id)
    }

    /// Display name, e.g. "Munich".
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// ISO 3166-1 alpha-2 country code, e.g. "DE".
    async fn country(&self) -> &str {
        &self.0.country
    }

    /// Figures quoted as evidence about this territory, in the order recorded.
    async fn facts(&self, ctx: &Context<'_>) -> ApiResult<Vec<TerritoryFactObject>> {
        Ok(load_one::<FactsOfTerritoryLoader, _>(ctx, self.0.id)
            .await?
            .unwrap_or_default()
            .into_iter()
            .map(TerritoryFactObject)
            .collect())
    }
}
