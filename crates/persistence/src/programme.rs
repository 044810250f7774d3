//! Repository of the programme's phases and their stages.

use mega_domain::ProgrammePhaseId;
use mega_domain::partial_date::PartialDate;
use mega_domain::programme::{ProgrammePhase, ProgrammePhaseFields};
use sea_orm::ActiveValue::Set;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::entities::programme_phase;
use crate::error::{PersistenceError, Result};

fn date(id: i32, raw: Option<String>) -> Result<Option<PartialDate>> {
    raw.map(|raw| {
        PartialDate::parse("date", &raw)
            .map_err(|_| PersistenceError::Corrupt(format!("programme phase {id}: date")))
    })
    .transpose()
}

fn to_domain(row: programme_phase::Model) -> Result<ProgrammePhase> {
    Ok(ProgrammePhase {
        id: ProgrammePhaseId(row.id),
        parent_id: row.parent_id.map(ProgrammePhaseId),
        position: row.position,
        reference: row.reference,
        title: row.title,
        summary: row.summary,
        start: date(row.id, row.start_date)?,
        end: date(row.id, row.end_date)?,
        start_text: row.start_text,
        end_text: row.end_text,
    })
}

/// Every phase and stage, phases first by position, then stages by parent and position (a
/// programme has a handful).
pub async fn all(conn: &impl ConnectionTrait) -> Result<Vec<ProgrammePhase>> {
    programme_phase::Entity::find()
        .order_by_asc(programme_phase::Column::ParentId)
        .order_by_asc(programme_phase::Column::Position)
        .order_by_asc(programme_phase::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// One phase or stage.
pub async fn find(
    conn: &impl ConnectionTrait,
    id: ProgrammePhaseId,
) -> Result<Option<ProgrammePhase>> {
    programme_phase::Entity::find_by_id(id.0)
        .one(conn)
        .await?
        .map(to_domain)
        .transpose()
}

fn write(row: &mut programme_phase::ActiveModel, fields: ProgrammePhaseFields) {
    row.reference = Set(fields.reference);
    row.title = Set(fields.title);
    row.summary = Set(fields.summary);
    row.start_date = Set(fields.start.map(|d| d.to_string()));
    row.end_date = Set(fields.end.map(|d| d.to_string()));
    row.start_text = Set(fields.start_text);
    row.end_text = Set(fields.end_text);
}

/// Adds a phase (or a stage of `parent`) after its last sibling.
pub async fn create(
    conn: &impl ConnectionTrait,
    parent: Option<ProgrammePhaseId>,
    fields: ProgrammePhaseFields,
) -> Result<ProgrammePhase> {
    let siblings = programme_phase::Entity::find().filter(match parent {
        Some(parent) => programme_phase::Column::ParentId.eq(parent.0),
        None => programme_phase::Column::ParentId.is_null(),
    });
    let last: Option<Option<i32>> = siblings
        .select_only()
        .column_as(programme_phase::Column::Position.max(), "max")
        .into_tuple()
        .one(conn)
        .await?;
    let mut row = programme_phase::ActiveModel {
        parent_id: Set(parent.map(|p| p.0)),
        position: Set(last.flatten().unwrap_or(0) + 1),
        ..Default::default()
    };
    write(&mut row, fields);
    let id = programme_phase::Entity::insert(row)
        .exec(conn)
        .await?
        .last_insert_id;
    find(conn, ProgrammePhaseId(id))
        .await?
        .ok_or(PersistenceError::NotFound)
}

/// Replaces a phase's fields; its place stays.
pub async fn update(
    conn: &impl ConnectionTrait,
    id: ProgrammePhaseId,
    fields: ProgrammePhaseFields,
) -> Result<ProgrammePhase> {
    let mut row = programme_phase::ActiveModel {
        id: sea_orm::ActiveValue::Unchanged(id.0),
        ..Default::default()
    };
    write(&mut row, fields);
    programme_phase::Entity::update(row).exec(conn).await?;
    find(conn, id).await?.ok_or(PersistenceError::NotFound)
}
