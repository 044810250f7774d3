//! A working group's webinars: when they take place (an instant plus the IANA time zone it
//! was planned in), who presents (leading members only) and which good practices are shown.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::working_group::parse_title;
use crate::{
    GoodPracticeId, Membership, MembershipRole, OrganisationId, Problems, ValidationError,
    WebinarId, WorkingGroupId,
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

/// Most good practices shown in one webinar.
pub const MAX_GOOD_PRACTICES: usize = 50;

/// A webinar as given, before validation.
#[derive(Clone, Debug)]
pub struct WebinarDraft {
    /// Title, 1–200 characters.
    pub title: String,
    /// Start.
    pub starts_at: DateTime<Utc>,
    /// IANA time zone.
    pub time_zone: String,
    /// Presenting organisations, in order.
    pub presenter_ids: Vec<OrganisationId>,
    /// Recording address.
    pub recording_url: Option<String>,
    /// Good practices shown, in order.
    pub good_practice_ids: Vec<GoodPracticeId>,
    /// Attendance.
    pub attendance: Option<i32>,
}

/// What a webinar holds besides its identity, validated. Whether the good practices exist
/// is the service's question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebinarFields {
    /// The group holding it.
    pub working_group_id: WorkingGroupId,
    /// Title.
    pub title: String,
    /// Start.
    pub starts_at: DateTime<Utc>,
    /// IANA time zone.
    pub time_zone: String,
    /// Presenting organisations (leading members of the group), in order.
    pub presenter_ids: Vec<OrganisationId>,
    /// Recording address.
    pub recording_url: Option<String>,
    /// Good practices shown, each once, in order.
    pub good_practice_ids: Vec<GoodPracticeId>,
    /// Attendance.
    pub attendance: Option<i32>,
}

impl WebinarDraft {
    /// The fields of a webinar of `group`, whose memberships are `members`: every field
    /// problem at once, then (only when there is none) a good practice named twice.
    pub fn validate(
        self,
        group: WorkingGroupId,
        members: &[Membership],
    ) -> Result<WebinarFields, Vec<ValidationError>> {
        let mut problems = Problems::new();
        let title = problems.check(parse_title("title", &self.title));
        let time_zone = problems.check(parse_time_zone(&self.time_zone));
        let recording_url =
            problems.check(parse_url("recordingUrl", self.recording_url.as_deref()));
        problems.check(check_count("attendance", self.attendance));
        problems.check(check_presenters(&self.presenter_ids, members));
        if self.good_practice_ids.len() > MAX_GOOD_PRACTICES {
            problems.push(
                ValidationError::new(
                    "goodPracticeIds",
                    "TOO_MANY",
                    format!("goodPracticeIds may hold at most {MAX_GOOD_PRACTICES} entries."),
                )
                .with("max", MAX_GOOD_PRACTICES),
            );
        }
        let fields = problems.finish(WebinarFields {
            working_group_id: group,
            title,
            starts_at: self.starts_at,
            time_zone,
            presenter_ids: self.presenter_ids,
            recording_url,
            good_practice_ids: self.good_practice_ids,
            attendance: self.attendance,
        })?;
        let mut practices = fields.good_practice_ids.clone();
        practices.sort_unstable();
        practices.dedup();
        if practices.len() != fields.good_practice_ids.len() {
            return Err(vec![ValidationError::new(
                "goodPracticeIds",
                "DUPLICATE",
                "A good practice is named twice.",
            )]);
        }
        Ok(fields)
    }
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
        )
        .with("max", 20));
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
    fn webinar_drafts_report_field_problems_before_duplicates() {
        let leader = Membership {
            id: MembershipId(1),
            working_group_id: WorkingGroupId(1),
            organisation_id: OrganisationId(1),
            role: MembershipRole::Leading,
            participation: Participation::Mandatory,
            note: None,
        };
        let draft = WebinarDraft {
            title: " Supplier diversity ".into(),
            starts_at: Utc::now(),
            time_zone: "Europe/Berlin".into(),
            presenter_ids: vec![OrganisationId(1)],
            recording_url: Some(" ".into()),
            good_practice_ids: vec![GoodPracticeId(2), GoodPracticeId(1)],
            attendance: Some(12),
        };
        let fields = draft
            .clone()
            .validate(WorkingGroupId(1), std::slice::from_ref(&leader))
            .unwrap();
        assert_eq!(fields.title, "Supplier diversity");
        assert_eq!(fields.recording_url, None);
        assert_eq!(
            fields.good_practice_ids,
            [GoodPracticeId(2), GoodPracticeId(1)]
        );
        let codes = |draft: WebinarDraft| -> Vec<&str> {
            draft
                .validate(WorkingGroupId(1), std::slice::from_ref(&leader))
                .unwrap_err()
                .iter()
                .map(|e| e.code)
                .collect()
        };
        let broken = WebinarDraft {
            title: String::new(),
            time_zone: "CET".into(),
            attendance: Some(-1),
            presenter_ids: Vec::new(),
            good_practice_ids: vec![GoodPracticeId(1); MAX_GOOD_PRACTICES + 1],
            ..draft.clone()
        };
        assert_eq!(
            codes(broken),
            [
                "REQUIRED",
                "INVALID_TIME_ZONE",
                "NEGATIVE_COUNT",
                "REQUIRED",
                "TOO_MANY"
            ]
        );
        let twice = WebinarDraft {
            good_practice_ids: vec![GoodPracticeId(1), GoodPracticeId(1)],
            ..draft
        };
        assert_eq!(codes(twice), ["DUPLICATE"]);
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
