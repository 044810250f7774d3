//! Evidence the network quotes: awards such as Munich's Phoenix Award, and figures about its
//! territories ("30,000 businesses run by migrant citizens").

use serde::Serialize;

use crate::{AwardId, OrganisationId, TerritoryFactId, TerritoryId, ValidationError};

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

/// A year between 1900 and 2100.
pub fn check_year(field: &'static str, year: i32) -> Result<(), ValidationError> {
    if (1900..=2100).contains(&year) {
        Ok(())
    } else {
        Err(ValidationError::new(
            field,
            "INVALID_YEAR",
            format!("{field} must be between 1900 and 2100."),
        ))
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
    fn years_and_values_are_bounded() {
        assert!(check_year("year", 2018).is_ok());
        assert_eq!(check_year("year", 18).unwrap_err().code, "INVALID_YEAR");
        assert!(check_value(1.2e11).is_ok());
        assert_eq!(check_value(f64::NAN).unwrap_err().code, "INVALID_NUMBER");
    }
}
