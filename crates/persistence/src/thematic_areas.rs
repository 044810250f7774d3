//! Repository of thematic areas.

use mega_domain::network::ThematicAreaFields;
use mega_domain::{
    BenchmarkCell, Dimension, KeyActor, Page, PageRequest, ThematicArea, ThematicAreaId,
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::{Deserialize, Serialize};

use crate::entities::thematic_area;
use crate::error::{PersistenceError, Result};
use crate::paging::fetch_page;

/// A cell as stored in `thematic_areas.benchmark_cells`: the domain's stable codes.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct StoredCell {
    key_actor: String,
    dimension: String,
}

fn read_cells(id: i32, raw: &str) -> Result<Vec<BenchmarkCell>> {
    let corrupt = || PersistenceError::Corrupt(format!("thematic area {id}: benchmark cells"));
    let stored: Vec<StoredCell> = serde_json::from_str(raw).map_err(|_| corrupt())?;
    stored
        .iter()
        .map(|cell| {
            Ok(BenchmarkCell {
                key_actor: KeyActor::from_code(&cell.key_actor).ok_or_else(corrupt)?,
                dimension: Dimension::from_code(&cell.dimension).ok_or_else(corrupt)?,
            })
        })
        .collect()
}

/// The column's value for `cells`.
fn write_cells(cells: &[BenchmarkCell]) -> String {
    let stored: Vec<StoredCell> = cells
        .iter()
        .map(|cell| StoredCell {
            key_actor: cell.key_actor.code().to_owned(),
            dimension: cell.dimension.code().to_owned(),
        })
        .collect();
    serde_json::to_string(&stored).unwrap_or_else(|_| "[]".to_owned())
}

fn to_domain(row: thematic_area::Model) -> Result<ThematicArea> {
    Ok(ThematicArea {
        id: ThematicAreaId(row.id),
        benchmark_cells: read_cells(row.id, &row.benchmark_cells)?,
        number: row.number,
        title: row.title,
        description: row.description,
    })
}

/// Thematic areas in programme order.
pub async fn page(conn: &impl ConnectionTrait, request: PageRequest) -> Result<Page<ThematicArea>> {
    let select = thematic_area::Entity::find().order_by_asc(thematic_area::Column::Number);
    fetch_page(conn, select, request, to_domain).await
}

/// The thematic areas with the given ids (missing ids are left out), in one statement.
pub async fn find_by_ids(
    conn: &impl ConnectionTrait,
    ids: &[ThematicAreaId],
) -> Result<Vec<ThematicArea>> {
    thematic_area::Entity::find()
        .filter(thematic_area::Column::Id.is_in(ids.iter().map(|id| id.0)))
        .all(conn)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// The id of the area with the dataset key `slug`, e.g. `city-leadership`.
pub async fn id_by_slug(conn: &impl ConnectionTrait, slug: &str) -> Result<Option<ThematicAreaId>> {
    Ok(thematic_area::Entity::find()
        .filter(thematic_area::Column::Slug.eq(slug))
        .one(conn)
        .await?
        .map(|row| ThematicAreaId(row.id)))
}

/// Creates a thematic area (no benchmark cells when `fields` gives none);
/// [`crate::PersistenceError::Conflict`] when the slug or number is taken.
pub async fn create(
    conn: &impl ConnectionTrait,
    slug: &str,
    fields: ThematicAreaFields,
) -> Result<ThematicArea> {
    use sea_orm::ActiveValue::Set;
    let row = thematic_area::ActiveModel {
        slug: Set(slug.to_owned()),
        number: Set(fields.number),
        title: Set(fields.title),
        description: Set(fields.description),
        benchmark_cells: Set(write_cells(&fields.benchmark_cells.unwrap_or_default())),
        ..Default::default()
    };
    to_domain(
        thematic_area::Entity::insert(row)
            .exec_with_returning(conn)
            .await?,
    )
}

/// Replaces an area's number, title and description, and its benchmark cells when `fields`
/// gives them (its slug stays); [`crate::PersistenceError::Conflict`] when the number is
/// another area's.
pub async fn update(
    conn: &impl ConnectionTrait,
    id: ThematicAreaId,
    fields: ThematicAreaFields,
) -> Result<ThematicArea> {
    use sea_orm::ActiveValue::{NotSet, Set};
    let row = thematic_area::ActiveModel {
        id: Set(id.0),
        number: Set(fields.number),
        title: Set(fields.title),
        description: Set(fields.description),
        benchmark_cells: fields
            .benchmark_cells
            .map_or(NotSet, |cells| Set(write_cells(&cells))),
        ..Default::default()
    };
    to_domain(thematic_area::Entity::update(row).exec(conn).await?)
}

/// Replaces only an area's benchmark cells (the demo's mapping; users go through [`update`]).
pub async fn set_benchmark_cells(
    conn: &impl ConnectionTrait,
    id: ThematicAreaId,
    cells: &[BenchmarkCell],
) -> Result<()> {
    use sea_orm::ActiveValue::Set;
    let row = thematic_area::ActiveModel {
        id: Set(id.0),
        benchmark_cells: Set(write_cells(cells)),
        ..Default::default()
    };
    thematic_area::Entity::update(row).exec(conn).await?;
    Ok(())
}
