//! Webhooks: the coordinator registers network-wide hooks, an organisation's members hooks
//! for their own organisation's objects. Events are queued by [`emit`] inside the transaction
//! of the change they report, so a rolled-back change never sends one and a committed change
//! never loses one.

use mega_domain::webhook::{self, Webhook, WebhookDelivery, WebhookEvent};
use mega_domain::{
    Action, Actor, Denial, OrganisationId, Page, PageRequest, ValidationError, WebhookId, authorize,
};
use mega_persistence::{
    ConnectionTrait, Database, TransactionTrait, organisations, webhooks as repo,
};
use serde_json::json;

use super::{ServiceError, ServiceResult, actor_id, record};

/// A new signing secret: `whsec_` and 256 random bits, base64url.
fn random_secret() -> String {
    use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
    use rand::RngCore;
    let mut bytes = [0_u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    format!("whsec_{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// A webhook just registered, with its signing secret: the only time the secret is shown.
#[derive(Debug)]
pub struct CreatedWebhook {
    /// The hook.
    pub webhook: Webhook,
    /// The HMAC key deliveries are signed with (`whsec_…`).
    pub secret: String,
}

/// What may change on a webhook; `None` keeps the current value.
#[derive(Debug, Default)]
pub struct WebhookChanges {
    /// New endpoint.
    pub url: Option<String>,
    /// New events.
    pub events: Option<Vec<WebhookEvent>>,
    /// Pause (`false`) or resume (`true`) deliveries.
    pub active: Option<bool>,
}

/// Where deliveries may go: `allow_private` (demo and test mode) also permits plain http and
/// loopback or private addresses, for receivers on the same machine.
#[derive(Clone, Copy, Debug)]
pub struct WebhookPolicy {
    /// Whether private and loopback endpoints (and plain http) are allowed.
    pub allow_private: bool,
}

/// Registers a webhook for `organisation` (its members or the coordinator) or, with `None`,
/// for the whole network (coordinator only).
pub async fn create(
    db: &Database,
    actor: &Actor,
    policy: WebhookPolicy,
    organisation: Option<OrganisationId>,
    url: &str,
    events: &[WebhookEvent],
) -> ServiceResult<CreatedWebhook> {
    authorize(actor, Action::ManageWebhooks { organisation })?;
    let by = actor_id(actor).ok_or(ServiceError::Denied(Denial::Unauthenticated))?;
    if let Some(organisation) = organisation
        && organisations::find_by_ids(db.conn(), &[organisation])
            .await?
            .is_empty()
    {
        return Err(ServiceError::NotFound("organisationId"));
    }
    let url = webhook::parse_url(url, policy.allow_private);
    let events = webhook::parse_events(events);
    let errors: Vec<ValidationError> = [url.as_ref().err(), events.as_ref().err()]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    let (url, events) = (url?, events?);
    let secret = random_secret();
    let txn = db.conn().begin().await?;
    let created = repo::insert(
        &txn,
        repo::NewWebhook {
            organisation_id: organisation,
            url: &url,
            secret: &secret,
            events: &events,
            created_by: Some(by),
        },
    )
    .await?;
    record(
        &txn,
        Some(by),
        "createWebhook",
        "Webhook",
        created.id.0,
        None::<&()>,
        Some(&created),
    )
    .await?;
    txn.commit().await?;
    Ok(CreatedWebhook {
        webhook: created,
        secret,
    })
}

async fn load_managed(db: &Database, actor: &Actor, id: WebhookId) -> ServiceResult<Webhook> {
    let hook = repo::find(db.conn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    authorize(
        actor,
        Action::ManageWebhooks {
            organisation: hook.organisation_id,
        },
    )?;
    Ok(hook)
}

/// Changes a webhook's endpoint, events or active flag.
pub async fn update(
    db: &Database,
    actor: &Actor,
    policy: WebhookPolicy,
    id: WebhookId,
    changes: WebhookChanges,
) -> ServiceResult<Webhook> {
    let before = load_managed(db, actor, id).await?;
    let url = match &changes.url {
        Some(url) => webhook::parse_url(url, policy.allow_private),
        None => Ok(before.url.clone()),
    };
    let events = match &changes.events {
        Some(events) => webhook::parse_events(events),
        None => Ok(before.events.clone()),
    };
    let errors: Vec<ValidationError> = [url.as_ref().err(), events.as_ref().err()]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    let (url, events) = (url?, events?);
    let active = changes.active.unwrap_or(before.active);
    let txn = db.conn().begin().await?;
    let after = repo::update(&txn, id, &url, &events, active).await?;
    record(
        &txn,
        actor_id(actor),
        "updateWebhook",
        "Webhook",
        id.0,
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// Removes a webhook with its delivery records.
pub async fn delete(db: &Database, actor: &Actor, id: WebhookId) -> ServiceResult<Webhook> {
    let before = load_managed(db, actor, id).await?;
    let txn = db.conn().begin().await?;
    if !repo::delete(&txn, id).await? {
        return Err(ServiceError::NotFound("id"));
    }
    record(
        &txn,
        actor_id(actor),
        "deleteWebhook",
        "Webhook",
        id.0,
        Some(&before),
        None::<&()>,
    )
    .await?;
    txn.commit().await?;
    Ok(before)
}

/// Webhooks the caller manages: all for the coordinator (or one organisation's with
/// `organisation`), its own organisation's for a partner.
pub async fn page(
    db: &Database,
    actor: &Actor,
    organisation: Option<OrganisationId>,
    request: PageRequest,
) -> ServiceResult<Page<Webhook>> {
    let scope = match (actor, organisation) {
        (Actor::User(me), None)
            if authorize(actor, Action::ManageWebhooks { organisation: None }).is_err() =>
        {
            me.organisation_id
        }
        _ => organisation,
    };
    if scope.is_none() {
        authorize(actor, Action::ManageWebhooks { organisation: None })?;
    } else {
        authorize(
            actor,
            Action::ManageWebhooks {
                organisation: scope,
            },
        )?;
    }
    Ok(repo::page(db.conn(), scope, request).await?)
}

/// One webhook, when the caller manages it.
pub async fn find(db: &Database, actor: &Actor, id: WebhookId) -> ServiceResult<Option<Webhook>> {
    match load_managed(db, actor, id).await {
        Ok(hook) => Ok(Some(hook)),
        Err(ServiceError::NotFound(_) | ServiceError::Denied(_)) => Ok(None),
        Err(other) => Err(other),
    }
}

/// A managed webhook's deliveries, newest first.
pub async fn deliveries(
    db: &Database,
    actor: &Actor,
    id: WebhookId,
    request: PageRequest,
) -> ServiceResult<Page<WebhookDelivery>> {
    load_managed(db, actor, id).await?;
    Ok(repo::deliveries(db.conn(), id, request).await?)
}

/// Queues `event` concerning the organisations `concerned` for every hook that wants it.
/// `data` holds global IDs and codes only, so receivers fetch details through the API with
/// their own permissions.
pub async fn emit(
    txn: &impl ConnectionTrait,
    event: WebhookEvent,
    concerned: &[OrganisationId],
    data: serde_json::Value,
) -> ServiceResult<()> {
    let payload = json!({
        "event": event.code(),
        "occurredAt": chrono::Utc::now().to_rfc3339(),
        "data": data,
    });
    repo::enqueue(txn, event, concerned, &payload).await?;
    Ok(())
}
