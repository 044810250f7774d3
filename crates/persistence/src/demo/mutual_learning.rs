//! Imports the mutual-learning part of the dataset: events with their agenda and
//! participants, and the proposed actions. Unresolvable keys and printed items that break an
//! agenda rule become warnings; nothing is invented.

use std::collections::HashMap;

use chrono::Utc;
use mega_domain::action_plan::StakeholderMatcher;
use mega_domain::{
    AgendaItem, AgendaItemId, EventId, OrganisationId, Presentation, TerritoryId, WorkingGroupId,
    agenda::{check_agenda, parse_time},
    event::{EventFields, ParticipantFields},
    proposed_action::ProposedActionFields,
};
use sea_orm::ConnectionTrait;

use super::ImportReport;
use super::dataset::{AgendaRecord, Dataset};
use crate::error::Result;
use crate::{events, proposed_actions};

/// Database ids of the dataset's keys imported so far.
pub(super) struct Keys<'a> {
    /// Territories by key.
    pub territories: HashMap<&'a str, i32>,
    /// Organisations by key.
    pub organisations: HashMap<&'a str, i32>,
    /// Working groups by key.
    pub groups: HashMap<&'a str, i32>,
    /// Thematic areas by key.
    pub areas: HashMap<&'a str, i32>,
    /// The organisations by the names the report prints for them.
    pub stakeholders: StakeholderMatcher,
}

/// Turns a printed agenda line into an agenda item of `event`, with a warning for each key
/// or time it cannot resolve (left empty, never guessed).
pub(super) fn agenda_item(
    record: &AgendaRecord,
    event: EventId,
    position: i32,
    keys: &Keys<'_>,
) -> (AgendaItem, Vec<String>) {
    let mut warnings = Vec::new();
    let mut time = |field: &'static str, raw: Option<&str>| {
        let raw = raw?;
        parse_time(field, raw)
            .map_err(|_| {
                warnings.push(format!(
                    "agenda item {:?}: unreadable {field} time {raw:?}, left empty",
                    record.title
                ));
            })
            .ok()
    };
    let start = time("start", record.start.as_deref());
    let end = time("end", record.end.as_deref());
    let working_group_id = record.working_group.as_deref().and_then(|key| {
        let id = keys.groups.get(key).copied().map(WorkingGroupId);
        if id.is_none() {
            warnings.push(format!(
                "agenda item {:?}: unknown working group {key:?}, left empty",
                record.title
            ));
        }
        id
    });
    let presentations = record
        .presentations
        .iter()
        .filter_map(|talk| {
            let id = keys.organisations.get(talk.organisation.as_str()).copied();
            if id.is_none() {
                warnings.push(format!(
                    "agenda item {:?}: unknown presenting organisation {:?}; presentation not imported",
                    record.title, talk.organisation
                ));
            }
            Some(Presentation {
                organisation_id: OrganisationId(id?),
                minutes: talk.minutes,
                actions: talk.actions,
            })
        })
        .collect();
    let item = AgendaItem {
        id: AgendaItemId(position),
        event_id: event,
        date: record.date,
        start,
        end,
        time_text: record.time_text.clone(),
        title: record.title.clone(),
        session: record.session.clone(),
        track: record.track.clone(),
        working_group_id,
        description: record.description.clone(),
        presentations,
        expert_feedback_minutes: record.expert_feedback_minutes,
        expert_feedback_text: record.expert_feedback_text.clone(),
        position,
    };
    (item, warnings)
}

/// Imports the events with their agendas and participants; returns their ids by key.
pub(super) async fn import_events<'d>(
    conn: &impl ConnectionTrait,
    dataset: &'d Dataset,
    keys: &Keys<'_>,
    report: &mut ImportReport,
) -> Result<HashMap<&'d str, EventId>> {
    let mut ids = HashMap::new();
    for record in &dataset.events {
        let territory_id = record.territory.as_deref().and_then(|key| {
            let id = keys.territories.get(key).copied().map(TerritoryId);
            if id.is_none() {
                report.warnings.push(format!(
                    "event {}: unknown territory {key:?}, left empty",
                    record.key
                ));
            }
            id
        });
        let fields = EventFields {
            title: record.title.clone(),
            venue: record.venue.clone(),
            city: record.city.clone(),
            territory_id,
            start_date: record.start,
            end_date: record.end,
            dates_text: record.dates_text.clone(),
        };
        let event = events::create(conn, &record.key, fields).await?;
        ids.insert(record.key.as_str(), event.id);
        report.events += 1;

        let mut items = Vec::new();
        for (position, line) in (1..).zip(&record.agenda) {
            let (item, warnings) = agenda_item(line, event.id, position, keys);
            report.warnings.extend(warnings);
            items.push(item);
        }
        // The printed agenda is kept as printed; a rule it breaks is reported, not fixed.
        for problem in check_agenda(&items) {
            report.warnings.push(format!(
                "event {}: {} ({})",
                record.key, problem.message, problem.code
            ));
        }
        for item in &items {
            crate::agenda::insert(conn, item).await?;
            report.agenda_items += 1;
        }

        for person in &record.participants {
            let organisation_id = person.organisation.as_deref().and_then(|key| {
                let id = keys.organisations.get(key).copied().map(OrganisationId);
                if id.is_none() {
                    report.warnings.push(format!(
                        "event {}: participant {} {}: unknown organisation {key:?}, kept as text only",
                        record.key, person.first_name, person.last_name
                    ));
                }
                id
            });
            let fields = ParticipantFields {
                first_name: person.first_name.clone(),
                last_name: person.last_name.clone(),
                organisation_id,
                organisation_text: person.organisation_text.clone(),
                country: person.country.clone(),
            };
            events::add_participant(conn, event.id, fields).await?;
            report.participants += 1;
        }
    }
    Ok(ids)
}

/// Imports the proposed actions of "ask the expert".
pub(super) async fn import_proposed_actions(
    conn: &impl ConnectionTrait,
    dataset: &Dataset,
    keys: &Keys<'_>,
    report: &mut ImportReport,
) -> Result<()> {
    let now = Utc::now();
    for record in &dataset.proposed_actions {
        let organisation = keys.organisations.get(record.organisation.as_str());
        let group = keys.groups.get(record.working_group.as_str());
        let (Some(organisation), Some(group)) = (organisation, group) else {
            report.warnings.push(format!(
                "proposed action {}: unknown organisation {:?} or working group {:?}; not imported",
                record.key, record.organisation, record.working_group
            ));
            continue;
        };
        let fields = ProposedActionFields {
            working_group_id: WorkingGroupId(*group),
            title: record.title.clone(),
            description: record.description.clone(),
            guiding_questions: record.guiding_questions.clone(),
            guiding_questions_context: record.guiding_questions_context.clone(),
            section: record.section.clone(),
        };
        proposed_actions::create(conn, OrganisationId(*organisation), fields, now).await?;
        report.proposed_actions += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::Dataset;

    /// Every key of the dataset resolves to a made-up id, so only the agenda rules remain.
    fn keys(dataset: &Dataset) -> Keys<'_> {
        fn numbered(keys: Vec<&str>) -> HashMap<&str, i32> {
            keys.into_iter().zip(1..).collect()
        }
        Keys {
            territories: numbered(dataset.territories.iter().map(|t| t.key.as_str()).collect()),
            organisations: numbered(
                dataset
                    .organisations
                    .iter()
                    .map(|o| o.key.as_str())
                    .collect(),
            ),
            groups: numbered(
                dataset
                    .working_groups
                    .iter()
                    .map(|g| g.key.as_str())
                    .collect(),
            ),
            areas: numbered(
                dataset
                    .thematic_areas
                    .iter()
                    .map(|a| a.key.as_str())
                    .collect(),
            ),
            stakeholders: StakeholderMatcher::default(),
        }
    }

    #[test]
    fn the_shipped_agenda_keeps_the_rules() {
        let dataset = Dataset::shipped().unwrap();
        let keys = keys(&dataset);
        let event = &dataset.events[0];
        let mut items = Vec::new();
        for (position, line) in (1..).zip(&event.agenda) {
            let (item, warnings) = agenda_item(line, EventId(1), position, &keys);
            assert!(warnings.is_empty(), "{warnings:?}");
            items.push(item);
        }
        assert_eq!(items.len(), 25);
        assert_eq!(check_agenda(&items), []);
        let city_leadership = &items[4];
        assert_eq!(city_leadership.title, "WG - City Leadership");
        assert_eq!(city_leadership.slot_minutes(), Some(65));
        assert_eq!(city_leadership.planned_minutes(), 65);
        // "AM/PM" stays as printed, with no clock time.
        assert_eq!(items[0].start, None);
        assert_eq!(items[0].time_text.as_deref(), Some("AM/PM"));
    }
}
