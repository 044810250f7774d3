//! `createWebhook`, `updateWebhook`, `deleteWebhook`, `rotateWebhookSecret` and
//! `redeliverWebhookDelivery`.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use mega_domain::webhook::{WebhookChanges, WebhookDraft};
use mega_domain::{OrganisationId, WebhookId};

use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::{input_id, payload, settle};
use crate::services::webhooks::{self as service, WebhookPolicy};
use crate::types::{UserError, WebhookDeliveryObject, WebhookEventGql, WebhookObject};

/// Input of `createWebhook`.
#[derive(InputObject)]
pub struct CreateWebhookInput {
    /// The receiving endpoint: an absolute `https` URL of at most 2,000 characters, not on a
    /// private, loopback or link-local address (`INVALID_URL`). Demo mode also accepts `http`
    /// and loopback receivers.
    pub url: String,
    /// The events to receive; at least one (`REQUIRED`).
    pub events: Vec<WebhookEventGql>,
    /// Receive only events about this organisation's objects (its members may register such
    /// hooks). Omit for a network-wide hook (coordinator only).
    pub organisation_id: Option<ID>,
}

/// Input of `updateWebhook`; omitted fields keep their value.
#[derive(InputObject)]
pub struct UpdateWebhookInput {
    /// The webhook.
    pub id: ID,
    /// A new endpoint (same rules as on creation).
    pub url: Option<String>,
    /// New events; at least one.
    pub events: Option<Vec<WebhookEventGql>>,
    /// `false` pauses deliveries (events are not queued while paused), `true` resumes.
    pub active: Option<bool>,
}

/// Input of `deleteWebhook`.
#[derive(InputObject)]
pub struct DeleteWebhookInput {
    /// The webhook.
    pub id: ID,
}

/// Input of `rotateWebhookSecret`.
#[derive(InputObject)]
pub struct RotateWebhookSecretInput {
    /// The webhook.
    pub id: ID,
}

/// Input of `redeliverWebhookDelivery`.
#[derive(InputObject)]
pub struct RedeliverWebhookDeliveryInput {
    /// The webhook.
    pub webhook_id: ID,
    /// The delivery to send again (`WebhookDelivery.id`); at most 64 characters.
    pub delivery_id: String,
}

payload!(
    /// Result of `redeliverWebhookDelivery`.
    RedeliverWebhookDeliveryPayload,
    /// The new delivery, queued now (its body names the original in `redeliveryOf`).
    delivery: WebhookDeliveryObject
);

/// Result of `createWebhook` and `rotateWebhookSecret`: the only time a signing secret is
/// shown.
#[derive(SimpleObject, Default)]
pub struct CreateWebhookPayload {
    /// The HMAC-SHA256 key (`whsec_…`) deliveries are signed with; see `X-Mega-Signature`
    /// in docs/API.md. Shown only here, only once.
    pub secret: Option<String>,
    /// The webhook.
    pub webhook: Option<WebhookObject>,
    /// Problems with the input; nothing was changed when not empty.
    pub user_errors: Vec<UserError>,
}

payload!(
    /// Result of `updateWebhook`.
    UpdateWebhookPayload,
    /// The changed webhook.
    webhook: WebhookObject
);

payload!(
    /// Result of `deleteWebhook`.
    DeleteWebhookPayload,
    /// The webhook as it was before it was deleted.
    webhook: WebhookObject
);

/// The payload of a hook with its new secret, or of the problems.
fn created_payload(
    result: Result<service::CreatedWebhook, Vec<UserError>>,
) -> CreateWebhookPayload {
    match result {
        Ok(created) => CreateWebhookPayload {
            secret: Some(created.secret),
            webhook: Some(WebhookObject(created.webhook)),
            user_errors: Vec::new(),
        },
        Err(user_errors) => CreateWebhookPayload {
            user_errors,
            ..Default::default()
        },
    }
}

impl From<UpdateWebhookInput> for WebhookChanges {
    fn from(input: UpdateWebhookInput) -> Self {
        Self {
            url: input.url,
            events: input
                .events
                .map(|events| events.into_iter().map(Into::into).collect()),
            active: input.active,
        }
    }
}

fn policy(ctx: &Context<'_>) -> WebhookPolicy {
    *ctx.data_unchecked::<WebhookPolicy>()
}

/// Webhook mutations.
#[derive(Default)]
pub struct WebhookMutation;

#[Object]
impl WebhookMutation {
    /// Registers a webhook. The coordinator registers network-wide hooks or hooks for any
    /// organisation; members of an organisation register hooks for their organisation's
    /// objects. The signing secret is in the payload, once.
    async fn create_webhook(
        &self,
        ctx: &Context<'_>,
        input: CreateWebhookInput,
    ) -> ApiResult<CreateWebhookPayload> {
        let result = async {
            let organisation = input
                .organisation_id
                .as_ref()
                .map(|id| input_id::<OrganisationId>("organisationId", id))
                .transpose()?;
            let draft = WebhookDraft {
                url: input.url,
                events: input.events.into_iter().map(Into::into).collect(),
            };
            service::create(db(ctx), actor(ctx), policy(ctx), organisation, draft).await
        }
        .await;
        Ok(created_payload(settle(result)?))
    }

    /// Changes a webhook's endpoint or events, or pauses and resumes it. Whoever may
    /// register it may change it.
    async fn update_webhook(
        &self,
        ctx: &Context<'_>,
        input: UpdateWebhookInput,
    ) -> ApiResult<UpdateWebhookPayload> {
        let result = async {
            let id = input_id::<WebhookId>("id", &input.id)?;
            service::update(db(ctx), actor(ctx), policy(ctx), id, input.into()).await
        }
        .await;
        Ok(settle(result.map(WebhookObject))?.into())
    }

    /// Deletes a webhook and its delivery records; queued deliveries are not sent.
    async fn delete_webhook(
        &self,
        ctx: &Context<'_>,
        input: DeleteWebhookInput,
    ) -> ApiResult<DeleteWebhookPayload> {
        let result = async {
            let id = input_id::<WebhookId>("id", &input.id)?;
            service::delete(db(ctx), actor(ctx), id).await
        }
        .await;
        Ok(settle(result.map(WebhookObject))?.into())
    }

    /// Replaces a webhook's signing secret: the new one is in the payload, once, and every
    /// delivery from now on is signed with it. Whoever may change the hook.
    async fn rotate_webhook_secret(
        &self,
        ctx: &Context<'_>,
        input: RotateWebhookSecretInput,
    ) -> ApiResult<CreateWebhookPayload> {
        let result = async {
            let id = input_id::<WebhookId>("id", &input.id)?;
            service::rotate_secret(db(ctx), actor(ctx), id).await
        }
        .await;
        Ok(created_payload(settle(result)?))
    }

    /// Sends one of a webhook's deliveries again, as a new delivery queued now. Whoever may
    /// change the hook.
    async fn redeliver_webhook_delivery(
        &self,
        ctx: &Context<'_>,
        input: RedeliverWebhookDeliveryInput,
    ) -> ApiResult<RedeliverWebhookDeliveryPayload> {
        let result = async {
            let id = input_id::<WebhookId>("webhookId", &input.webhook_id)?;
            service::redeliver(db(ctx), actor(ctx), id, &input.delivery_id).await
        }
        .await;
        Ok(settle(result.map(WebhookDeliveryObject))?.into())
    }
}
