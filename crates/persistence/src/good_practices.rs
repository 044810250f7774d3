//! Repository of the good-practice library.

use mega_domain::{
    GoodPractice, GoodPracticeId, OrganisationId, Page, PageRequest, ThematicAreaId,
    good_practice::{GoodPracticeFields, like_pattern},
};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    sea_query::{Expr, ExprTrait, Func, LikeExpr},
};

use crate::entities::good_practice;
use crate::error::Result;
use crate::paging::fetch_page;

fn to_domain(row: good_practice::Model) -> Result<GoodPractice> {
    Ok(GoodPractice {
        id: GoodPracticeId(row.id),
        title: row.title,
        organisation_id: row.organisation_id.map(OrganisationId),
        thematic_area_id: row.thematic_area_id.map(ThematicAreaId),
        description: row.description,
        source: row.source,
    })
}

/// Good practices by title (case-insensitive), optionally only those whose title or
/// description contains `search` (case-insensitive, in SQL) and only those of one area.
pub async fn page(
    conn: &impl ConnectionTrait,
    search: Option<&str>,
    area: Option<ThematicAreaId>,
    request: PageRequest,
) -> Result<Page<GoodPractice>> {
    let mut select = good_practice::Entity::find()
        .order_by_asc(Func::lower(Expr::col(good_practice::Column::Title)))
        .order_by_asc(good_practice::Column::Id);
    if let Some(search) = search {
        let pattern = like_pattern(search);
        let contains = |column: good_practice::Column| {
            Expr::expr(Func::lower(Expr::col(column)))
                .like(LikeExpr::new(pattern.clone()).escape('\\'))
        };
        select = select.filter(
            Condition::any()
                .add(contains(good_practice::Column::Title))
                .add(contains(good_practice::Column::Description)),
        );
    }
    if let Some(area) = area {
        select = select.filter(good_practice::Column::ThematicAreaId.eq(area.0));
    }
    fetch_page(conn, select, request, to_domain).await
}

/// The good practices with the given ids, in one statement.
pub async fn find_by_ids(
    conn: &impl ConnectionTrait,
    ids: &[GoodPracticeId],
) -> Result<Vec<GoodPractice>> {
    good_practice::Entity::find()
        .filter(good_practice::Column::Id.is_in(ids.iter().map(|id| id.0)))
        .all(conn)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// One good practice.
pub async fn find(conn: &impl ConnectionTrait, id: GoodPracticeId) -> Result<Option<GoodPractice>> {
    Ok(find_by_ids(conn, &[id]).await?.pop())
}

/// Adds a good practice.
pub async fn create(
    conn: &impl ConnectionTrait,
    fields: GoodPracticeFields,
) -> Result<GoodPractice> {
    let row = good_practice::ActiveModel {
        title: Set(fields.title),
        organisation_id: Set(fields.organisation_id.map(|id| id.0)),
        thematic_area_id: Set(fields.thematic_area_id.map(|id| id.0)),
        description: Set(fields.description),
        source: Set(fields.source),
        ..Default::default()
    };
    to_domain(
        good_practice::Entity::insert(row)
            .exec_with_returning(conn)
            .await?,
    )
}

/// Replaces a good practice's fields.
pub async fn update(
    conn: &impl ConnectionTrait,
    id: GoodPracticeId,
    fields: GoodPracticeFields,
) -> Result<GoodPractice> {
    let row = good_practice::ActiveModel {
        id: Set(id.0),
        title: Set(fields.title),
        organisation_id: Set(fields.organisation_id.map(|id| id.0)),
        thematic_area_id: Set(fields.thematic_area_id.map(|id| id.0)),
        description: Set(fields.description),
        source: Set(fields.source),
    };
    to_domain(good_practice::Entity::update(row).exec(conn).await?)
}

/// Deletes a good practice; the webinars that showcased it and the actions that adopted it
/// stay, without it.
pub async fn delete(conn: &impl ConnectionTrait, id: GoodPracticeId) -> Result<()> {
    use crate::entities::webinar_good_practice;
    webinar_good_practice::Entity::delete_many()
        .filter(webinar_good_practice::Column::GoodPracticeId.eq(id.0))
        .exec(conn)
        .await?;
    crate::action_plans::unlink_practice(conn, id).await?;
    good_practice::Entity::delete_by_id(id.0).exec(conn).await?;
    Ok(())
}
