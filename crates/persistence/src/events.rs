//! Repository of events and their participants.

use mega_domain::event::{EventFields, ParticipantFields};
use mega_domain::{
    Event, EventId, OrganisationId, Page, PageRequest, Participant, ParticipantId, TerritoryId,
};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    sea_query::{Expr, Func},
};

use crate::entities::{event, event_participant};
use crate::error::{PersistenceError, Result};
use crate::paging::fetch_page;

fn to_domain(row: event::Model) -> Result<Event> {
    Ok(Event {
        id: EventId(row.id),
        title: row.title,
        venue: row.venue,
        city: row.city,
        territory_id: row.territory_id.map(TerritoryId),
        start_date: row.start_date,
        end_date: row.end_date,
        dates_text: row.dates_text,
    })
}

fn participant_to_domain(row: event_participant::Model) -> Result<Participant> {
    Ok(Participant {
        id: ParticipantId(row.id),
        event_id: EventId(row.event_id),
        first_name: row.first_name,
        last_name: row.last_name,
        organisation_id: row.organisation_id.map(OrganisationId),
        organisation_text: row.organisation_text,
        country: row.country,
    })
}

/// Events, most recent first.
pub async fn page(conn: &impl ConnectionTrait, request: PageRequest) -> Result<Page<Event>> {
    let select = event::Entity::find()
        .order_by_desc(event::Column::StartDate)
        .order_by_asc(event::Column::Id);
    fetch_page(conn, select, request, to_domain).await
}

/// The events with the given ids, in one statement.
pub async fn find_by_ids(conn: &impl ConnectionTrait, ids: &[EventId]) -> Result<Vec<Event>> {
    event::Entity::find()
        .filter(event::Column::Id.is_in(ids.iter().map(|id| id.0)))
        .all(conn)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// One event.
pub async fn find(conn: &impl ConnectionTrait, id: EventId) -> Result<Option<Event>> {
    Ok(find_by_ids(conn, &[id]).await?.pop())
}

/// Creates an event under the unique key `slug`.
pub async fn create(conn: &impl ConnectionTrait, slug: &str, fields: EventFields) -> Result<Event> {
    let row = event::ActiveModel {
        slug: Set(slug.to_owned()),
        title: Set(fields.title),
        venue: Set(fields.venue),
        city: Set(fields.city),
        territory_id: Set(fields.territory_id.map(|id| id.0)),
        start_date: Set(fields.start_date),
        end_date: Set(fields.end_date),
        dates_text: Set(fields.dates_text),
        ..Default::default()
    };
    to_domain(event::Entity::insert(row).exec_with_returning(conn).await?)
}

/// Replaces an event's fields.
pub async fn update(
    conn: &impl ConnectionTrait,
    id: EventId,
    fields: EventFields,
) -> Result<Event> {
    let row = event::ActiveModel {
        id: Set(id.0),
        title: Set(fields.title),
        venue: Set(fields.venue),
        city: Set(fields.city),
        territory_id: Set(fields.territory_id.map(|id| id.0)),
        start_date: Set(fields.start_date),
        end_date: Set(fields.end_date),
        dates_text: Set(fields.dates_text),
        ..Default::default()
    };
    to_domain(event::Entity::update(row).exec(conn).await?)
}

/// An event's participants by surname, then given name.
pub async fn participants_page(
    conn: &impl ConnectionTrait,
    event: EventId,
    request: PageRequest,
) -> Result<Page<Participant>> {
    let select = event_participant::Entity::find()
        .filter(event_participant::Column::EventId.eq(event.0))
        .order_by_asc(Func::lower(Expr::col(event_participant::Column::LastName)))
        .order_by_asc(Func::lower(Expr::col(event_participant::Column::FirstName)))
        .order_by_asc(event_participant::Column::Id);
    fetch_page(conn, select, request, participant_to_domain).await
}

/// One participant.
pub async fn find_participant(
    conn: &impl ConnectionTrait,
    id: ParticipantId,
) -> Result<Option<Participant>> {
    event_participant::Entity::find_by_id(id.0)
        .one(conn)
        .await?
        .map(participant_to_domain)
        .transpose()
}

/// Adds a participant to an event.
pub async fn add_participant(
    conn: &impl ConnectionTrait,
    event: EventId,
    fields: ParticipantFields,
) -> Result<Participant> {
    let row = event_participant::ActiveModel {
        event_id: Set(event.0),
        first_name: Set(fields.first_name),
        last_name: Set(fields.last_name),
        organisation_id: Set(fields.organisation_id.map(|id| id.0)),
        organisation_text: Set(fields.organisation_text),
        country: Set(fields.country),
        ..Default::default()
    };
    participant_to_domain(
        event_participant::Entity::insert(row)
            .exec_with_returning(conn)
            .await?,
    )
}

/// Removes a participant.
pub async fn remove_participant(conn: &impl ConnectionTrait, id: ParticipantId) -> Result<()> {
    let result = event_participant::Entity::delete_by_id(id.0)
        .exec(conn)
        .await?;
    if result.rows_affected == 0 {
        return Err(PersistenceError::NotFound);
    }
    Ok(())
}

/// Deletes an event with its agenda (items and their presentations), participants and
/// plenary outcomes. Explicitly, not by the foreign keys' cascade: SQLite enforces those only
/// when enabled.
pub async fn delete(conn: &impl ConnectionTrait, id: EventId) -> Result<()> {
    use crate::entities::{
        agenda_item, agenda_presentation, plenary_outcome, plenary_outcome_group,
    };
    let items = agenda_item::Entity::find()
        .filter(agenda_item::Column::EventId.eq(id.0))
        .all(conn)
        .await?
        .into_iter()
        .map(|row| row.id);
    agenda_presentation::Entity::delete_many()
        .filter(agenda_presentation::Column::AgendaItemId.is_in(items))
        .exec(conn)
        .await?;
    agenda_item::Entity::delete_many()
        .filter(agenda_item::Column::EventId.eq(id.0))
        .exec(conn)
        .await?;
    let outcomes = plenary_outcome::Entity::find()
        .filter(plenary_outcome::Column::EventId.eq(id.0))
        .all(conn)
        .await?
        .into_iter()
        .map(|row| row.id);
    plenary_outcome_group::Entity::delete_many()
        .filter(plenary_outcome_group::Column::PlenaryOutcomeId.is_in(outcomes))
        .exec(conn)
        .await?;
    plenary_outcome::Entity::delete_many()
        .filter(plenary_outcome::Column::EventId.eq(id.0))
        .exec(conn)
        .await?;
    event_participant::Entity::delete_many()
        .filter(event_participant::Column::EventId.eq(id.0))
        .exec(conn)
        .await?;
    event::Entity::delete_by_id(id.0).exec(conn).await?;
    Ok(())
}
