//! The network's reference data: territories, organisations and thematic areas.

use crate::{OrganisationId, TerritoryId, ThematicAreaId};

/// A partner city or region.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Territory {
    /// Identity.
    pub id: TerritoryId,
    /// Display name, e.g. "Munich".
    pub name: String,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
}

/// What kind of body an organisation is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub enum OrganisationKind {
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
    /// The network's coordinator (MPG).
    Coordinator,
    /// Anything else.
    Other,
}

impl OrganisationKind {
    /// Every kind, in display order.
    pub const ALL: [Self; 8] = [
        Self::Municipality,
        Self::ChamberOfCommerce,
        Self::BusinessOrganisation,
        Self::ImmigrantOrganisation,
        Self::Ngo,
        Self::DevelopmentAgency,
        Self::Coordinator,
        Self::Other,
    ];

    /// The stable code stored in the database and used in the dataset (`snake_case`).
    pub fn code(self) -> &'static str {
        match self {
            Self::Municipality => "municipality",
            Self::ChamberOfCommerce => "chamber_of_commerce",
            Self::BusinessOrganisation => "business_organisation",
            Self::ImmigrantOrganisation => "immigrant_organisation",
            Self::Ngo => "ngo",
            Self::DevelopmentAgency => "development_agency",
            Self::Coordinator => "coordinator",
            Self::Other => "other",
        }
    }

    /// Inverse of [`Self::code`].
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.code() == code)
    }
}

/// A body acting in the network: a partner, a stakeholder or the coordinator.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Organisation {
    /// Identity.
    pub id: OrganisationId,
    /// Full name, e.g. "Unternehmer ohne Grenzen e.V.".
    pub name: String,
    /// Short name, e.g. "UoG".
    pub short_name: Option<String>,
    /// What kind of body it is.
    pub kind: OrganisationKind,
    /// The city or region it belongs to, if any.
    pub territory_id: Option<TerritoryId>,
    /// Whether it is a partner of the project consortium.
    pub consortium_partner: bool,
}

/// One of the learning themes the working groups are organised by.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct ThematicArea {
    /// Identity.
    pub id: ThematicAreaId,
    /// Position in the programme, starting at 1.
    pub number: i32,
    /// Title, e.g. "City leadership".
    pub title: String,
    /// What the theme covers.
    pub description: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisation_kind_codes_round_trip() {
        for kind in OrganisationKind::ALL {
            assert_eq!(OrganisationKind::from_code(kind.code()), Some(kind));
        }
        assert_eq!(OrganisationKind::from_code("bank"), None);
    }
}
