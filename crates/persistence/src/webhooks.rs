//! Repository of webhooks and their delivery queue. Deliveries are enqueued in the
//! transaction of the change they report (so an event is queued exactly when its change
//! commits) and claimed with a lease, so several server instances never send one twice at once.

use chrono::{DateTime, Utc};
use mega_domain::webhook::{DeliveryStatus, Webhook, WebhookDelivery, WebhookEvent, WebhookFields};
use mega_domain::{OrganisationId, Page, PageRequest, UserId, WebhookId};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

use crate::entities::{webhook, webhook_delivery};
use crate::error::{PersistenceError, Result};

/// What is stored for a new webhook.
#[derive(Clone, Debug)]
pub struct NewWebhook<'a> {
    /// Whose objects it hears about; `None` for the network.
    pub organisation_id: Option<OrganisationId>,
    /// Endpoint, events and whether it is active.
    pub fields: &'a WebhookFields,
    /// Signing secret.
    pub secret: &'a str,
    /// Who registers it.
    pub created_by: Option<UserId>,
}

/// A webhook with the secret deliveries are signed with (never leaves the server).
#[derive(Clone, Debug)]
pub struct WebhookWithSecret {
    /// The hook.
    pub webhook: Webhook,
    /// Its signing secret.
    pub secret: String,
}

fn events_code(events: &[WebhookEvent]) -> String {
    events
        .iter()
        .map(|event| event.code())
        .collect::<Vec<_>>()
        .join(",")
}

fn to_domain(row: webhook::Model) -> Result<Webhook> {
    let events = row
        .events
        .split(',')
        .map(|code| {
            WebhookEvent::from_code(code)
                .ok_or_else(|| PersistenceError::Corrupt(format!("webhook {}: events", row.id)))
        })
        .collect::<Result<_>>()?;
    Ok(Webhook {
        id: WebhookId(row.id),
        organisation_id: row.organisation_id.map(OrganisationId),
        url: row.url,
        events,
        active: row.active,
        created_by: row.created_by_id.map(UserId),
        created_at: row.created_at,
    })
}

fn with_secret(row: webhook::Model) -> Result<WebhookWithSecret> {
    let secret = row.secret.clone();
    Ok(WebhookWithSecret {
        webhook: to_domain(row)?,
        secret,
    })
}

fn delivery_to_domain(row: webhook_delivery::Model) -> Result<WebhookDelivery> {
    let corrupt = |what: &str| PersistenceError::Corrupt(format!("delivery {}: {what}", row.id));
    Ok(WebhookDelivery {
        id: row.id,
        webhook_id: WebhookId(row.webhook_id),
        event: WebhookEvent::from_code(&row.event).ok_or_else(|| corrupt("event"))?,
        status: DeliveryStatus::from_code(&row.status).ok_or_else(|| corrupt("status"))?,
        delivery_id: row.delivery_id,
        payload: row.payload,
        attempts: row.attempts,
        next_attempt_at: row.next_attempt_at,
        response_status: row.response_status,
        last_error: row.last_error,
        created_at: row.created_at,
        delivered_at: row.delivered_at,
    })
}

/// Stores a new webhook.
pub async fn insert(conn: &impl ConnectionTrait, new: NewWebhook<'_>) -> Result<Webhook> {
    let row = webhook::ActiveModel {
        organisation_id: Set(new.organisation_id.map(|id| id.0)),
        url: Set(new.fields.url.clone()),
        secret: Set(new.secret.to_owned()),
        events: Set(events_code(&new.fields.events)),
        active: Set(new.fields.active),
        created_by_id: Set(new.created_by.map(|id| id.0)),
        created_at: Set(Utc::now()),
        ..Default::default()
    };
    to_domain(
        webhook::Entity::insert(row)
            .exec_with_returning(conn)
            .await?,
    )
}

/// One webhook by id.
pub async fn find(conn: &impl ConnectionTrait, id: WebhookId) -> Result<Option<Webhook>> {
    webhook::Entity::find_by_id(id.0)
        .one(conn)
        .await?
        .map(to_domain)
        .transpose()
}

/// Webhooks oldest first, of one organisation, or (`None`) all of them.
pub async fn page(
    conn: &impl ConnectionTrait,
    organisation: Option<OrganisationId>,
    request: PageRequest,
) -> Result<Page<Webhook>> {
    let mut select = webhook::Entity::find();
    if let Some(organisation) = organisation {
        select = select.filter(webhook::Column::OrganisationId.eq(organisation.0));
    }
    let select = select.order_by_asc(webhook::Column::Id);
    crate::paging::fetch_page(conn, select, request, to_domain).await
}

/// Replaces a webhook's endpoint, events and active flag.
pub async fn update(
    conn: &impl ConnectionTrait,
    id: WebhookId,
    fields: &WebhookFields,
) -> Result<Webhook> {
    let row = webhook::ActiveModel {
        id: Set(id.0),
        url: Set(fields.url.clone()),
        events: Set(events_code(&fields.events)),
        active: Set(fields.active),
        ..Default::default()
    };
    let updated = webhook::Entity::update(row)
        .exec(conn)
        .await
        .map_err(|err| match err {
            sea_orm::DbErr::RecordNotUpdated => PersistenceError::NotFound,
            other => other.into(),
        })?;
    to_domain(updated)
}

/// Deletes a webhook and its deliveries; `false` when it was gone already.
pub async fn delete(conn: &impl ConnectionTrait, id: WebhookId) -> Result<bool> {
    webhook_delivery::Entity::delete_many()
        .filter(webhook_delivery::Column::WebhookId.eq(id.0))
        .exec(conn)
        .await?;
    let deleted = webhook::Entity::delete_by_id(id.0).exec(conn).await?;
    Ok(deleted.rows_affected == 1)
}

/// Queues `payload` for every active webhook that wants `event` concerning the organisations
/// `concerned`; answers how many deliveries were queued. Call inside the change's transaction.
pub async fn enqueue(
    conn: &impl ConnectionTrait,
    event: WebhookEvent,
    concerned: &[OrganisationId],
    payload: &serde_json::Value,
) -> Result<usize> {
    let hooks = webhook::Entity::find()
        .filter(webhook::Column::Active.eq(true))
        .all(conn)
        .await?
        .into_iter()
        .map(to_domain)
        .collect::<Result<Vec<_>>>()?;
    let mut queued = 0;
    for hook in hooks.iter().filter(|hook| hook.wants(event, concerned)) {
        queue(conn, hook.id, event, payload.clone()).await?;
        queued += 1;
    }
    Ok(queued)
}

/// Queues one delivery of `payload` to `hook`, due now, under a new delivery id (also put
/// into the body as `deliveryId`).
async fn queue(
    conn: &impl ConnectionTrait,
    hook: WebhookId,
    event: WebhookEvent,
    mut body: serde_json::Value,
) -> Result<WebhookDelivery> {
    let now = Utc::now();
    let delivery_id = uuid::Uuid::new_v4().to_string();
    if let Some(object) = body.as_object_mut() {
        object.insert("deliveryId".into(), delivery_id.clone().into());
    }
    let row = webhook_delivery::ActiveModel {
        webhook_id: Set(hook.0),
        delivery_id: Set(delivery_id),
        event: Set(event.code().to_owned()),
        payload: Set(body.to_string()),
        status: Set(DeliveryStatus::Pending.code().to_owned()),
        attempts: Set(0),
        next_attempt_at: Set(now),
        locked_until: Set(None),
        response_status: Set(None),
        last_error: Set(None),
        created_at: Set(now),
        delivered_at: Set(None),
        ..Default::default()
    };
    delivery_to_domain(
        webhook_delivery::Entity::insert(row)
            .exec_with_returning(conn)
            .await?,
    )
}

/// One of a webhook's deliveries, by its public delivery id.
pub async fn find_delivery(
    conn: &impl ConnectionTrait,
    hook: WebhookId,
    delivery_id: &str,
) -> Result<Option<WebhookDelivery>> {
    webhook_delivery::Entity::find()
        .filter(webhook_delivery::Column::WebhookId.eq(hook.0))
        .filter(webhook_delivery::Column::DeliveryId.eq(delivery_id))
        .one(conn)
        .await?
        .map(delivery_to_domain)
        .transpose()
}

/// Queues `original`'s event again to its webhook as a new delivery with its own id; the
/// body names the original in `redeliveryOf`, so a receiver that did process it can tell.
pub async fn redeliver(
    conn: &impl ConnectionTrait,
    original: &WebhookDelivery,
) -> Result<WebhookDelivery> {
    let mut body: serde_json::Value = serde_json::from_str(&original.payload).map_err(|err| {
        PersistenceError::Corrupt(format!("delivery {}: payload: {err}", original.id))
    })?;
    if let Some(object) = body.as_object_mut() {
        object.insert("redeliveryOf".into(), original.delivery_id.clone().into());
    }
    queue(conn, original.webhook_id, original.event, body).await
}

/// Replaces a webhook's signing secret.
pub async fn set_secret(conn: &impl ConnectionTrait, id: WebhookId, secret: &str) -> Result<()> {
    webhook::Entity::update_many()
        .col_expr(webhook::Column::Secret, secret.into())
        .filter(webhook::Column::Id.eq(id.0))
        .exec(conn)
        .await?;
    Ok(())
}

/// Claims the oldest due delivery for `lease`: it is not offered again until the lease ends,
/// so a crashed sender's delivery is retried by whichever instance comes next. Counts the
/// attempt. `None` when nothing is due.
pub async fn claim_due(
    conn: &impl ConnectionTrait,
    now: DateTime<Utc>,
    lease_until: DateTime<Utc>,
) -> Result<Option<(WebhookDelivery, WebhookWithSecret)>> {
    // A few candidates, in case another instance claims the first one between our read and
    // our conditional update.
    let candidates = webhook_delivery::Entity::find()
        .filter(webhook_delivery::Column::Status.eq(DeliveryStatus::Pending.code()))
        .filter(webhook_delivery::Column::NextAttemptAt.lte(now))
        .filter(
            Condition::any()
                .add(webhook_delivery::Column::LockedUntil.is_null())
                .add(webhook_delivery::Column::LockedUntil.lt(now)),
        )
        .order_by_asc(webhook_delivery::Column::NextAttemptAt)
        .order_by_asc(webhook_delivery::Column::Id)
        .limit(5)
        .all(conn)
        .await?;
    for candidate in candidates {
        let claimed = webhook_delivery::Entity::update_many()
            .col_expr(webhook_delivery::Column::LockedUntil, lease_until.into())
            .col_expr(
                webhook_delivery::Column::Attempts,
                (candidate.attempts + 1).into(),
            )
            .filter(webhook_delivery::Column::Id.eq(candidate.id))
            .filter(webhook_delivery::Column::Attempts.eq(candidate.attempts))
            .filter(webhook_delivery::Column::Status.eq(DeliveryStatus::Pending.code()))
            .exec(conn)
            .await?;
        if claimed.rows_affected != 1 {
            continue;
        }
        let Some(hook) = webhook::Entity::find_by_id(candidate.webhook_id)
            .one(conn)
            .await?
        else {
            continue;
        };
        let mut delivery = delivery_to_domain(candidate)?;
        delivery.attempts += 1;
        return Ok(Some((delivery, with_secret(hook)?)));
    }
    Ok(None)
}

/// Records a delivery the receiver accepted.
pub async fn mark_delivered(
    conn: &impl ConnectionTrait,
    id: i32,
    response_status: i32,
    at: DateTime<Utc>,
) -> Result<()> {
    webhook_delivery::Entity::update_many()
        .col_expr(
            webhook_delivery::Column::Status,
            DeliveryStatus::Delivered.code().into(),
        )
        .col_expr(
            webhook_delivery::Column::ResponseStatus,
            Some(response_status).into(),
        )
        .col_expr(webhook_delivery::Column::LastError, None::<String>.into())
        .col_expr(webhook_delivery::Column::DeliveredAt, Some(at).into())
        .col_expr(
            webhook_delivery::Column::LockedUntil,
            None::<DateTime<Utc>>.into(),
        )
        .filter(webhook_delivery::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Records a failed attempt: retried at `retry_at`, or given up (`FAILED`) when `None`.
pub async fn mark_attempt_failed(
    conn: &impl ConnectionTrait,
    id: i32,
    response_status: Option<i32>,
    error: &str,
    retry_at: Option<DateTime<Utc>>,
) -> Result<()> {
    let error: String = error.chars().take(500).collect();
    let mut update = webhook_delivery::Entity::update_many()
        .col_expr(
            webhook_delivery::Column::ResponseStatus,
            response_status.into(),
        )
        .col_expr(webhook_delivery::Column::LastError, Some(error).into())
        .col_expr(
            webhook_delivery::Column::LockedUntil,
            None::<DateTime<Utc>>.into(),
        );
    update = match retry_at {
        Some(at) => update.col_expr(webhook_delivery::Column::NextAttemptAt, at.into()),
        None => update.col_expr(
            webhook_delivery::Column::Status,
            DeliveryStatus::Failed.code().into(),
        ),
    };
    update
        .filter(webhook_delivery::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// A webhook's deliveries, newest first.
pub async fn deliveries(
    conn: &impl ConnectionTrait,
    webhook: WebhookId,
    request: PageRequest,
) -> Result<Page<WebhookDelivery>> {
    let select = webhook_delivery::Entity::find()
        .filter(webhook_delivery::Column::WebhookId.eq(webhook.0))
        .order_by_desc(webhook_delivery::Column::Id);
    crate::paging::fetch_page(conn, select, request, delivery_to_domain).await
}

/// An active webhook whose latest given-up delivery is newer than its latest delivered one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FailingWebhook {
    /// The webhook.
    pub id: i32,
    /// Its organisation (none for a network-wide one).
    pub organisation_id: Option<i32>,
    /// Who registered it.
    pub created_by_id: Option<i32>,
    /// Its endpoint.
    pub url: String,
    /// When it last delivered, if ever: the failing streak started after this.
    pub last_delivered: Option<DateTime<Utc>>,
}

/// The active webhooks failing now (see [`FailingWebhook`]).
pub async fn failing(conn: &impl ConnectionTrait) -> Result<Vec<FailingWebhook>> {
    use std::collections::HashMap;
    let latest = |status: DeliveryStatus| {
        webhook_delivery::Entity::find()
            .select_only()
            .column(webhook_delivery::Column::WebhookId)
            .column_as(webhook_delivery::Column::CreatedAt.max(), "latest")
            .filter(webhook_delivery::Column::Status.eq(status.code()))
            .group_by(webhook_delivery::Column::WebhookId)
            .into_tuple::<(i32, DateTime<Utc>)>()
    };
    let failed: HashMap<i32, DateTime<Utc>> = latest(DeliveryStatus::Failed)
        .all(conn)
        .await?
        .into_iter()
        .collect();
    if failed.is_empty() {
        return Ok(Vec::new());
    }
    let delivered: HashMap<i32, DateTime<Utc>> = latest(DeliveryStatus::Delivered)
        .all(conn)
        .await?
        .into_iter()
        .collect();
    let hooks = webhook::Entity::find()
        .filter(webhook::Column::Id.is_in(failed.keys().copied()))
        .filter(webhook::Column::Active.eq(true))
        .order_by_asc(webhook::Column::Id)
        .all(conn)
        .await?;
    Ok(hooks
        .into_iter()
        .filter(|hook| {
            let last_delivered = delivered.get(&hook.id);
            failed
                .get(&hook.id)
                .is_some_and(|f| last_delivered.is_none_or(|d| f > d))
        })
        .map(|hook| FailingWebhook {
            last_delivered: delivered.get(&hook.id).copied(),
            id: hook.id,
            organisation_id: hook.organisation_id,
            created_by_id: hook.created_by_id,
            url: hook.url,
        })
        .collect())
}
