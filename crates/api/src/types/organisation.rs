//! GraphQL `Organisation` and `OrganisationKind`.

use async_graphql::{Context, Enum, ID, Object, dataloader::DataLoader};
use mega_domain::{Organisation, OrganisationKind};

use super::TerritoryObject;
use crate::error::{ApiError, ApiResult};
use crate::global_id::{NodeType, encode};
use crate::loaders::TerritoryLoader;

/// What kind of body an organisation is.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(name = "OrganisationKind")]
pub enum OrganisationKindGql {
    /// A city or regional administration.
    Municipality,
    /// A chamber of commerce, industry or crafts.
    ChamberOfCommerce,
    /// A business association.
    BusinessOrganisation,
    /// An organisation run by or for immigrants.
    ImmigrantOrganisation,
    /// A non-governmental organisation.
    Ngo,
    /// A (regional) development agency.
    DevelopmentAgency,
    /// The network's coordinator.
    Coordinator,
    /// Anything else.
    Other,
}

impl From<OrganisationKind> for OrganisationKindGql {
    fn from(kind: OrganisationKind) -> Self {
        match kind {
            OrganisationKind::Municipality => Self::Municipality,
            OrganisationKind::ChamberOfCommerce => Self::ChamberOfCommerce,
            OrganisationKind::BusinessOrganisation => Self::BusinessOrganisation,
            OrganisationKind::ImmigrantOrganisation => Self::ImmigrantOrganisation,
            OrganisationKind::Ngo => Self::Ngo,
            OrganisationKind::DevelopmentAgency => Self::DevelopmentAgency,
            OrganisationKind::Coordinator => Self::Coordinator,
            OrganisationKind::Other => Self::Other,
        }
    }
}

/// A body acting in the network: a consortium partner, a stakeholder or the coordinator.
pub struct OrganisationObject(pub Organisation);

/// A body acting in the network: a consortium partner, a stakeholder or the coordinator.
#[Object(name = "Organisation")]
impl OrganisationObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(NodeType::Organisation, self.0.id.0)
    }

    /// Full name, e.g. "Unternehmer ohne Grenzen e.V.".
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// Short name, e.g. "UoG", when the organisation uses one.
    async fn short_name(&self) -> Option<&str> {
        self.0.short_name.as_deref()
    }

    /// What kind of body it is.
    async fn kind(&self) -> OrganisationKindGql {
        self.0.kind.into()
    }

    /// The city or region it belongs to, if any.
    async fn territory(&self, ctx: &Context<'_>) -> ApiResult<Option<TerritoryObject>> {
        let Some(id) = self.0.territory_id else {
            return Ok(None);
        };
        let loader = ctx.data_unchecked::<DataLoader<TerritoryLoader>>();
        let territory = loader
            .load_one(id)
            .await
            .map_err(|err| ApiError::Internal(err.to_string()))?;
        Ok(territory.map(TerritoryObject))
    }

    /// Whether it is a partner of the project consortium.
    async fn consortium_partner(&self) -> bool {
        self.0.consortium_partner
    }
}
