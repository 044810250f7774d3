//! Repository of territories.

use mega_domain::network::TerritoryFields;
use mega_domain::{Page, PageRequest, Territory, TerritoryId};
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::{Expr, Func};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::entities::territory;
use crate::error::Result;
use crate::paging::fetch_page;

fn to_domain(row: territory::Model) -> Result<Territory> {
    Ok(Territory {
        id: TerritoryId(row.id),
        name: row.name,
        country: row.country,
    })
}

/// Territories ordered by name, ignoring case.
pub async fn page(conn: &impl ConnectionTrait, request: PageRequest) -> Result<Page<Territory>> {
    let select = territory::Entity::find()
        .order_by_asc(Func::lower(Expr::col(territory::Column::Name)))
        .order_by_asc(territory::Column::Id);
    fetch_page(conn, select, request, to_domain).await
}

/// The territories with the given ids (missing ids are left out), in one statement.
pub async fn find_by_ids(
    conn: &impl ConnectionTrait,
    ids: &[TerritoryId],
) -> Result<Vec<Territory>> {
    territory::Entity::find()
        .filter(territory::Column::Id.is_in(ids.iter().map(|id| id.0)))
        .all(conn)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// Creates a territory under a unique `slug`; [`crate::PersistenceError::Conflict`] when
/// taken.
pub async fn create(
    conn: &impl ConnectionTrait,
    slug: &str,
    fields: TerritoryFields,
) -> Result<Territory> {
    let row = territory::ActiveModel {
        slug: Set(slug.to_owned()),
        name: Set(fields.name),
        country: Set(fields.country),
        ..Default::default()
    };
    to_domain(
        territory::Entity::insert(row)
            .exec_with_returning(conn)
            .await?,
    )
}

/// Replaces a territory's name and country (its slug stays).
pub async fn update(
    conn: &impl ConnectionTrait,
    id: TerritoryId,
    fields: TerritoryFields,
) -> Result<Territory> {
    let row = territory::ActiveModel {
        id: Set(id.0),
        name: Set(fields.name),
        country: Set(fields.country),
        ..Default::default()
    };
    to_domain(territory::Entity::update(row).exec(conn).await?)
}
