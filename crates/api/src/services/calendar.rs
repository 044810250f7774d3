//! Calendars: a user's secret feed URL (created, shown once, revoked; audited) and what a
//! calendar holds, narrowed by the policy's calendar scope — the calls and webinars of the
//! caller's groups, every event, and its organisation's step deadlines — or one call, webinar
//! or event as a single `.ics` file.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{Duration, Utc};
use mega_domain::calendar::{CalendarEntry, When};
use mega_domain::partial_date::PartialDate;
use mega_domain::policy::scopes::calendar_scope;
use mega_domain::{
    Action, ActionPlanId, ActionStepId, Actor, Denial, EventId, NodeId, User, UserId,
    WorkingGroupId, authorize,
};
use mega_persistence::calendar::{self as repo, CallRow, EventRow, Feed, StepRow, WebinarRow};
use mega_persistence::{Database, users};
use rand::RngCore;
use serde::Serialize;

use super::unit_of_work::UnitOfWork;
use super::{ServiceError, ServiceResult};

/// How long a webinar is shown in calendars (the API records only its start).
pub const WEBINAR_LENGTH: Duration = Duration::hours(1);
/// Longest feed token accepted; anything longer is refused before any work.
const MAX_TOKEN: usize = 100;

/// The texts of entries, in the reader's language; `{}` marks where the name goes.
#[derive(Clone, Copy, Debug)]
pub struct Labels<'a> {
    /// A call's title, e.g. "Coordination call: {}" (the group).
    pub call: &'a str,
    /// A webinar's title, e.g. "Webinar: {}" (its title).
    pub webinar: &'a str,
    /// A deadline's title, e.g. "Due: {}" (the step).
    pub due: &'a str,
    /// The site's address, for links.
    pub base_url: &'a str,
}

/// What one `.ics` file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Single {
    /// A coordination call.
    Call(i32),
    /// A webinar.
    Webinar(i32),
    /// An event.
    Event(i32),
}

/// The audit form of a feed (never its token).
#[derive(Serialize)]
struct FeedRecord {
    user_id: i32,
    created_at: chrono::DateTime<Utc>,
}

/// The stored form of a feed token (SHA-256, hex).
pub fn hash_token(token: &str) -> String {
    crate::auth::api_token::hash(token)
}

/// Creates a new feed for the signed-in user (revoking an earlier one); answers its secret
/// token, shown this once.
pub async fn create_feed(db: &Database, actor: &Actor) -> ServiceResult<(String, Feed)> {
    let me = actor.user_id().ok_or(Denial::Unauthenticated)?;
    authorize(actor, Action::ManageOwnNotifications { recipient: me })?;
    let mut bytes = [0_u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let feed = repo::create_feed(uow.txn(), me, &hash_token(&token), Utc::now()).await?;
    let record = FeedRecord {
        user_id: me.0,
        created_at: feed.created_at,
    };
    uow.record(
        "createCalendarFeed",
        "CalendarFeed",
        feed.id,
        None::<&()>,
        Some(&record),
    )
    .await?;
    uow.commit().await?;
    Ok((token, feed))
}

/// Revokes the signed-in user's feed: its URL answers 404 from now on. `NotFound` when
/// there is none.
pub async fn revoke_feed(db: &Database, actor: &Actor) -> ServiceResult<()> {
    let me = actor.user_id().ok_or(Denial::Unauthenticated)?;
    authorize(actor, Action::ManageOwnNotifications { recipient: me })?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let feed = repo::active_feed(uow.txn(), me)
        .await?
        .ok_or(ServiceError::NotFound("calendarFeed"))?;
    repo::revoke_feeds(uow.txn(), me, Utc::now()).await?;
    let record = FeedRecord {
        user_id: me.0,
        created_at: feed.created_at,
    };
    uow.record(
        "revokeCalendarFeed",
        "CalendarFeed",
        feed.id,
        Some(&record),
        None::<&()>,
    )
    .await?;
    uow.commit().await
}

/// `owner`'s active feed, for `owner` itself only.
pub async fn feed_of(db: &Database, actor: &Actor, owner: UserId) -> ServiceResult<Option<Feed>> {
    authorize(actor, Action::ManageOwnNotifications { recipient: owner })?;
    Ok(repo::active_feed(db.conn(), owner).await?)
}

/// The active user whose active feed has `token`, if any.
pub async fn owner_of(db: &Database, token: &str) -> ServiceResult<Option<User>> {
    let well_formed = !token.is_empty()
        && token.len() <= MAX_TOKEN
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if !well_formed {
        return Ok(None);
    }
    let Some(owner) = repo::owner_of(db.conn(), &hash_token(token)).await? else {
        return Ok(None);
    };
    Ok(users::find(db.conn(), owner)
        .await?
        .filter(|user| user.active))
}

/// Everything `actor`'s calendar holds.
pub async fn entries(
    db: &Database,
    actor: &Actor,
    labels: Labels<'_>,
) -> ServiceResult<Vec<CalendarEntry>> {
    let scope = calendar_scope(actor)?;
    let groups = scope.groups.as_deref();
    let mut entries = Vec::new();
    for call in repo::calls(db.conn(), groups, None).await? {
        entries.push(call_entry(&call, labels));
    }
    for webinar in repo::webinars(db.conn(), groups, None).await? {
        entries.push(webinar_entry(&webinar, labels));
    }
    for event in repo::events(db.conn(), None).await? {
        entries.push(event_entry(&event, labels));
    }
    if let Some(organisation) = scope.organisation {
        for step in repo::deadlines(db.conn(), organisation).await? {
            entries.extend(step_entry(&step, labels));
        }
    }
    Ok(entries)
}

/// One call, webinar or event, for any signed-in user (they are readable network-wide).
pub async fn single(
    db: &Database,
    actor: &Actor,
    what: Single,
    labels: Labels<'_>,
) -> ServiceResult<CalendarEntry> {
    authorize(actor, Action::ReadNetwork)?;
    let found = match what {
        Single::Call(id) => repo::calls(db.conn(), None, Some(id))
            .await?
            .first()
            .map(|c| call_entry(c, labels)),
        Single::Webinar(id) => repo::webinars(db.conn(), None, Some(id))
            .await?
            .first()
            .map(|w| webinar_entry(w, labels)),
        Single::Event(id) => repo::events(db.conn(), Some(id))
            .await?
            .first()
            .map(|e| event_entry(e, labels)),
    };
    found.ok_or(ServiceError::NotFound("id"))
}

fn group_url(labels: Labels<'_>, group: i32) -> String {
    format!(
        "{}/working-groups/{}",
        labels.base_url,
        WorkingGroupId(group).global_id()
    )
}

/// A call with a time is a one-hour slot at that local time in its zone; one known only by
/// its day is all-day.
fn call_when(call: &CallRow) -> When {
    use mega_domain::monitoring::{CALL_MINUTES, call_instant};
    match call_instant(call.held_on, call.start_time, call.time_zone.as_deref()) {
        Some(start) => When::At {
            start,
            end: start + chrono::Duration::minutes(CALL_MINUTES),
        },
        None => all_day(call.held_on),
    }
}

fn all_day(day: chrono::NaiveDate) -> When {
    When::AllDay {
        first: day,
        last: day,
    }
}

fn call_entry(call: &CallRow, labels: Labels<'_>) -> CalendarEntry {
    CalendarEntry {
        uid: format!("call-{}@mega-hub", call.id),
        summary: labels.call.replace("{}", &call.group_title),
        description: call.agenda.clone(),
        location: None,
        when: call_when(call),
        url: Some(group_url(labels, call.group_id)),
    }
}

fn webinar_entry(webinar: &WebinarRow, labels: Labels<'_>) -> CalendarEntry {
    CalendarEntry {
        uid: format!("webinar-{}@mega-hub", webinar.id),
        summary: labels.webinar.replace("{}", &webinar.title),
        description: Some(webinar.group_title.clone()),
        location: None,
        when: When::At {
            start: webinar.starts_at,
            end: webinar.starts_at + WEBINAR_LENGTH,
        },
        url: Some(group_url(labels, webinar.group_id)),
    }
}

fn event_entry(event: &EventRow, labels: Labels<'_>) -> CalendarEntry {
    CalendarEntry {
        uid: format!("event-{}@mega-hub", event.id),
        summary: event.title.clone(),
        description: None,
        location: Some(event.location.clone()),
        when: When::AllDay {
            first: event.start_date,
            last: event.end_date,
        },
        url: Some(format!(
            "{}/events/{}",
            labels.base_url,
            EventId(event.id).global_id()
        )),
    }
}

/// A deadline on the last day its (partial) end date allows; none for an unreadable date.
fn step_entry(step: &StepRow, labels: Labels<'_>) -> Option<CalendarEntry> {
    let due = PartialDate::parse("endDate", &step.end_date)
        .ok()?
        .last_day();
    let name = match &step.reference {
        Some(reference) => format!("{reference} {}", step.title),
        None => step.title.clone(),
    };
    Some(CalendarEntry {
        uid: format!("step-{}@mega-hub", step.id),
        summary: labels.due.replace("{}", &name),
        description: None,
        location: None,
        when: When::AllDay {
            first: due,
            last: due,
        },
        url: Some(format!(
            "{}/plans/{}?step={}",
            labels.base_url,
            ActionPlanId(step.plan_id).global_id(),
            ActionStepId(step.id).global_id()
        )),
    })
}
