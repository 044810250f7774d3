//! Evidence the network quotes: awards such as Munich's Phoenix Award, and figures about its
//! territories ("30,000 businesses run by migrant citizens").

use serde::Serialize;

use crate::event::{parse_country, parse_optional, parse_required};
use crate::proposed_action::parse_questions;
use crate::webinar::check_count;
use crate::{AwardId, OrganisationId, Problems, TerritoryFactId, TerritoryId, ValidationError};

/// An award edition, e.g. the Phoenix Award 2018.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Award {
    /// Identity.
    pub id: AwardId,
    /// Name, e.g. "Phoenix Award".
    pub name: String,
    /// Edition number, e.g. 9.
    pub edition: Option<i32>,
    /// Year.
    pub year: i32,
    /// The criteria the jury applied.
    pub criteria: Vec<String>,
    /// How many applications were submitted.
    pub applications: Option<i32>,
    /// The winners, in printed order.
    pub winners: Vec<AwardWinner>,
}

/// A winner of an award.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AwardWinner {
    /// Name, e.g. "USTR GmbH".
    pub name: String,
    /// What the winner does, e.g. "cleaning services".
    pub activity: String,
    /// The organisation, when it is known to the network.
    pub organisation_id: Option<OrganisationId>,
}

/// A figure quoted as evidence.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TerritoryFact {
    /// Identity.
    pub id: TerritoryFactId,
    /// The territory it is about; none when the figure has no partner-territory scope.
    pub territory_id: Option<TerritoryId>,
    /// ISO 3166-1 alpha-2 country it is about, when printed without a territory.
    pub country: Option<String>,
    /// What is counted, e.g. "businesses run by migrant citizens".
    pub figure: String,
    /// The number, e.g. 30000 (0.5 for "every second").
    pub value: f64,
    /// Unit, e.g. "businesses".
    pub unit: String,
    /// The year the figure refers to, when stated.
    pub year: Option<i32>,
    /// A qualifier printed with the number, e.g. "around", "more than".
    pub qualifier: Option<String>,
    /// The sentence it is quoted from.
    pub source_text: String,
    /// Where in the source it is, e.g. "Munich event / 1. Phoenix Award".
    pub section: Option<String>,
}

/// Most winners of one award.
pub const MAX_WINNERS: usize = 100;

/// A winner as given.
#[derive(Clone, Debug, Default)]
pub struct WinnerDraft {
    /// Name, 1–200 characters.
    pub name: String,
    /// Activity, 1–300 characters.
    pub activity: String,
    /// The organisation, when known.
    pub organisation_id: Option<OrganisationId>,
}

/// A new award as given, before validation.
#[derive(Clone, Debug, Default)]
pub struct AwardDraft {
    /// Name, 1–200 characters.
    pub name: String,
    /// Edition, at least 0.
    pub edition: Option<i32>,
    /// Year, 1900–2100.
    pub year: i32,
    /// Criteria.
    pub criteria: Vec<String>,
    /// Applications, at least 0.
    pub applications: Option<i32>,
    /// Winners, at most [`MAX_WINNERS`].
    pub winners: Vec<WinnerDraft>,
}

/// What an award holds besides its identity, validated. Whether the winners' organisations
/// exist is the service's question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AwardFields {
    /// Name.
    pub name: String,
    /// Edition number.
    pub edition: Option<i32>,
    /// Year.
    pub year: i32,
    /// Criteria.
    pub criteria: Vec<String>,
    /// Applications submitted.
    pub applications: Option<i32>,
    /// Winners in order.
    pub winners: Vec<AwardWinner>,
}

impl WinnerDraft {
    /// The winner, or the first problem of its texts (reported on `winners`).
    fn validate(self) -> Result<AwardWinner, ValidationError> {
        let name = parse_required("winners", &self.name, 200);
        let activity = parse_required("winners", &self.activity, 300);
        Ok(AwardWinner {
            name: name?,
            activity: activity?,
            organisation_id: self.organisation_id,
        })
    }
}

impl AwardDraft {
    /// The validated fields, or every problem (one per faulty winner).
    pub fn validate(self) -> Result<AwardFields, Vec<ValidationError>> {
        let mut problems = Problems::new();
        let name = problems.check(parse_required("name", &self.name, 200));
        problems.check(check_year("year", self.year));
        problems.check(check_count("applications", self.applications));
        problems.check(check_count("edition", self.edition));
        let criteria = problems.check(parse_questions("criteria", &self.criteria));
        if self.winners.len() > MAX_WINNERS {
            problems.push(
                ValidationError::new(
                    "winners",
                    "TOO_MANY",
                    format!("winners may hold at most {MAX_WINNERS} entries."),
                )
                .with("max", MAX_WINNERS),
            );
        }
        let winners = self
            .winners
            .into_iter()
            .filter_map(|winner| problems.take(winner.validate()))
            .collect();
        problems.finish(AwardFields {
            name,
            edition: self.edition,
            year: self.year,
            criteria,
            applications: self.applications,
            winners,
        })
    }
}

/// A new territory fact as given, before validation.
#[derive(Clone, Debug, Default)]
pub struct TerritoryFactDraft {
    /// Territory.
    pub territory_id: Option<TerritoryId>,
    /// Country when there is no territory; blank means none.
    pub country: Option<String>,
    /// What is counted, 1–300 characters.
    pub figure: String,
    /// The number.
    pub value: f64,
    /// Unit, 1–100 characters.
    pub unit: String,
    /// Year, 1900–2100.
    pub year: Option<i32>,
    /// Qualifier, at most 100 characters.
    pub qualifier: Option<String>,
    /// The quoted sentence, 1–2,000 characters.
    pub source_text: String,
    /// Where in the source, at most 300 characters.
    pub section: Option<String>,
}

/// What a territory fact holds besides its identity, validated. Whether the territory
/// exists is the service's question.
#[derive(Clone, Debug, PartialEq)]
pub struct TerritoryFactFields {
    /// Territory.
    pub territory_id: Option<TerritoryId>,
    /// ISO 3166-1 alpha-2 country when there is no territory.
    pub country: Option<String>,
    /// What is counted.
    pub figure: String,
    /// The number.
    pub value: f64,
    /// Unit.
    pub unit: String,
    /// Year.
    pub year: Option<i32>,
    /// Qualifier.
    pub qualifier: Option<String>,
    /// The quoted sentence.
    pub source_text: String,
    /// Where in the source.
    pub section: Option<String>,
}

impl TerritoryFactDraft {
    /// The validated fields, or every problem.
    pub fn validate(self) -> Result<TerritoryFactFields, Vec<ValidationError>> {
        let mut problems = Problems::new();
        let figure = problems.check(parse_required("figure", &self.figure, 300));
        let unit = problems.check(parse_required("unit", &self.unit, 100));
        let source_text = problems.check(parse_required("sourceText", &self.source_text, 2_000));
        let qualifier = problems.check(parse_optional("qualifier", self.qualifier.as_deref(), 100));
        let section = problems.check(parse_optional("section", self.section.as_deref(), 300));
        let country = match self.country.as_deref().map(str::trim) {
            Some(raw) if !raw.is_empty() => problems.take(parse_country("country", raw)),
            _ => None,
        };
        problems.check(check_value(self.value));
        if let Some(year) = self.year {
            problems.check(check_year("year", year));
        }
        problems.finish(TerritoryFactFields {
            territory_id: self.territory_id,
            country,
            figure,
            value: self.value,
            unit,
            year: self.year,
            qualifier,
            source_text,
            section,
        })
    }
}

/// A year between 1900 and 2100.
pub fn check_year(field: &'static str, year: i32) -> Result<(), ValidationError> {
    if (1900..=2100).contains(&year) {
        Ok(())
    } else {
        Err(ValidationError::new(
            field,
            "INVALID_YEAR",
            format!("{field} must be between 1900 and 2100."),
        )
        .with("min", 1900)
        .with("max", 2100))
    }
}

/// A figure's value: a finite number.
pub fn check_value(value: f64) -> Result<(), ValidationError> {
    if value.is_finite() {
        Ok(())
    } else {
        Err(ValidationError::new(
            "value",
            "INVALID_NUMBER",
            "value must be a finite number.",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn award_drafts_report_every_problem_once_per_winner() {
        let winner = |name: &str, activity: &str| WinnerDraft {
            name: name.into(),
            activity: activity.into(),
            organisation_id: None,
        };
        let draft = AwardDraft {
            name: " Phoenix Award ".into(),
            year: 2018,
            criteria: vec![" Innovation ".into(), String::new()],
            winners: vec![winner("USTR GmbH", "cleaning services")],
            ..Default::default()
        };
        let fields = draft.clone().validate().unwrap();
        assert_eq!(fields.name, "Phoenix Award");
        assert_eq!(fields.criteria, ["Innovation"]);
        assert_eq!(fields.winners[0].activity, "cleaning services");
        let errors = AwardDraft {
            name: String::new(),
            year: 18,
            edition: Some(-1),
            winners: vec![winner("", ""), winner("Ok", "")],
            ..draft
        }
        .validate()
        .unwrap_err();
        let codes: Vec<_> = errors.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            codes,
            [
                ("name", "REQUIRED"),
                ("year", "INVALID_YEAR"),
                ("edition", "NEGATIVE_COUNT"),
                ("winners", "REQUIRED"),
                ("winners", "REQUIRED"),
            ]
        );
    }

    #[test]
    fn fact_drafts_read_blank_countries_as_none() {
        let draft = TerritoryFactDraft {
            country: Some(" de ".into()),
            figure: "businesses".into(),
            value: 30_000.0,
            unit: "businesses".into(),
            source_text: "30,000 businesses".into(),
            qualifier: Some(" ".into()),
            ..Default::default()
        };
        let fields = draft.clone().validate().unwrap();
        assert_eq!(fields.country.as_deref(), Some("DE"));
        assert_eq!(fields.qualifier, None);
        let blank = TerritoryFactDraft {
            country: Some("  ".into()),
            ..draft.clone()
        };
        assert_eq!(blank.validate().unwrap().country, None);
        let codes: Vec<_> = TerritoryFactDraft {
            country: Some("Germany".into()),
            value: f64::INFINITY,
            year: Some(3000),
            unit: String::new(),
            ..draft
        }
        .validate()
        .unwrap_err()
        .iter()
        .map(|e| e.code)
        .collect();
        assert_eq!(
            codes,
            [
                "REQUIRED",
                "INVALID_COUNTRY",
                "INVALID_NUMBER",
                "INVALID_YEAR"
            ]
        );
    }

    #[test]
    fn years_and_values_are_bounded() {
        assert!(check_year("year", 2018).is_ok());
        assert_eq!(check_year("year", 18).unwrap_err().code, "INVALID_YEAR");
        assert!(check_value(1.2e11).is_ok());
        assert_eq!(check_value(f64::NAN).unwrap_err().code, "INVALID_NUMBER");
    }
}
