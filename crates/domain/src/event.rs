//! Events such as the Munich peer-learning event, their participants (people without a
//! login), and the text and date rules their fields follow.

use chrono::NaiveDate;
use serde::Serialize;

use crate::working_group::parse_title;
use crate::{EventId, OrganisationId, ParticipantId, Problems, TerritoryId, ValidationError};

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

/// An event's fields as given (for create and update).
#[derive(Clone, Debug)]
pub struct EventDraft {
    /// Title.
    pub title: String,
    /// Venue address.
    pub venue: String,
    /// City.
    pub city: String,
    /// Hosting territory.
    pub territory_id: Option<TerritoryId>,
    /// First day.
    pub start_date: NaiveDate,
    /// Last day.
    pub end_date: NaiveDate,
    /// Dates as printed.
    pub dates_text: Option<String>,
}

/// What an event holds besides its identity: validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventFields {
    /// Title, 1–200 characters.
    pub title: String,
    /// Venue address, 1–300 characters.
    pub venue: String,
    /// City, 1–200 characters.
    pub city: String,
    /// Hosting territory.
    pub territory_id: Option<TerritoryId>,
    /// First day.
    pub start_date: NaiveDate,
    /// Last day, not before the first.
    pub end_date: NaiveDate,
    /// Dates as printed, at most 200 characters.
    pub dates_text: Option<String>,
}

impl EventDraft {
    /// Validates the draft, reporting every problem. Whether the territory exists is the
    /// caller's to check.
    pub fn validate(self) -> Result<EventFields, Vec<ValidationError>> {
        let mut problems = Problems::new();
        let title = problems.check(parse_title("title", &self.title));
        let venue = problems.check(parse_required("venue", &self.venue, 300));
        let city = problems.check(parse_required("city", &self.city, 200));
        let dates_text =
            problems.check(parse_optional("datesText", self.dates_text.as_deref(), 200));
        problems.check(check_dates(self.start_date, self.end_date));
        problems.finish(EventFields {
            title,
            venue,
            city,
            territory_id: self.territory_id,
            start_date: self.start_date,
            end_date: self.end_date,
            dates_text,
        })
    }
}

/// A participant as given.
#[derive(Clone, Debug)]
pub struct ParticipantDraft {
    /// Given name(s).
    pub first_name: String,
    /// Surname.
    pub last_name: String,
    /// The organisation, when known to the network.
    pub organisation_id: Option<OrganisationId>,
    /// The organisation as printed.
    pub organisation_text: String,
    /// ISO alpha-2 country.
    pub country: String,
}

/// What a participant holds besides its identity and event: validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParticipantFields {
    /// Given name(s), 1–200 characters.
    pub first_name: String,
    /// Surname, 1–200 characters.
    pub last_name: String,
    /// The organisation, when known to the network.
    pub organisation_id: Option<OrganisationId>,
    /// The organisation as printed, 1–300 characters.
    pub organisation_text: String,
    /// ISO 3166-1 alpha-2 country code, upper case.
    pub country: String,
}

impl ParticipantDraft {
    /// Validates the draft, reporting every problem. Whether the organisation exists is the
    /// caller's to check.
    pub fn validate(self) -> Result<ParticipantFields, Vec<ValidationError>> {
        let mut problems = Problems::new();
        let first_name = problems.check(parse_required("firstName", &self.first_name, 200));
        let last_name = problems.check(parse_required("lastName", &self.last_name, 200));
        let organisation_text = problems.check(parse_required(
            "organisationText",
            &self.organisation_text,
            300,
        ));
        let country = problems.check(parse_country("country", &self.country));
        problems.finish(ParticipantFields {
            first_name,
            last_name,
            organisation_id: self.organisation_id,
            organisation_text,
            country,
        })
    }
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
        )
        .with("max", max));
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
    fn event_drafts_report_every_problem() {
        let day = |d| NaiveDate::from_ymd_opt(2018, 12, d).unwrap();
        let draft = EventDraft {
            title: " Peer Learning Event ".into(),
            venue: "IHK".into(),
            city: "Munich".into(),
            territory_id: None,
            start_date: day(4),
            end_date: day(6),
            dates_text: Some(" ".into()),
        };
        let fields = draft.clone().validate().unwrap();
        assert_eq!(
            (fields.title.as_str(), fields.dates_text),
            ("Peer Learning Event", None)
        );
        let bad = EventDraft {
            title: " ".into(),
            city: String::new(),
            end_date: day(3),
            ..draft
        };
        let found: Vec<_> = bad
            .validate()
            .unwrap_err()
            .iter()
            .map(|e| (e.field, e.code))
            .collect();
        assert_eq!(
            found,
            [
                ("title", "REQUIRED"),
                ("city", "REQUIRED"),
                ("endDate", "END_BEFORE_START")
            ]
        );
    }

    #[test]
    fn participant_drafts_report_every_problem() {
        let draft = ParticipantDraft {
            first_name: " Toufic M. ".into(),
            last_name: "Mahmoud".into(),
            organisation_id: None,
            organisation_text: "GRDR".into(),
            country: "fr".into(),
        };
        let fields = draft.clone().validate().unwrap();
        assert_eq!(
            (fields.first_name.as_str(), fields.country.as_str()),
            ("Toufic M.", "FR")
        );
        let bad = ParticipantDraft {
            last_name: " ".into(),
            country: "FRA".into(),
            ..draft
        };
        let codes: Vec<_> = bad.validate().unwrap_err().iter().map(|e| e.code).collect();
        assert_eq!(codes, ["REQUIRED", "INVALID_COUNTRY"]);
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
