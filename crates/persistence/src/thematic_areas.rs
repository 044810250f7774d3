//! Repository of thematic areas.

use mega_domain::{Page, PageRequest, ThematicArea, ThematicAreaId};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::entities::thematic_area;
use crate::error::Result;
use crate::paging::fetch_page;

fn to_domain(row: thematic_area::Model) -> Result<ThematicArea> {
    Ok(ThematicArea {
        id: ThematicAreaId(row.id),
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

/// Creates a thematic area; [`crate::PersistenceError::Conflict`] when the slug or number is
/// taken.
pub async fn create(
    conn: &impl ConnectionTrait,
    slug: &str,
    number: i32,
    title: &str,
    description: &str,
) -> Result<ThematicArea> {
    use sea_orm::ActiveValue::Set;
    let row = thematic_area::ActiveModel {
        slug: Set(slug.to_owned()),
        number: Set(number),
        title: Set(title.to_owned()),
        description: Set(description.to_owned()),
        ..Default::default()
    };
    to_domain(
        thematic_area::Entity::insert(row)
            .exec_with_returning(conn)
            .await?,
    )
}

/// Replaces an area's number, title and description (its slug stays);
/// [`crate::PersistenceError::Conflict`] when the number is another area's.
pub async fn update(
    conn: &impl ConnectionTrait,
    id: ThematicAreaId,
    fields: mega_domain::network::ThematicAreaFields,
) -> Result<ThematicArea> {
    use sea_orm::ActiveValue::Set;
    let row = thematic_area::ActiveModel {
        id: Set(id.0),
        number: Set(fields.number),
        title: Set(fields.title),
        description: Set(fields.description),
        ..Default::default()
    };
    to_domain(thematic_area::Entity::update(row).exec(conn).await?)
}
