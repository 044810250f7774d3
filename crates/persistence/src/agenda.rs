//! Repository of agenda items and their presentations; an item is read and written together
//! with its presentations.

use std::collections::HashMap;

use mega_domain::{
    AgendaItem, AgendaItemId, EventId, OrganisationId, Presentation, WorkingGroupId,
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};

use crate::entities::{agenda_item, agenda_presentation};
use crate::error::{PersistenceError, Result};

async fn with_presentations(
    conn: &impl ConnectionTrait,
    rows: Vec<agenda_item::Model>,
) -> Result<Vec<AgendaItem>> {
    let mut presentations: HashMap<i32, Vec<Presentation>> = HashMap::new();
    if !rows.is_empty() {
        let talks = agenda_presentation::Entity::find()
            .filter(agenda_presentation::Column::AgendaItemId.is_in(rows.iter().map(|r| r.id)))
            .order_by_asc(agenda_presentation::Column::Position)
            .order_by_asc(agenda_presentation::Column::Id)
            .all(conn)
            .await?;
        for talk in talks {
            presentations
                .entry(talk.agenda_item_id)
                .or_default()
                .push(Presentation {
                    organisation_id: OrganisationId(talk.organisation_id),
                    minutes: talk.minutes,
                    actions: talk.actions,
                });
        }
    }
    let mut items: Vec<AgendaItem> = rows
        .into_iter()
        .map(|row| AgendaItem {
            id: AgendaItemId(row.id),
            event_id: EventId(row.event_id),
            date: row.date,
            start: row.start_time,
            end: row.end_time,
            time_text: row.time_text,
            title: row.title,
            session: row.session,
            track: row.track,
            working_group_id: row.working_group_id.map(WorkingGroupId),
            description: row.description,
            presentations: presentations.remove(&row.id).unwrap_or_default(),
            expert_feedback_minutes: row.expert_feedback_minutes,
            expert_feedback_text: row.expert_feedback_text,
            position: row.position,
        })
        .collect();
    // Items without a clock time (e.g. "AM/PM") come first on their day.
    items.sort_by_key(|item| (item.event_id, item.date, item.start, item.position, item.id));
    Ok(items)
}

/// The agendas of the given events, in two statements, ordered by date, start and position.
pub async fn of_events(conn: &impl ConnectionTrait, events: &[EventId]) -> Result<Vec<AgendaItem>> {
    let rows = agenda_item::Entity::find()
        .filter(agenda_item::Column::EventId.is_in(events.iter().map(|id| id.0)))
        .all(conn)
        .await?;
    with_presentations(conn, rows).await
}

/// One item.
pub async fn find(conn: &impl ConnectionTrait, id: AgendaItemId) -> Result<Option<AgendaItem>> {
    let rows = agenda_item::Entity::find_by_id(id.0).all(conn).await?;
    Ok(with_presentations(conn, rows).await?.pop())
}

/// The position after the event's last item.
pub async fn next_position(conn: &impl ConnectionTrait, event: EventId) -> Result<i32> {
    let last = agenda_item::Entity::find()
        .filter(agenda_item::Column::EventId.eq(event.0))
        .order_by_desc(agenda_item::Column::Position)
        .one(conn)
        .await?;
    Ok(last.map_or(1, |row| row.position + 1))
}

fn active(item: &AgendaItem) -> agenda_item::ActiveModel {
    agenda_item::ActiveModel {
        event_id: Set(item.event_id.0),
        date: Set(item.date),
        start_time: Set(item.start),
        end_time: Set(item.end),
        time_text: Set(item.time_text.clone()),
        title: Set(item.title.clone()),
        session: Set(item.session.clone()),
        track: Set(item.track.clone()),
        working_group_id: Set(item.working_group_id.map(|id| id.0)),
        description: Set(item.description.clone()),
        expert_feedback_minutes: Set(item.expert_feedback_minutes),
        expert_feedback_text: Set(item.expert_feedback_text.clone()),
        position: Set(item.position),
        ..Default::default()
    }
}

async fn insert_presentations(
    conn: &impl ConnectionTrait,
    item: AgendaItemId,
    presentations: &[Presentation],
) -> Result<()> {
    for (position, talk) in (1..).zip(presentations) {
        let row = agenda_presentation::ActiveModel {
            agenda_item_id: Set(item.0),
            organisation_id: Set(talk.organisation_id.0),
            minutes: Set(talk.minutes),
            actions: Set(talk.actions),
            position: Set(position),
            ..Default::default()
        };
        agenda_presentation::Entity::insert(row).exec(conn).await?;
    }
    Ok(())
}

/// Inserts `item` (its id is ignored) with its presentations; returns it as stored.
pub async fn insert(conn: &impl ConnectionTrait, item: &AgendaItem) -> Result<AgendaItem> {
    let id = agenda_item::Entity::insert(active(item))
        .exec(conn)
        .await?
        .last_insert_id;
    insert_presentations(conn, AgendaItemId(id), &item.presentations).await?;
    find(conn, AgendaItemId(id))
        .await?
        .ok_or(PersistenceError::NotFound)
}

/// Replaces the item `item.id` (event and position kept) and its presentations.
pub async fn update(conn: &impl ConnectionTrait, item: &AgendaItem) -> Result<AgendaItem> {
    let mut row = active(item);
    row.id = Set(item.id.0);
    agenda_item::Entity::update(row).exec(conn).await?;
    agenda_presentation::Entity::delete_many()
        .filter(agenda_presentation::Column::AgendaItemId.eq(item.id.0))
        .exec(conn)
        .await?;
    insert_presentations(conn, item.id, &item.presentations).await?;
    find(conn, item.id).await?.ok_or(PersistenceError::NotFound)
}

/// Removes an item and its presentations.
pub async fn remove(conn: &impl ConnectionTrait, id: AgendaItemId) -> Result<()> {
    agenda_presentation::Entity::delete_many()
        .filter(agenda_presentation::Column::AgendaItemId.eq(id.0))
        .exec(conn)
        .await?;
    let result = agenda_item::Entity::delete_by_id(id.0).exec(conn).await?;
    if result.rows_affected == 0 {
        return Err(PersistenceError::NotFound);
    }
    Ok(())
}
