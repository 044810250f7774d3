//! Repository of organisations.

use mega_domain::{Organisation, OrganisationId, OrganisationKind, Page, PageRequest, TerritoryId};
use sea_orm::sea_query::{Expr, Func};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

/// The validated fields [`create`] and [`update`] store (the domain's, named here too for
/// callers of this repository).
pub use mega_domain::network::OrganisationFields;

use crate::entities::organisation;
use crate::error::{PersistenceError, Result};
use crate::paging::fetch_page;

fn to_domain(row: organisation::Model) -> Result<Organisation> {
    let kind = OrganisationKind::from_code(&row.kind)
        .ok_or_else(|| PersistenceError::Corrupt(format!("organisation kind {:?}", row.kind)))?;
    Ok(Organisation {
        id: OrganisationId(row.id),
        name: row.name,
        short_name: row.short_name,
        kind,
        territory_id: row.territory_id.map(TerritoryId),
        consortium_partner: row.consortium_partner,
    })
}

/// Organisations ordered by name, ignoring case.
pub async fn page(conn: &impl ConnectionTrait, request: PageRequest) -> Result<Page<Organisation>> {
    let select = organisation::Entity::find()
        .order_by_asc(Func::lower(Expr::col(organisation::Column::Name)))
        .order_by_asc(organisation::Column::Id);
    fetch_page(conn, select, request, to_domain).await
}

/// The organisations with the given ids (missing ids are left out), in one statement.
pub async fn find_by_ids(
    conn: &impl ConnectionTrait,
    ids: &[OrganisationId],
) -> Result<Vec<Organisation>> {
    organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(ids.iter().map(|id| id.0)))
        .all(conn)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// Every organisation, for matching printed names on import (the network has thousands at
/// most).
pub async fn all(conn: &impl ConnectionTrait) -> Result<Vec<Organisation>> {
    organisation::Entity::find()
        .order_by_asc(organisation::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// The id of the organisation with the dataset key `slug`, e.g. `city-of-munich`.
pub async fn id_by_slug(conn: &impl ConnectionTrait, slug: &str) -> Result<Option<OrganisationId>> {
    Ok(organisation::Entity::find()
        .filter(organisation::Column::Slug.eq(slug))
        .one(conn)
        .await?
        .map(|row| OrganisationId(row.id)))
}

/// Creates an organisation under a unique `slug`; [`crate::PersistenceError::Conflict`] when taken.
pub async fn create(
    conn: &impl ConnectionTrait,
    slug: &str,
    fields: OrganisationFields,
) -> Result<Organisation> {
    use sea_orm::ActiveValue::Set;
    let row = organisation::ActiveModel {
        slug: Set(slug.to_owned()),
        name: Set(fields.name),
        short_name: Set(fields.short_name),
        kind: Set(fields.kind.code().to_owned()),
        territory_id: Set(fields.territory_id.map(|id| id.0)),
        consortium_partner: Set(fields.consortium_partner),
        ..Default::default()
    };
    to_domain(
        organisation::Entity::insert(row)
            .exec_with_returning(conn)
            .await?,
    )
}

/// Replaces an organisation's fields.
pub async fn update(
    conn: &impl ConnectionTrait,
    id: OrganisationId,
    fields: OrganisationFields,
) -> Result<Organisation> {
    use sea_orm::ActiveValue::Set;
    let row = organisation::ActiveModel {
        id: Set(id.0),
        name: Set(fields.name),
        short_name: Set(fields.short_name),
        kind: Set(fields.kind.code().to_owned()),
        territory_id: Set(fields.territory_id.map(|id| id.0)),
        consortium_partner: Set(fields.consortium_partner),
        ..Default::default()
    };
    to_domain(organisation::Entity::update(row).exec(conn).await?)
}
