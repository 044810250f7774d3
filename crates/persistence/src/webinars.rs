//! Repository of working groups' webinars with their presenters and the good practices
//! shown (two link tables, read with one statement each for a whole list).

use std::collections::HashMap;

use mega_domain::webinar::WebinarFields;
use mega_domain::{
    GoodPracticeId, OrganisationId, Page, PageRequest, Webinar, WebinarId, WorkingGroupId,
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};

use crate::entities::{webinar, webinar_good_practice, webinar_presenter};
use crate::error::{PersistenceError, Result};
use crate::paging::fetch_page;

/// Adds the link tables to webinar rows: two statements for any number of rows.
async fn hydrate(conn: &impl ConnectionTrait, rows: Vec<webinar::Model>) -> Result<Vec<Webinar>> {
    let ids: Vec<i32> = rows.iter().map(|row| row.id).collect();
    let mut presenters: HashMap<i32, Vec<OrganisationId>> = HashMap::new();
    for link in webinar_presenter::Entity::find()
        .filter(webinar_presenter::Column::WebinarId.is_in(ids.clone()))
        .order_by_asc(webinar_presenter::Column::Position)
        .all(conn)
        .await?
    {
        presenters
            .entry(link.webinar_id)
            .or_default()
            .push(OrganisationId(link.organisation_id));
    }
    let mut practices: HashMap<i32, Vec<GoodPracticeId>> = HashMap::new();
    for link in webinar_good_practice::Entity::find()
        .filter(webinar_good_practice::Column::WebinarId.is_in(ids))
        .order_by_asc(webinar_good_practice::Column::Position)
        .all(conn)
        .await?
    {
        practices
            .entry(link.webinar_id)
            .or_default()
            .push(GoodPracticeId(link.good_practice_id));
    }
    Ok(rows
        .into_iter()
        .map(|row| Webinar {
            id: WebinarId(row.id),
            working_group_id: WorkingGroupId(row.working_group_id),
            title: row.title,
            starts_at: row.starts_at,
            time_zone: row.time_zone,
            presenter_ids: presenters.remove(&row.id).unwrap_or_default(),
            recording_url: row.recording_url,
            good_practice_ids: practices.remove(&row.id).unwrap_or_default(),
            attendance: row.attendance,
        })
        .collect())
}

/// Webinars, optionally of one group, by start.
pub async fn page(
    conn: &impl ConnectionTrait,
    group: Option<WorkingGroupId>,
    request: PageRequest,
) -> Result<Page<Webinar>> {
    let mut select = webinar::Entity::find()
        .order_by_asc(webinar::Column::StartsAt)
        .order_by_asc(webinar::Column::Id);
    if let Some(group) = group {
        select = select.filter(webinar::Column::WorkingGroupId.eq(group.0));
    }
    let page = fetch_page(conn, select, request, Ok).await?;
    Ok(Page {
        items: hydrate(conn, page.items).await?,
        offset: page.offset,
        total: page.total,
    })
}

/// The webinars with the given ids.
pub async fn find_by_ids(conn: &impl ConnectionTrait, ids: &[WebinarId]) -> Result<Vec<Webinar>> {
    let rows = webinar::Entity::find()
        .filter(webinar::Column::Id.is_in(ids.iter().map(|id| id.0)))
        .all(conn)
        .await?;
    hydrate(conn, rows).await
}

/// One webinar.
pub async fn find(conn: &impl ConnectionTrait, id: WebinarId) -> Result<Option<Webinar>> {
    Ok(find_by_ids(conn, &[id]).await?.pop())
}

/// The webinars of the given groups, by start.
pub async fn of_groups(
    conn: &impl ConnectionTrait,
    groups: &[WorkingGroupId],
) -> Result<Vec<Webinar>> {
    let rows = webinar::Entity::find()
        .filter(webinar::Column::WorkingGroupId.is_in(groups.iter().map(|id| id.0)))
        .order_by_asc(webinar::Column::StartsAt)
        .order_by_asc(webinar::Column::Id)
        .all(conn)
        .await?;
    hydrate(conn, rows).await
}

async fn write_links(conn: &impl ConnectionTrait, id: i32, fields: &WebinarFields) -> Result<()> {
    webinar_presenter::Entity::delete_many()
        .filter(webinar_presenter::Column::WebinarId.eq(id))
        .exec(conn)
        .await?;
    webinar_good_practice::Entity::delete_many()
        .filter(webinar_good_practice::Column::WebinarId.eq(id))
        .exec(conn)
        .await?;
    for (position, presenter) in (1..).zip(&fields.presenter_ids) {
        let link = webinar_presenter::ActiveModel {
            webinar_id: Set(id),
            organisation_id: Set(presenter.0),
            position: Set(position),
            ..Default::default()
        };
        webinar_presenter::Entity::insert(link).exec(conn).await?;
    }
    for (position, practice) in (1..).zip(&fields.good_practice_ids) {
        let link = webinar_good_practice::ActiveModel {
            webinar_id: Set(id),
            good_practice_id: Set(practice.0),
            position: Set(position),
            ..Default::default()
        };
        webinar_good_practice::Entity::insert(link)
            .exec(conn)
            .await?;
    }
    Ok(())
}

fn row(id: Option<i32>, fields: &WebinarFields) -> webinar::ActiveModel {
    let mut row = webinar::ActiveModel {
        working_group_id: Set(fields.working_group_id.0),
        title: Set(fields.title.clone()),
        starts_at: Set(fields.starts_at),
        time_zone: Set(fields.time_zone.clone()),
        recording_url: Set(fields.recording_url.clone()),
        attendance: Set(fields.attendance),
        ..Default::default()
    };
    if let Some(id) = id {
        row.id = Set(id);
    }
    row
}

/// Schedules a webinar.
pub async fn create(conn: &impl ConnectionTrait, fields: WebinarFields) -> Result<Webinar> {
    let inserted = webinar::Entity::insert(row(None, &fields))
        .exec_with_returning(conn)
        .await?;
    write_links(conn, inserted.id, &fields).await?;
    hydrate(conn, vec![inserted])
        .await?
        .pop()
        .ok_or(PersistenceError::NotFound)
}

/// Replaces a webinar's fields and links.
pub async fn update(
    conn: &impl ConnectionTrait,
    id: WebinarId,
    fields: WebinarFields,
) -> Result<Webinar> {
    let updated = webinar::Entity::update(row(Some(id.0), &fields))
        .exec(conn)
        .await?;
    write_links(conn, id.0, &fields).await?;
    hydrate(conn, vec![updated])
        .await?
        .pop()
        .ok_or(PersistenceError::NotFound)
}

/// Deletes a webinar with its presenters and its links to the practices it showcased (the
/// practices stay in the library).
pub async fn delete(conn: &impl ConnectionTrait, id: WebinarId) -> Result<()> {
    webinar_presenter::Entity::delete_many()
        .filter(webinar_presenter::Column::WebinarId.eq(id.0))
        .exec(conn)
        .await?;
    webinar_good_practice::Entity::delete_many()
        .filter(webinar_good_practice::Column::WebinarId.eq(id.0))
        .exec(conn)
        .await?;
    webinar::Entity::delete_by_id(id.0).exec(conn).await?;
    Ok(())
}
