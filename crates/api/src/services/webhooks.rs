//! Webhooks: the coordinator registers network-wide hooks, an organisation's members hooks
//! for their own organisation's objects. Events are queued by [`emit`] inside the transaction
//! of the change they report, so a rolled-back change never sends one and a committed change
//! never loses one.

use mega_domain::policy::scopes::{WebhookScope, webhook_scope};
use mega_domain::webhook::{Webhook, WebhookChanges, WebhookDelivery, WebhookDraft, WebhookEvent};
use mega_domain::{Action, Actor, Denial, OrganisationId, Page, PageRequest, WebhookId, authorize};
use mega_persistence::{ConnectionTrait, Database, organisations, webhooks as repo};
use serde_json::json;

use super::unit_of_work::UnitOfWork;
use super::{ServiceError, ServiceResult};

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
    draft: WebhookDraft,
) -> ServiceResult<CreatedWebhook> {
    authorize(actor, Action::ManageWebhooks { organisation })?;
    let by = actor
        .user_id()
        .ok_or(ServiceError::Denied(Denial::Unauthenticated))?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    if let Some(organisation) = organisation
        && organisations::find_by_ids(uow.txn(), &[organisation])
            .await?
            .is_empty()
    {
        return Err(ServiceError::NotFound("organisationId"));
    }
    let fields = draft
        .validate(policy.allow_private)
        .map_err(ServiceError::Invalid)?;
    let secret = random_secret();
    let created = repo::insert(
        uow.txn(),
        repo::NewWebhook {
            organisation_id: organisation,
            fields: &fields,
            secret: &secret,
            created_by: Some(by),
        },
    )
    .await?;
    uow.created("createWebhook", &created).await?;
    uow.commit().await?;
    Ok(CreatedWebhook {
        webhook: created,
        secret,
    })
}

/// Loads a hook through `conn` and decides whether `actor` manages it.
async fn load_managed(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    id: WebhookId,
) -> ServiceResult<Webhook> {
    let hook = repo::find(conn, id)
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
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = load_managed(uow.txn(), actor, id).await?;
    let fields = changes
        .apply(&before, policy.allow_private)
        .map_err(ServiceError::Invalid)?;
    let after = repo::update(uow.txn(), id, &fields).await?;
    uow.updated("updateWebhook", &before, &after).await?;
    uow.commit().await?;
    Ok(after)
}

/// Removes a webhook with its delivery records.
pub async fn delete(db: &Database, actor: &Actor, id: WebhookId) -> ServiceResult<Webhook> {
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = load_managed(uow.txn(), actor, id).await?;
    if !repo::delete(uow.txn(), id).await? {
        return Err(ServiceError::NotFound("id"));
    }
    uow.removed("deleteWebhook", &before).await?;
    uow.commit().await?;
    Ok(before)
}

/// Replaces a webhook's signing secret; the new one is returned, the only time it is shown.
/// Deliveries still queued are signed with the new secret when they are sent.
pub async fn rotate_secret(
    db: &Database,
    actor: &Actor,
    id: WebhookId,
) -> ServiceResult<CreatedWebhook> {
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let hook = load_managed(uow.txn(), actor, id).await?;
    let secret = random_secret();
    repo::set_secret(uow.txn(), id, &secret).await?;
    // The audit names the hook; the secret itself never goes into the log.
    uow.updated("rotateWebhookSecret", &hook, &hook).await?;
    uow.commit().await?;
    Ok(CreatedWebhook {
        webhook: hook,
        secret,
    })
}

/// What the audit log keeps of a redelivery.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Redelivery<'a> {
    webhook_id: i32,
    delivery_id: &'a str,
    redelivery_of: &'a str,
    event: &'static str,
}

/// Sends one of a managed webhook's deliveries again, as a new delivery queued now (the
/// original keeps its record). Any delivery can be redelivered, delivered ones included:
/// the receiver may have lost what it acknowledged.
pub async fn redeliver(
    db: &Database,
    actor: &Actor,
    id: WebhookId,
    delivery_id: &str,
) -> ServiceResult<WebhookDelivery> {
    let mut uow = UnitOfWork::begin(db, actor).await?;
    load_managed(uow.txn(), actor, id).await?;
    let delivery_id = mega_domain::webhook::parse_delivery_id(delivery_id)
        .map_err(|problem| ServiceError::Invalid(vec![problem]))?;
    let original = repo::find_delivery(uow.txn(), id, delivery_id)
        .await?
        .ok_or(ServiceError::NotFound("deliveryId"))?;
    let queued = repo::redeliver(uow.txn(), &original).await?;
    let record = Redelivery {
        webhook_id: id.0,
        delivery_id: &queued.delivery_id,
        redelivery_of: &original.delivery_id,
        event: queued.event.code(),
    };
    uow.record(
        "redeliverWebhookDelivery",
        "WebhookDelivery",
        queued.id,
        None::<&()>,
        Some(&record),
    )
    .await?;
    uow.commit().await?;
    Ok(queued)
}

/// Webhooks the caller manages: all for the coordinator (or one organisation's with
/// `organisation`), its own organisation's for a partner.
pub async fn page(
    db: &Database,
    actor: &Actor,
    organisation: Option<OrganisationId>,
    request: PageRequest,
) -> ServiceResult<Page<Webhook>> {
    let organisation = match webhook_scope(actor, organisation)? {
        WebhookScope::Every => None,
        WebhookScope::Organisation(organisation) => Some(organisation),
    };
    Ok(repo::page(db.conn(), organisation, request).await?)
}

/// One webhook, when the caller manages it.
pub async fn find(db: &Database, actor: &Actor, id: WebhookId) -> ServiceResult<Option<Webhook>> {
    match load_managed(db.conn(), actor, id).await {
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
    load_managed(db.conn(), actor, id).await?;
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
