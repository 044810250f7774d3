//! Repository of calendars: users' secret feed tokens (hashed), and what a calendar holds —
//! the calls and webinars of some groups, every event, an organisation's step deadlines.

use chrono::{DateTime, NaiveDate, Utc};
use mega_domain::{OrganisationId, UserId, WorkingGroupId};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};
use std::collections::HashMap;

use crate::entities::{
    action_plan, action_step, calendar_feed, coordination_call, event, plan_action, webinar,
    working_group,
};
use crate::error::Result;

/// A user's active feed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Feed {
    /// Its row.
    pub id: i32,
    /// When it was created.
    pub created_at: DateTime<Utc>,
}

/// Creates `user`'s feed with `token_hash`, revoking any earlier one at `at`.
pub async fn create_feed(
    conn: &impl ConnectionTrait,
    user: UserId,
    token_hash: &str,
    at: DateTime<Utc>,
) -> Result<Feed> {
    revoke_feeds(conn, user, at).await?;
    let id = calendar_feed::Entity::insert(calendar_feed::ActiveModel {
        user_id: Set(user.0),
        token_hash: Set(token_hash.to_owned()),
        created_at: Set(at),
        revoked_at: Set(None),
        ..Default::default()
    })
    .exec(conn)
    .await?
    .last_insert_id;
    Ok(Feed { id, created_at: at })
}

/// Revokes `user`'s active feeds at `at`; answers how many.
pub async fn revoke_feeds(
    conn: &impl ConnectionTrait,
    user: UserId,
    at: DateTime<Utc>,
) -> Result<u64> {
    Ok(calendar_feed::Entity::update_many()
        .col_expr(calendar_feed::Column::RevokedAt, at.into())
        .filter(calendar_feed::Column::UserId.eq(user.0))
        .filter(calendar_feed::Column::RevokedAt.is_null())
        .exec(conn)
        .await?
        .rows_affected)
}

/// `user`'s active feed, if any.
pub async fn active_feed(conn: &impl ConnectionTrait, user: UserId) -> Result<Option<Feed>> {
    Ok(calendar_feed::Entity::find()
        .filter(calendar_feed::Column::UserId.eq(user.0))
        .filter(calendar_feed::Column::RevokedAt.is_null())
        .one(conn)
        .await?
        .map(|row| Feed {
            id: row.id,
            created_at: row.created_at,
        }))
}

/// Whose active feed has `token_hash`.
pub async fn owner_of(conn: &impl ConnectionTrait, token_hash: &str) -> Result<Option<UserId>> {
    Ok(calendar_feed::Entity::find()
        .filter(calendar_feed::Column::TokenHash.eq(token_hash))
        .filter(calendar_feed::Column::RevokedAt.is_null())
        .one(conn)
        .await?
        .map(|row| UserId(row.user_id)))
}

/// A coordination call, with its group's title.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallRow {
    /// The call.
    pub id: i32,
    /// Its group.
    pub group_id: i32,
    /// The group's title.
    pub group_title: String,
    /// Its day.
    pub held_on: NaiveDate,
    /// The local time it starts, if set.
    pub start_time: Option<chrono::NaiveTime>,
    /// The zone of `start_time`.
    pub time_zone: Option<String>,
    /// Its agenda, if written.
    pub agenda: Option<String>,
}

/// A webinar, with its group's title.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebinarRow {
    /// The webinar.
    pub id: i32,
    /// Its group.
    pub group_id: i32,
    /// The group's title.
    pub group_title: String,
    /// Its title.
    pub title: String,
    /// When it starts.
    pub starts_at: DateTime<Utc>,
}

/// An event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventRow {
    /// The event.
    pub id: i32,
    /// Its title.
    pub title: String,
    /// Its venue and city.
    pub location: String,
    /// Its first day.
    pub start_date: NaiveDate,
    /// Its last day.
    pub end_date: NaiveDate,
}

/// A plan step with its due date as stored (a partial date).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepRow {
    /// The step.
    pub id: i32,
    /// Its plan.
    pub plan_id: i32,
    /// Its reference, e.g. "1.2".
    pub reference: Option<String>,
    /// Its title.
    pub title: String,
    /// Its end date (`2027`, `2027-03`, `2027-03-15`).
    pub end_date: String,
}

async fn group_titles(
    conn: &impl ConnectionTrait,
    groups: Option<&[WorkingGroupId]>,
) -> Result<HashMap<i32, String>> {
    let mut select = working_group::Entity::find();
    if let Some(groups) = groups {
        select = select.filter(working_group::Column::Id.is_in(groups.iter().map(|g| g.0)));
    }
    Ok(select
        .all(conn)
        .await?
        .into_iter()
        .map(|row| (row.id, row.title))
        .collect())
}

/// The calls of `groups` (every group with `None`; `only` one, when given), by day.
pub async fn calls(
    conn: &impl ConnectionTrait,
    groups: Option<&[WorkingGroupId]>,
    only: Option<i32>,
) -> Result<Vec<CallRow>> {
    let mut select = coordination_call::Entity::find();
    if let Some(id) = only {
        select = select.filter(coordination_call::Column::Id.eq(id));
    }
    if let Some(groups) = groups {
        select = select
            .filter(coordination_call::Column::WorkingGroupId.is_in(groups.iter().map(|g| g.0)));
    }
    let rows = select
        .order_by_asc(coordination_call::Column::HeldOn)
        .order_by_asc(coordination_call::Column::Id)
        .all(conn)
        .await?;
    let titles = group_titles(conn, groups).await?;
    Ok(rows
        .into_iter()
        .map(|row| CallRow {
            id: row.id,
            group_id: row.working_group_id,
            group_title: titles
                .get(&row.working_group_id)
                .cloned()
                .unwrap_or_default(),
            held_on: row.held_on,
            start_time: row.start_time,
            time_zone: row.time_zone,
            agenda: row.agenda,
        })
        .collect())
}

/// The webinars of `groups` (every group with `None`; `only` one, when given), by start.
pub async fn webinars(
    conn: &impl ConnectionTrait,
    groups: Option<&[WorkingGroupId]>,
    only: Option<i32>,
) -> Result<Vec<WebinarRow>> {
    let mut select = webinar::Entity::find();
    if let Some(id) = only {
        select = select.filter(webinar::Column::Id.eq(id));
    }
    if let Some(groups) = groups {
        select = select.filter(webinar::Column::WorkingGroupId.is_in(groups.iter().map(|g| g.0)));
    }
    let rows = select
        .order_by_asc(webinar::Column::StartsAt)
        .order_by_asc(webinar::Column::Id)
        .all(conn)
        .await?;
    let titles = group_titles(conn, groups).await?;
    Ok(rows
        .into_iter()
        .map(|row| WebinarRow {
            id: row.id,
            group_id: row.working_group_id,
            group_title: titles
                .get(&row.working_group_id)
                .cloned()
                .unwrap_or_default(),
            title: row.title,
            starts_at: row.starts_at,
        })
        .collect())
}

/// Every event (`only` one, when given), by first day.
pub async fn events(conn: &impl ConnectionTrait, only: Option<i32>) -> Result<Vec<EventRow>> {
    let mut select = event::Entity::find();
    if let Some(id) = only {
        select = select.filter(event::Column::Id.eq(id));
    }
    let rows = select
        .order_by_asc(event::Column::StartDate)
        .order_by_asc(event::Column::Id)
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|row| EventRow {
            id: row.id,
            title: row.title,
            location: format!("{}, {}", row.venue, row.city),
            start_date: row.start_date,
            end_date: row.end_date,
        })
        .collect())
}

/// The steps with an end date of `organisation`'s plan.
pub async fn deadlines(
    conn: &impl ConnectionTrait,
    organisation: OrganisationId,
) -> Result<Vec<StepRow>> {
    let Some(plan) = action_plan::Entity::find()
        .filter(action_plan::Column::OrganisationId.eq(organisation.0))
        .one(conn)
        .await?
    else {
        return Ok(Vec::new());
    };
    let actions: Vec<i32> = plan_action::Entity::find()
        .filter(plan_action::Column::ActionPlanId.eq(plan.id))
        .all(conn)
        .await?
        .into_iter()
        .map(|a| a.id)
        .collect();
    let steps = action_step::Entity::find()
        .filter(action_step::Column::ActionId.is_in(actions))
        .filter(action_step::Column::EndDate.is_not_null())
        .order_by_asc(action_step::Column::Id)
        .all(conn)
        .await?;
    Ok(steps
        .into_iter()
        .filter_map(|row| {
            Some(StepRow {
                id: row.id,
                plan_id: plan.id,
                reference: row.reference,
                title: row.title,
                end_date: row.end_date?,
            })
        })
        .collect())
}
