//! Repository of events' plenary outcomes and the working groups each concerns.

use std::collections::HashMap;

use mega_domain::{EventId, Page, PageRequest, PlenaryOutcome, PlenaryOutcomeId, WorkingGroupId};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};

/// The validated fields [`create`] and [`update`] store (the domain's, named here too for
/// callers of this repository).
pub use mega_domain::plenary::PlenaryOutcomeFields;

use crate::entities::{plenary_outcome, plenary_outcome_group};
use crate::error::{PersistenceError, Result};
use crate::paging::fetch_page;

fn list(row_id: i32, raw: &str) -> Result<Vec<String>> {
    serde_json::from_str(raw)
        .map_err(|err| PersistenceError::Corrupt(format!("plenary outcome {row_id}: {err}")))
}

fn json(list: &[String]) -> Result<String> {
    serde_json::to_string(list).map_err(|err| PersistenceError::Corrupt(err.to_string()))
}

/// Adds the linked groups to outcome rows: one statement for any number of rows.
async fn hydrate(
    conn: &impl ConnectionTrait,
    rows: Vec<plenary_outcome::Model>,
) -> Result<Vec<PlenaryOutcome>> {
    let ids: Vec<i32> = rows.iter().map(|row| row.id).collect();
    let mut groups: HashMap<i32, Vec<WorkingGroupId>> = HashMap::new();
    for link in plenary_outcome_group::Entity::find()
        .filter(plenary_outcome_group::Column::PlenaryOutcomeId.is_in(ids))
        .order_by_asc(plenary_outcome_group::Column::Position)
        .all(conn)
        .await?
    {
        groups
            .entry(link.plenary_outcome_id)
            .or_default()
            .push(WorkingGroupId(link.working_group_id));
    }
    rows.into_iter()
        .map(|row| {
            Ok(PlenaryOutcome {
                id: PlenaryOutcomeId(row.id),
                event_id: EventId(row.event_id),
                summary_points: list(row.id, &row.summary_points)?,
                recommendations: list(row.id, &row.recommendations)?,
                working_group_ids: groups.remove(&row.id).unwrap_or_default(),
                section: row.section,
                heading: row.heading,
                note: row.note,
                position: row.position,
            })
        })
        .collect()
}

/// Plenary outcomes of all events, by event and position.
pub async fn page(
    conn: &impl ConnectionTrait,
    request: PageRequest,
) -> Result<Page<PlenaryOutcome>> {
    let select = plenary_outcome::Entity::find()
        .order_by_asc(plenary_outcome::Column::EventId)
        .order_by_asc(plenary_outcome::Column::Position)
        .order_by_asc(plenary_outcome::Column::Id);
    let page = fetch_page(conn, select, request, Ok).await?;
    Ok(Page {
        items: hydrate(conn, page.items).await?,
        offset: page.offset,
        total: page.total,
    })
}

/// The outcomes with the given ids.
pub async fn find_by_ids(
    conn: &impl ConnectionTrait,
    ids: &[PlenaryOutcomeId],
) -> Result<Vec<PlenaryOutcome>> {
    let rows = plenary_outcome::Entity::find()
        .filter(plenary_outcome::Column::Id.is_in(ids.iter().map(|id| id.0)))
        .all(conn)
        .await?;
    hydrate(conn, rows).await
}

/// One outcome.
pub async fn find(
    conn: &impl ConnectionTrait,
    id: PlenaryOutcomeId,
) -> Result<Option<PlenaryOutcome>> {
    Ok(find_by_ids(conn, &[id]).await?.pop())
}

/// The outcomes of the given events, by position.
pub async fn of_events(
    conn: &impl ConnectionTrait,
    events: &[EventId],
) -> Result<Vec<PlenaryOutcome>> {
    let rows = plenary_outcome::Entity::find()
        .filter(plenary_outcome::Column::EventId.is_in(events.iter().map(|id| id.0)))
        .order_by_asc(plenary_outcome::Column::Position)
        .order_by_asc(plenary_outcome::Column::Id)
        .all(conn)
        .await?;
    hydrate(conn, rows).await
}

async fn write_groups(
    conn: &impl ConnectionTrait,
    id: i32,
    groups: &[WorkingGroupId],
) -> Result<()> {
    plenary_outcome_group::Entity::delete_many()
        .filter(plenary_outcome_group::Column::PlenaryOutcomeId.eq(id))
        .exec(conn)
        .await?;
    for (position, group) in (1..).zip(groups) {
        let link = plenary_outcome_group::ActiveModel {
            plenary_outcome_id: Set(id),
            working_group_id: Set(group.0),
            position: Set(position),
            ..Default::default()
        };
        plenary_outcome_group::Entity::insert(link)
            .exec(conn)
            .await?;
    }
    Ok(())
}

async fn one(conn: &impl ConnectionTrait, row: plenary_outcome::Model) -> Result<PlenaryOutcome> {
    hydrate(conn, vec![row])
        .await?
        .pop()
        .ok_or(PersistenceError::NotFound)
}

/// Appends an outcome to an event's outcomes.
pub async fn create(
    conn: &impl ConnectionTrait,
    event: EventId,
    fields: PlenaryOutcomeFields,
) -> Result<PlenaryOutcome> {
    let last = plenary_outcome::Entity::find()
        .filter(plenary_outcome::Column::EventId.eq(event.0))
        .order_by_desc(plenary_outcome::Column::Position)
        .one(conn)
        .await?;
    let position = last.map_or(1, |row| row.position + 1);
    let row = plenary_outcome::ActiveModel {
        event_id: Set(event.0),
        section: Set(fields.section),
        heading: Set(fields.heading),
        note: Set(fields.note),
        summary_points: Set(json(&fields.summary_points)?),
        recommendations: Set(json(&fields.recommendations)?),
        position: Set(position),
        ..Default::default()
    };
    let inserted = plenary_outcome::Entity::insert(row)
        .exec_with_returning(conn)
        .await?;
    write_groups(conn, inserted.id, &fields.working_group_ids).await?;
    one(conn, inserted).await
}

/// Replaces an outcome's fields (its event and position stay).
pub async fn update(
    conn: &impl ConnectionTrait,
    id: PlenaryOutcomeId,
    fields: PlenaryOutcomeFields,
) -> Result<PlenaryOutcome> {
    let row = plenary_outcome::ActiveModel {
        id: Set(id.0),
        section: Set(fields.section),
        heading: Set(fields.heading),
        note: Set(fields.note),
        summary_points: Set(json(&fields.summary_points)?),
        recommendations: Set(json(&fields.recommendations)?),
        ..Default::default()
    };
    let updated = plenary_outcome::Entity::update(row).exec(conn).await?;
    write_groups(conn, id.0, &fields.working_group_ids).await?;
    one(conn, updated).await
}

/// Deletes an outcome and its links to working groups.
pub async fn delete(conn: &impl ConnectionTrait, id: PlenaryOutcomeId) -> Result<()> {
    plenary_outcome_group::Entity::delete_many()
        .filter(plenary_outcome_group::Column::PlenaryOutcomeId.eq(id.0))
        .exec(conn)
        .await?;
    plenary_outcome::Entity::delete_by_id(id.0)
        .exec(conn)
        .await?;
    Ok(())
}
