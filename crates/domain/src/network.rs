//! The network's reference data: territories, organisations and thematic areas.

use crate::benchmark::{BenchmarkCell, cell_set};
use crate::working_group::parse_title;
use crate::{OrganisationId, Problems, TerritoryId, ThematicAreaId, ValidationError};

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

/// An organisation's fields as given (for create and update).
#[derive(Clone, Debug)]
pub struct OrganisationDraft {
    /// Full name.
    pub name: String,
    /// Short name; blank means none.
    pub short_name: Option<String>,
    /// Kind of body.
    pub kind: OrganisationKind,
    /// City or region.
    pub territory_id: Option<TerritoryId>,
    /// Consortium partner.
    pub consortium_partner: bool,
}

/// What an organisation holds besides its identity: validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrganisationFields {
    /// Full name, 1–200 characters.
    pub name: String,
    /// Short name, at most 200 characters.
    pub short_name: Option<String>,
    /// Kind of body.
    pub kind: OrganisationKind,
    /// City or region.
    pub territory_id: Option<TerritoryId>,
    /// Consortium partner.
    pub consortium_partner: bool,
}

impl OrganisationDraft {
    /// Validates the draft, reporting every problem. Whether the territory exists is the
    /// caller's to check.
    pub fn validate(self) -> Result<OrganisationFields, Vec<ValidationError>> {
        let mut problems = Problems::new();
        let name = problems.check(parse_title("name", &self.name));
        let short_name = problems.check(
            self.short_name
                .as_deref()
                .map(str::trim)
                .filter(|short| !short.is_empty())
                .map(|short| parse_title("shortName", short))
                .transpose(),
        );
        problems.finish(OrganisationFields {
            name,
            short_name,
            kind: self.kind,
            territory_id: self.territory_id,
            consortium_partner: self.consortium_partner,
        })
    }
}

/// The readable part of an organisation's key: its name in lower case, every run of other
/// characters than ASCII letters and digits one hyphen, e.g. `city-of-munich`.
pub fn slugify(name: &str) -> String {
    let mut slug = String::new();
    for c in name.to_lowercase().chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_matches('-').to_owned()
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
    /// The benchmark cells whose levels measure how far a partner is in this theme, in
    /// matrix order (none until someone chooses them).
    pub benchmark_cells: Vec<BenchmarkCell>,
}

/// A territory's fields as given (for create and update).
#[derive(Clone, Debug)]
pub struct TerritoryDraft {
    /// Display name.
    pub name: String,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
}

/// What a territory holds besides its identity: validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TerritoryFields {
    /// Display name, 1–200 characters.
    pub name: String,
    /// ISO 3166-1 alpha-2 country code, upper case.
    pub country: String,
}

impl TerritoryDraft {
    /// Validates the draft, reporting every problem.
    pub fn validate(self) -> Result<TerritoryFields, Vec<ValidationError>> {
        let mut problems = Problems::new();
        let name = problems.check(parse_title("name", &self.name));
        let country = problems.check(crate::event::parse_country("country", &self.country));
        problems.finish(TerritoryFields { name, country })
    }
}

/// Highest number a thematic area may have.
pub const MAX_AREA_NUMBER: i32 = 99;

/// Longest thematic-area description accepted.
pub const MAX_AREA_DESCRIPTION: usize = 5_000;

/// A thematic area's fields as given (for create and update).
#[derive(Clone, Debug)]
pub struct ThematicAreaDraft {
    /// Position in the programme.
    pub number: i32,
    /// Title.
    pub title: String,
    /// What the theme covers; may be blank.
    pub description: String,
    /// The benchmark cells that measure the theme; `None` keeps them (none on create).
    pub benchmark_cells: Option<Vec<BenchmarkCell>>,
}

/// What a thematic area holds besides its identity: validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThematicAreaFields {
    /// Position in the programme, 1–99 (unique).
    pub number: i32,
    /// Title, 1–200 characters.
    pub title: String,
    /// What the theme covers, at most 5,000 characters.
    pub description: String,
    /// The cells that measure the theme, as a set in matrix order; `None` keeps them.
    pub benchmark_cells: Option<Vec<BenchmarkCell>>,
}

impl ThematicAreaDraft {
    /// Validates the draft, reporting every problem. Whether the number is free is the
    /// repository's to tell.
    pub fn validate(self) -> Result<ThematicAreaFields, Vec<ValidationError>> {
        let mut problems = Problems::new();
        if !(1..=MAX_AREA_NUMBER).contains(&self.number) {
            problems.push(
                ValidationError::new(
                    "number",
                    "OUT_OF_RANGE",
                    format!("The number must be between 1 and {MAX_AREA_NUMBER}."),
                )
                .with("min", 1)
                .with("max", MAX_AREA_NUMBER),
            );
        }
        let title = problems.check(parse_title("title", &self.title));
        let description = self.description.trim().to_owned();
        if description.chars().count() > MAX_AREA_DESCRIPTION {
            problems.push(
                ValidationError::new(
                    "description",
                    "TOO_LONG",
                    format!("The description has at most {MAX_AREA_DESCRIPTION} characters."),
                )
                .with("max", MAX_AREA_DESCRIPTION),
            );
        }
        problems.finish(ThematicAreaFields {
            number: self.number,
            title,
            description,
            benchmark_cells: self.benchmark_cells.map(cell_set),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(name: &str, short_name: Option<&str>) -> OrganisationDraft {
        OrganisationDraft {
            name: name.to_owned(),
            short_name: short_name.map(str::to_owned),
            kind: OrganisationKind::Ngo,
            territory_id: None,
            consortium_partner: false,
        }
    }

    #[test]
    fn organisation_drafts_trim_and_report_every_problem() {
        let fields = draft(" Unternehmer ohne Grenzen ", Some(" UoG ")).validate();
        let fields = fields.unwrap();
        assert_eq!(
            (fields.name.as_str(), fields.short_name.as_deref()),
            ("Unternehmer ohne Grenzen", Some("UoG"))
        );
        assert_eq!(draft("X", Some("  ")).validate().unwrap().short_name, None);
        let long = "x".repeat(201);
        let errors = draft(" ", Some(&long)).validate().unwrap_err();
        let found: Vec<_> = errors.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(found, [("name", "REQUIRED"), ("shortName", "TOO_LONG")]);
    }

    #[test]
    fn slugs_keep_letters_and_digits() {
        assert_eq!(slugify("City of Munich"), "city-of-munich");
        assert_eq!(slugify("  GRDR (Paris) 2!"), "grdr-paris-2");
        assert_eq!(slugify("Ümlaut"), "mlaut");
    }

    #[test]
    fn organisation_kind_codes_round_trip() {
        for kind in OrganisationKind::ALL {
            assert_eq!(OrganisationKind::from_code(kind.code()), Some(kind));
        }
        assert_eq!(OrganisationKind::from_code("bank"), None);
    }

    #[test]
    fn territories_and_areas_report_every_problem() {
        let territory = TerritoryDraft {
            name: " ".into(),
            country: "Germany".into(),
        };
        let codes: Vec<_> = territory
            .validate()
            .unwrap_err()
            .into_iter()
            .map(|e| e.code)
            .collect();
        assert_eq!(codes, ["REQUIRED", "INVALID_COUNTRY"]);
        let ok = TerritoryDraft {
            name: " Vienna ".into(),
            country: "at".into(),
        }
        .validate()
        .unwrap();
        assert_eq!((ok.name.as_str(), ok.country.as_str()), ("Vienna", "AT"));

        let area = ThematicAreaDraft {
            number: 0,
            title: "x".repeat(201),
            description: "y".repeat(5_001),
            benchmark_cells: None,
        };
        let codes: Vec<_> = area
            .validate()
            .unwrap_err()
            .into_iter()
            .map(|e| e.code)
            .collect();
        assert_eq!(codes, ["OUT_OF_RANGE", "TOO_LONG", "TOO_LONG"]);
        let cell = BenchmarkCell {
            key_actor: crate::KeyActor::ChamberOfCommerce,
            dimension: crate::Dimension::SupportServices,
        };
        assert_eq!(
            ThematicAreaDraft {
                number: 5,
                title: "Access to finance".into(),
                description: String::new(),
                benchmark_cells: Some(vec![cell, cell]),
            }
            .validate()
            .unwrap()
            .benchmark_cells,
            Some(vec![cell]),
            "the cells are a set"
        );
    }
}
