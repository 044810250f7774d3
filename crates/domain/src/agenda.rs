//! An event's agenda: items with local times, presentations and expert feedback, and the
//! rules a timetable must keep (no end before its start, the talks fit the slot, no two items
//! of one track overlap). A check returns every broken rule, each naming the item.

use chrono::{NaiveDate, NaiveTime, Timelike};
use serde::Serialize;

use crate::event::parse_optional;
use crate::working_group::parse_title;
use crate::{AgendaItemId, EventId, OrganisationId, Problems, ValidationError, WorkingGroupId};

/// One organisation's pitch in an agenda item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Presentation {
    /// The presenting organisation.
    pub organisation_id: OrganisationId,
    /// Minutes it speaks.
    pub minutes: i32,
    /// Number of actions it presents.
    pub actions: i32,
}

/// One line of an event's timetable.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AgendaItem {
    /// Identity.
    pub id: AgendaItemId,
    /// The event.
    pub event_id: EventId,
    /// The day.
    pub date: NaiveDate,
    /// Local start time, when printed.
    pub start: Option<NaiveTime>,
    /// Local end time, when printed.
    pub end: Option<NaiveTime>,
    /// The time as printed when it is not a clock time, e.g. "AM/PM".
    pub time_text: Option<String>,
    /// What happens, e.g. "WG - City Leadership".
    pub title: String,
    /// The session it belongs to, e.g. "Session I".
    pub session: Option<String>,
    /// The parallel track; `None` is the main track.
    pub track: Option<String>,
    /// The working group whose slot this is.
    pub working_group_id: Option<WorkingGroupId>,
    /// What the slot is for.
    pub description: Option<String>,
    /// The organisations presenting, in order.
    pub presentations: Vec<Presentation>,
    /// Minutes reserved for the experts' feedback.
    pub expert_feedback_minutes: Option<i32>,
    /// The feedback part as printed, e.g. "Feedback from experts".
    pub expert_feedback_text: Option<String>,
    /// Order as printed, from 1.
    pub position: i32,
}

/// An agenda item's fields as given (for add and update), its presentations included.
#[derive(Clone, Debug)]
pub struct AgendaItemDraft {
    /// The day.
    pub date: NaiveDate,
    /// Start, `HH:MM`; blank means none.
    pub start: Option<String>,
    /// End, `HH:MM`; blank means none.
    pub end: Option<String>,
    /// Time as printed when not a clock time.
    pub time_text: Option<String>,
    /// Title.
    pub title: String,
    /// Session name.
    pub session: Option<String>,
    /// Parallel track; none is the main track.
    pub track: Option<String>,
    /// The working group whose slot it is.
    pub working_group_id: Option<WorkingGroupId>,
    /// What the slot is for.
    pub description: Option<String>,
    /// Presentations in order.
    pub presentations: Vec<Presentation>,
    /// Minutes of expert feedback.
    pub expert_feedback_minutes: Option<i32>,
    /// The feedback part as printed.
    pub expert_feedback_text: Option<String>,
}

/// An agenda item's fields, each valid on its own; [`AgendaItemFields::placed`] puts them
/// on an event's agenda, where [`check_item`] checks the timetable rules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgendaItemFields {
    /// The day.
    pub date: NaiveDate,
    /// Local start time.
    pub start: Option<NaiveTime>,
    /// Local end time.
    pub end: Option<NaiveTime>,
    /// Time as printed, at most 100 characters.
    pub time_text: Option<String>,
    /// Title, 1–200 characters.
    pub title: String,
    /// Session name, at most 200 characters.
    pub session: Option<String>,
    /// Parallel track, at most 200 characters.
    pub track: Option<String>,
    /// The working group whose slot it is.
    pub working_group_id: Option<WorkingGroupId>,
    /// What the slot is for, at most 5,000 characters.
    pub description: Option<String>,
    /// Presentations in order.
    pub presentations: Vec<Presentation>,
    /// Minutes of expert feedback.
    pub expert_feedback_minutes: Option<i32>,
    /// The feedback part as printed, at most 500 characters.
    pub expert_feedback_text: Option<String>,
}

/// An optional local time: blank is none.
fn parse_optional_time(
    field: &'static str,
    raw: Option<&str>,
) -> Result<Option<NaiveTime>, ValidationError> {
    raw.map(str::trim)
        .filter(|raw| !raw.is_empty())
        .map(|raw| parse_time(field, raw))
        .transpose()
}

impl AgendaItemDraft {
    /// Validates the draft's fields, reporting every problem. Whether the group and the
    /// presenting organisations exist is the caller's to check.
    pub fn validate(self) -> Result<AgendaItemFields, Vec<ValidationError>> {
        let mut problems = Problems::new();
        let start = problems.check(parse_optional_time("start", self.start.as_deref()));
        let end = problems.check(parse_optional_time("end", self.end.as_deref()));
        let mut optional = |field: &'static str, raw: Option<String>, max: usize| {
            problems.check(parse_optional(field, raw.as_deref(), max))
        };
        let time_text = optional("timeText", self.time_text, 100);
        let session = optional("session", self.session, 200);
        let track = optional("track", self.track, 200);
        let description = optional("description", self.description, 5_000);
        let expert_feedback_text = optional("expertFeedbackText", self.expert_feedback_text, 500);
        let title = problems.check(parse_title("title", &self.title));
        problems.finish(AgendaItemFields {
            date: self.date,
            start,
            end,
            time_text,
            title,
            session,
            track,
            working_group_id: self.working_group_id,
            description,
            presentations: self.presentations,
            expert_feedback_minutes: self.expert_feedback_minutes,
            expert_feedback_text,
        })
    }
}

impl AgendaItemFields {
    /// The item `id` of `event` at `position` with these fields.
    pub fn placed(self, id: AgendaItemId, event: EventId, position: i32) -> AgendaItem {
        AgendaItem {
            id,
            event_id: event,
            date: self.date,
            start: self.start,
            end: self.end,
            time_text: self.time_text,
            title: self.title,
            session: self.session,
            track: self.track,
            working_group_id: self.working_group_id,
            description: self.description,
            presentations: self.presentations,
            expert_feedback_minutes: self.expert_feedback_minutes,
            expert_feedback_text: self.expert_feedback_text,
            position,
        }
    }
}

/// Parses a local time `HH:MM` (the dataset's `HH.MM` is accepted too).
pub fn parse_time(field: &'static str, raw: &str) -> Result<NaiveTime, ValidationError> {
    NaiveTime::parse_from_str(&raw.trim().replace('.', ":"), "%H:%M").map_err(|_| {
        ValidationError::new(
            field,
            "INVALID_TIME",
            format!("{field} must be a local time HH:MM, e.g. 09:15."),
        )
    })
}

/// Formats a local time as `HH:MM`.
pub fn format_time(time: NaiveTime) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

impl AgendaItem {
    /// Minutes the presentations and the experts' feedback take together.
    pub fn planned_minutes(&self) -> i64 {
        self.presentations
            .iter()
            .map(|p| i64::from(p.minutes))
            .sum::<i64>()
            + i64::from(self.expert_feedback_minutes.unwrap_or(0))
    }

    /// Length of the slot in minutes, when both ends are known.
    pub fn slot_minutes(&self) -> Option<i64> {
        Some((self.end? - self.start?).num_minutes())
    }

    fn span(&self) -> String {
        match (self.start, self.end) {
            (Some(start), Some(end)) => format!("{}–{}", format_time(start), format_time(end)),
            (Some(start), None) => format_time(start),
            _ => self.time_text.clone().unwrap_or_default(),
        }
    }

    fn overlaps(&self, other: &Self) -> bool {
        let (Some(a_start), Some(a_end), Some(b_start), Some(b_end)) =
            (self.start, self.end, other.start, other.end)
        else {
            return false;
        };
        self.date == other.date && self.track == other.track && a_start < b_end && b_start < a_end
    }
}

/// The rules of one item on its own: its end not before its start, no negative minutes, and
/// the talks plus the feedback fitting the slot.
fn check_own(item: &AgendaItem) -> Vec<ValidationError> {
    let mut errors = Vec::new();
    let name = &item.title;
    let negative = item
        .presentations
        .iter()
        .any(|p| p.minutes < 0 || p.actions < 0)
        || item.expert_feedback_minutes.is_some_and(|m| m < 0);
    if negative {
        errors.push(
            ValidationError::new(
                "presentations",
                "NEGATIVE_MINUTES",
                format!("“{name}”: minutes and numbers of actions cannot be negative."),
            )
            .with("item", name),
        );
    }
    if let Some(slot) = item.slot_minutes() {
        if slot < 0 {
            errors.push(
                ValidationError::new(
                    "end",
                    "END_BEFORE_START",
                    format!("“{name}” ends before it starts ({}).", item.span()),
                )
                .with("item", name)
                .with("span", item.span()),
            );
        } else if item.planned_minutes() > slot {
            errors.push(ValidationError::new(
                "presentations",
                "MINUTES_EXCEED_SLOT",
                format!(
                    "“{name}”: presentations and expert feedback take {} minutes, but the slot {} has {slot}.",
                    item.planned_minutes(),
                    item.span()
                ),
            )
            .with("item", name)
            .with("minutes", item.planned_minutes())
            .with("span", item.span())
            .with("slotMinutes", slot));
        }
    }
    errors
}

fn overlap_error(item: &AgendaItem, other: &AgendaItem) -> ValidationError {
    ValidationError::new(
        "start",
        "OVERLAPPING_ITEMS",
        format!(
            "“{}” ({}) overlaps “{}” ({}) on {} in the same track.",
            item.title,
            item.span(),
            other.title,
            other.span(),
            item.date
        ),
    )
    .with("item", &item.title)
    .with("span", item.span())
    .with("other", &other.title)
    .with("otherSpan", other.span())
    .with("date", item.date)
}

/// Checks `item` against the rules and against `others`, the event's other items (without
/// `item` itself). Returns every broken rule; empty when the item may be saved.
pub fn check_item(item: &AgendaItem, others: &[AgendaItem]) -> Vec<ValidationError> {
    let mut errors = check_own(item);
    errors.extend(
        others
            .iter()
            .filter(|other| item.overlaps(other))
            .map(|other| overlap_error(item, other)),
    );
    errors
}

/// Checks a whole agenda; each overlap is reported once, on the later item.
pub fn check_agenda(items: &[AgendaItem]) -> Vec<ValidationError> {
    let mut errors = Vec::new();
    for (index, item) in items.iter().enumerate() {
        errors.extend(check_own(item));
        errors.extend(
            items[..index]
                .iter()
                .filter(|earlier| item.overlaps(earlier))
                .map(|earlier| overlap_error(item, earlier)),
        );
    }
    errors
}

/// The distinct days of an agenda, in order.
pub fn days(items: &[AgendaItem]) -> Vec<NaiveDate> {
    let days: std::collections::BTreeSet<_> = items.iter().map(|item| item.date).collect();
    days.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(title: &str, start: &str, end: &str) -> AgendaItem {
        AgendaItem {
            id: AgendaItemId(0),
            event_id: EventId(1),
            date: NaiveDate::from_ymd_opt(2018, 12, 5).unwrap(),
            start: Some(parse_time("start", start).unwrap()),
            end: Some(parse_time("end", end).unwrap()),
            time_text: None,
            title: title.to_owned(),
            session: None,
            track: None,
            working_group_id: None,
            description: None,
            presentations: Vec::new(),
            expert_feedback_minutes: None,
            expert_feedback_text: None,
            position: 1,
        }
    }

    fn talk(minutes: i32) -> Presentation {
        Presentation {
            organisation_id: OrganisationId(1),
            minutes,
            actions: 1,
        }
    }

    fn codes(errors: &[ValidationError]) -> Vec<&str> {
        errors.iter().map(|e| e.code).collect()
    }

    #[test]
    fn times_parse_with_colon_or_dot() {
        assert_eq!(format_time(parse_time("start", "09.15").unwrap()), "09:15");
        assert_eq!(format_time(parse_time("start", "9:05").unwrap()), "09:05");
        for bad in ["", "25:00", "09:60", "noon", "AM/PM"] {
            assert_eq!(parse_time("start", bad).unwrap_err().code, "INVALID_TIME");
        }
    }

    #[test]
    fn the_printed_city_leadership_slot_fits_exactly() {
        let mut slot = item("WG - City Leadership", "09.15", "10.20");
        slot.presentations = vec![talk(10), talk(10), talk(5)];
        slot.expert_feedback_minutes = Some(40);
        assert_eq!(slot.planned_minutes(), 65);
        assert!(check_item(&slot, &[]).is_empty());
        slot.expert_feedback_minutes = Some(41);
        let errors = check_item(&slot, &[]);
        assert_eq!(codes(&errors), ["MINUTES_EXCEED_SLOT"]);
        assert!(errors[0].message.contains("WG - City Leadership"));
        assert!(errors[0].message.contains("66"));
    }

    #[test]
    fn an_end_before_the_start_is_rejected() {
        let errors = check_item(&item("Lunch", "14:00", "12:40"), &[]);
        assert_eq!(codes(&errors), ["END_BEFORE_START"]);
        assert!(errors[0].message.contains("Lunch"));
    }

    #[test]
    fn overlaps_name_the_other_item_and_respect_tracks_and_days() {
        let lunch = item("Lunch", "12:40", "14:00");
        let late = item("Late session", "13:30", "14:30");
        let errors = check_item(&late, std::slice::from_ref(&lunch));
        assert_eq!(codes(&errors), ["OVERLAPPING_ITEMS"]);
        assert!(
            errors[0].message.contains("“Lunch”"),
            "{}",
            errors[0].message
        );
        // Touching is fine.
        assert!(
            check_item(
                &item("After", "14:00", "15:00"),
                std::slice::from_ref(&lunch)
            )
            .is_empty()
        );
        // Another track or another day does not collide.
        let mut parallel = late.clone();
        parallel.track = Some("Room B".into());
        assert!(check_item(&parallel, std::slice::from_ref(&lunch)).is_empty());
        let mut next_day = late.clone();
        next_day.date = NaiveDate::from_ymd_opt(2018, 12, 6).unwrap();
        assert!(check_item(&next_day, std::slice::from_ref(&lunch)).is_empty());
        // Items without an end cannot collide.
        let mut open = late;
        open.end = None;
        assert!(check_item(&open, &[lunch]).is_empty());
    }

    #[test]
    fn every_broken_rule_is_reported() {
        let mut bad = item("Crowded", "10:00", "10:30");
        bad.presentations = vec![talk(20), talk(20)];
        let other = item("Other", "10:15", "11:00");
        let third = item("Third", "09:00", "10:05");
        let errors = check_item(&bad, &[other, third]);
        assert_eq!(
            codes(&errors),
            [
                "MINUTES_EXCEED_SLOT",
                "OVERLAPPING_ITEMS",
                "OVERLAPPING_ITEMS"
            ]
        );
        let mut negative = item("Negative", "10:00", "10:30");
        negative.presentations = vec![talk(-5)];
        assert_eq!(codes(&check_item(&negative, &[])), ["NEGATIVE_MINUTES"]);
    }

    fn draft(start: &str, end: &str, title: &str) -> AgendaItemDraft {
        AgendaItemDraft {
            date: NaiveDate::from_ymd_opt(2018, 12, 5).unwrap(),
            start: Some(start.to_owned()),
            end: Some(end.to_owned()),
            time_text: None,
            title: title.to_owned(),
            session: Some("  ".into()),
            track: None,
            working_group_id: None,
            description: None,
            presentations: vec![talk(10)],
            expert_feedback_minutes: Some(5),
            expert_feedback_text: None,
        }
    }

    #[test]
    fn drafts_parse_times_and_texts_and_report_every_problem() {
        let item = draft("09.15", " ", " Lunch ").validate().unwrap().placed(
            AgendaItemId(3),
            EventId(1),
            4,
        );
        assert_eq!(item.start.map(format_time).as_deref(), Some("09:15"));
        assert_eq!((item.end, item.session.as_deref()), (None, None));
        assert_eq!((item.title.as_str(), item.position), ("Lunch", 4));
        assert_eq!(item.planned_minutes(), 15);
        let errors = draft("9h", "09:00", " ").validate().unwrap_err();
        let found: Vec<_> = errors.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(found, [("start", "INVALID_TIME"), ("title", "REQUIRED")]);
    }

    #[test]
    fn whole_agendas_report_each_overlap_once_and_list_days() {
        let a = item("A", "09:00", "10:00");
        let b = item("B", "09:30", "10:30");
        let mut c = item("C", "09:00", "10:00");
        c.date = NaiveDate::from_ymd_opt(2018, 12, 4).unwrap();
        let errors = check_agenda(&[a.clone(), b, c.clone()]);
        assert_eq!(codes(&errors), ["OVERLAPPING_ITEMS"]);
        assert_eq!(
            days(&[a.clone(), c.clone(), a]),
            [c.date, NaiveDate::from_ymd_opt(2018, 12, 5).unwrap()]
        );
    }
}
