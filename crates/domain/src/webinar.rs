//! A working group's webinars: when they take place (an instant plus the IANA time zone it
//! was planned in), who presents (leading members only) and which good practices are shown.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::{
    GoodPracticeId, Membership, MembershipRole, OrganisationId, ValidationError, WebinarId,
    WorkingGroupId,
};

/// A working group's online session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Webinar {
    /// Identity.
    pub id: WebinarId,
    /// The group holding it.
    pub working_group_id: WorkingGroupId,
    /// Title.
    pub title: String,
    /// When it starts.
    pub starts_at: DateTime<Utc>,
    /// The IANA time zone it is planned in, e.g. "Europe/Berlin".
    pub time_zone: String,
    /// The presenting organisations, leading members of the group, in order.
    pub presenter_ids: Vec<OrganisationId>,
    /// Where the recording is, an http(s) address.
    pub recording_url: Option<String>,
    /// The good practices shown, in order.
    pub good_practice_ids: Vec<GoodPracticeId>,
    /// How many people attended, when known.
    pub attendance: Option<i32>,
}

/// The areas of the IANA time-zone database (plus `UTC` and `Etc/…`).
const TIME_ZONE_AREAS: &[&str] = &[
    "Africa",
    "America",
    "Antarctica",
    "Arctic",
    "Asia",
    "Atlantic",
    "Australia",
    "Etc",
    "Europe",
    "Indian",
    "Pacific",
];

/// An IANA time-zone name by its format: `UTC`, or `Area/Location[/Sub]` with a known area
/// and locations of ASCII letters, digits, `_`, `-` and `+`, at most 64 characters. Whether
/// the location exists is not checked (there is no zone database in the build).
pub fn parse_time_zone(raw: &str) -> Result<String, ValidationError> {
    let zone = raw.trim();
    let invalid = || {
        ValidationError::new(
            "timeZone",
            "INVALID_TIME_ZONE",
            "Time zone must be an IANA name such as Europe/Berlin, or UTC.",
        )
    };
    if zone == "UTC" {
        return Ok(zone.to_owned());
    }
    if zone.len() > 64 {
        return Err(invalid());
    }
    let mut parts = zone.split('/');
    let area = parts.next().unwrap_or_default();
    let rest: Vec<&str> = parts.collect();
    let location_ok = |part: &&str| {
        !part.is_empty()
            && part.starts_with(|c: char| c.is_ascii_alphabetic())
            && part
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+'))
    };
    if TIME_ZONE_AREAS.contains(&area)
        && (1..=2).contains(&rest.len())
        && rest.iter().all(location_ok)
    {
        Ok(zone.to_owned())
    } else {
        Err(invalid())
    }
}

/// An optional http(s) address of at most 2,000 characters, with a host and no whitespace.
pub fn parse_url(
    field: &'static str,
    raw: Option<&str>,
) -> Result<Option<String>, ValidationError> {
    let Some(url) = raw.map(str::trim).filter(|url| !url.is_empty()) else {
        return Ok(None);
    };
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    let host = rest.map(|rest| rest.split(['/', '?', '#']).next().unwrap_or_default());
    let valid = url.len() <= 2_000
        && !url.chars().any(char::is_whitespace)
        && host.is_some_and(|host| !host.is_empty() && !host.starts_with(':'));
    if valid {
        Ok(Some(url.to_owned()))
    } else {
        Err(ValidationError::new(
            field,
            "INVALID_URL",
            format!("{field} must be an http:// or https:// address."),
        ))
    }
}

/// A count that is unknown or at least zero.
pub fn check_count(field: &'static str, count: Option<i32>) -> Result<(), ValidationError> {
    match count {
        Some(count) if count < 0 => Err(ValidationError::new(
            field,
            "NEGATIVE_COUNT",
            format!("{field} cannot be negative."),
        )),
        _ => Ok(()),
    }
}

/// Presenters must be leading members of the group (`members` are the group's
/// memberships), named once each, and there must be at least one.
pub fn check_presenters(
    presenters: &[OrganisationId],
    members: &[Membership],
) -> Result<(), ValidationError> {
    if presenters.is_empty() {
        return Err(ValidationError::new(
            "presenterIds",
            "REQUIRED",
            "A webinar needs at least one presenter.",
        ));
    }
    if presenters.len() > 20 {
        return Err(ValidationError::new(
            "presenterIds",
            "TOO_MANY",
            "presenterIds may hold at most 20 entries.",
        ));
    }
    for (index, presenter) in presenters.iter().enumerate() {
        if presenters[..index].contains(presenter) {
            return Err(ValidationError::new(
                "presenterIds",
                "DUPLICATE",
                "An organisation is named twice among the presenters.",
            ));
        }
        let leads = members.iter().any(|membership| {
            membership.organisation_id == *presenter && membership.role == MembershipRole::Leading
        });
        if !leads {
            return Err(ValidationError::new(
                "presenterIds",
                "NOT_LEADING",
                "Every presenter must be a leading member of the working group.",
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{MembershipId, Participation};

    #[test]
    fn time_zones_are_iana_names() {
        for good in [
            "Europe/Berlin",
            "UTC",
            "America/Argentina/Buenos_Aires",
            "Etc/GMT+1",
        ] {
            assert_eq!(parse_time_zone(good).unwrap(), good);
        }
        for bad in [
            "",
            "Berlin",
            "Mars/Olympus",
            "Europe/",
            "Europe/Ber lin",
            "CET",
        ] {
            assert_eq!(
                parse_time_zone(bad).unwrap_err().code,
                "INVALID_TIME_ZONE",
                "{bad}"
            );
        }
    }

    #[test]
    fn recordings_are_http_addresses() {
        assert_eq!(parse_url("recordingUrl", Some(" ")).unwrap(), None);
        assert!(parse_url("recordingUrl", Some("https://example.org/a?b")).is_ok());
        assert!(parse_url("recordingUrl", Some("HTTP://example.org")).is_ok());
        for bad in [
            "ftp://example.org",
            "javascript:alert(1)",
            "https://",
            "https:///path",
            "https://exa mple.org",
            "example.org",
        ] {
            assert_eq!(
                parse_url("recordingUrl", Some(bad)).unwrap_err().code,
                "INVALID_URL",
                "{bad}"
            );
        }
    }

    #[test]
    fn presenters_lead_the_group() {
        let member = |org, role| Membership {
            id: MembershipId(org),
            working_group_id: WorkingGroupId(1),
            organisation_id: OrganisationId(org),
            role,
            participation: Participation::Mandatory,
            note: None,
        };
        let members = [
            member(1, MembershipRole::Leading),
            member(2, MembershipRole::Learning),
        ];
        assert!(check_presenters(&[OrganisationId(1)], &members).is_ok());
        let code = |p: &[OrganisationId]| check_presenters(p, &members).unwrap_err().code;
        assert_eq!(code(&[OrganisationId(2)]), "NOT_LEADING");
        assert_eq!(code(&[OrganisationId(3)]), "NOT_LEADING");
        assert_eq!(code(&[]), "REQUIRED");
        assert_eq!(code(&[OrganisationId(1), OrganisationId(1)]), "DUPLICATE");
        assert_eq!(
            check_count("attendance", Some(-1)).unwrap_err().code,
            "NEGATIVE_COUNT"
        );
        assert!(check_count("attendance", Some(0)).is_ok());
    }
}
