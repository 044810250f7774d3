//! Events such as the Munich peer-learning event, their participants (people without a
//! login), and the text and date rules their fields follow.

use chrono::NaiveDate;
use serde::Serialize;

use crate::{EventId, OrganisationId, ParticipantId, TerritoryId, ValidationError};

/// A gathering of the network, e.g. the Munich peer-learning event of December 2018.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Event {
    /// Identity.
    pub id: EventId,
    /// Title, e.g. "Peer Learning Event".
    pub title: String,
    /// Address of the venue.
    pub venue: String,
    /// City, e.g. "Munich".
    pub city: String,
    /// The partner territory hosting the event, if any.
    pub territory_id: Option<TerritoryId>,
    /// First day.
    pub start_date: NaiveDate,
    /// Last day (not before the first).
    pub end_date: NaiveDate,
    /// The dates as printed, e.g. "4-6 December 2018".
    pub dates_text: Option<String>,
}

/// A person who attended an event; people need no login.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Participant {
    /// Identity.
    pub id: ParticipantId,
    /// The event.
    pub event_id: EventId,
    /// Given name(s), e.g. "Toufic M.".
    pub first_name: String,
    /// Surname with its particles, e.g. "von Kapff".
    pub last_name: String,
    /// The organisation the person came for, when it is known to the network.
    pub organisation_id: Option<OrganisationId>,
    /// The organisation as printed, e.g. "Company Founding, IHK Munich".
    pub organisation_text: String,
    /// ISO 3166-1 alpha-2 country code, e.g. "DE".
    pub country: String,
}

/// A required text of 1–`max` characters, trimmed.
pub fn parse_required(
    field: &'static str,
    raw: &str,
    max: usize,
) -> Result<String, ValidationError> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(ValidationError::new(
            field,
            "REQUIRED",
            format!("{field} is required."),
        ));
    }
    check_length(field, text, max)?;
    Ok(text.to_owned())
}

/// An optional text of at most `max` characters, trimmed; empty becomes `None`.
pub fn parse_optional(
    field: &'static str,
    raw: Option<&str>,
    max: usize,
) -> Result<Option<String>, ValidationError> {
    let Some(text) = raw.map(str::trim).filter(|text| !text.is_empty()) else {
        return Ok(None);
    };
    check_length(field, text, max)?;
    Ok(Some(text.to_owned()))
}

fn check_length(field: &'static str, text: &str, max: usize) -> Result<(), ValidationError> {
    if text.chars().count() > max {
        return Err(ValidationError::new(
            field,
            "TOO_LONG",
            format!("{field} must be at most {max} characters."),
        ));
    }
    Ok(())
}

/// An ISO 3166-1 alpha-2 code: two letters, stored upper-case.
pub fn parse_country(field: &'static str, raw: &str) -> Result<String, ValidationError> {
    let code = raw.trim().to_ascii_uppercase();
    if code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(code)
    } else {
        Err(ValidationError::new(
            field,
            "INVALID_COUNTRY",
            "Country must be an ISO 3166-1 alpha-2 code such as DE.",
        ))
    }
}

/// The dates of an event: the last day must not be before the first.
pub fn check_dates(start: NaiveDate, end: NaiveDate) -> Result<(), ValidationError> {
    if end < start {
        return Err(ValidationError::new(
            "endDate",
            "END_BEFORE_START",
            "The event cannot end before it starts.",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_trimmed_and_bounded() {
        assert_eq!(parse_required("city", " Munich ", 10).unwrap(), "Munich");
        assert_eq!(
            parse_required("city", "  ", 10).unwrap_err().code,
            "REQUIRED"
        );
        assert_eq!(
            parse_required("city", "Munich", 3).unwrap_err().code,
            "TOO_LONG"
        );
        assert_eq!(parse_optional("datesText", Some(" "), 10).unwrap(), None);
        assert_eq!(parse_optional("datesText", None, 10).unwrap(), None);
    }

    #[test]
    fn countries_are_two_letters() {
        assert_eq!(parse_country("country", "de").unwrap(), "DE");
        for bad in ["", "D", "DEU", "D1", "ÄÖ"] {
            assert_eq!(
                parse_country("country", bad).unwrap_err().code,
                "INVALID_COUNTRY"
            );
        }
    }

    #[test]
    fn events_do_not_end_before_they_start() {
        let day = |d| NaiveDate::from_ymd_opt(2018, 12, d).unwrap();
        assert!(check_dates(day(4), day(6)).is_ok());
        assert!(check_dates(day(4), day(4)).is_ok());
        assert_eq!(
            check_dates(day(6), day(4)).unwrap_err().code,
            "END_BEFORE_START"
        );
    }
}
