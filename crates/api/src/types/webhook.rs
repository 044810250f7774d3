//! GraphQL `Webhook`, `WebhookDelivery` and their enums. The signing secret is never a field:
//! `createWebhook` returns it once.

use async_graphql::{Context, Enum, ID, Object};
use chrono::{DateTime, Utc};
use mega_domain::webhook::{Webhook, WebhookDelivery};

use super::{OrganisationObject, UserObject};
use crate::connection::{PageConnection, connection, page_request};
use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::global_id::encode;
use crate::loaders::{OrganisationLoader, UserLoader, load_one};
use crate::resolve::internal;
use crate::services::webhooks as service;

/// Something that happened that a webhook can subscribe to.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(name = "WebhookEvent", remote = "mega_domain::webhook::WebhookEvent")]
pub enum WebhookEventGql {
    /// An action plan moved to another stage (`data`: `actionPlanId`, `organisationId`,
    /// `from`, `to`).
    PlanStageChanged,
    /// Feedback was added to a thread on a proposed action, a plan or one of its actions
    /// (`data`: `feedbackId`, `targetId`, `kind`, `organisationId`).
    FeedbackAdded,
    /// An organisation reported progress on a step (`data`: `progressReportId`, `stepId`,
    /// `actionPlanId`, `organisationId`, `status`, `percentComplete`).
    ProgressReportSubmitted,
    /// Coordination calls were scheduled (`data`: `coordinationCallIds`, `workingGroupId`,
    /// `heldOn` of each); organisation hooks hear about calls their organisation takes part in.
    CallScheduled,
}

/// Where a delivery stands.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(
    name = "WebhookDeliveryStatus",
    remote = "mega_domain::webhook::DeliveryStatus"
)]
pub enum DeliveryStatusGql {
    /// Waiting for its first or next attempt.
    Pending,
    /// The receiver answered with a 2xx status.
    Delivered,
    /// Given up after 8 attempts.
    Failed,
}

/// An HTTPS endpoint that receives signed JSON deliveries of the events it subscribes to.
pub struct WebhookObject(pub Webhook);

/// An HTTPS endpoint that receives signed JSON deliveries of the events it subscribes to.
#[Object(name = "Webhook")]
impl WebhookObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.0.id)
    }

    /// The organisation whose objects it hears about; null for a network-wide hook.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<OrganisationObject>> {
        match self.0.organisation_id {
            Some(id) => Ok(load_one::<OrganisationLoader, _>(ctx, id)
                .await?
                .map(OrganisationObject)),
            None => Ok(None),
        }
    }

    /// Where deliveries are POSTed.
    async fn url(&self) -> &str {
        &self.0.url
    }

    /// The events it receives.
    async fn events(&self) -> Vec<WebhookEventGql> {
        self.0.events.iter().map(|event| (*event).into()).collect()
    }

    /// Whether deliveries are made (false while paused).
    async fn active(&self) -> bool {
        self.0.active
    }

    /// Who registered it.
    async fn created_by(&self, ctx: &Context<'_>) -> ApiResult<Option<UserObject>> {
        match self.0.created_by {
            Some(id) => Ok(load_one::<UserLoader, _>(ctx, id)
                .await?
                .map(UserObject::new)),
            None => Ok(None),
        }
    }

    /// When it was registered.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// Its deliveries, newest first: what was sent, how often, and how the receiver answered.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn deliveries(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<PageConnection<WebhookDeliveryObject>> {
        let page = service::deliveries(db(ctx), actor(ctx), self.0.id, page_request(first, after)?)
            .await
            .map_err(internal)?;
        Ok(connection(page, WebhookDeliveryObject))
    }
    /// Whether the viewer may change or remove this webhook and redeliver its deliveries.
    async fn viewer_can_update(&self, ctx: &Context<'_>) -> bool {
        mega_domain::allows(
            crate::context::actor(ctx),
            mega_domain::Action::ManageWebhooks {
                organisation: self.0.organisation_id,
            },
        )
    }
}

/// One event on its way to (or delivered to) one webhook.
pub struct WebhookDeliveryObject(pub WebhookDelivery);

/// One event on its way to (or delivered to) one webhook.
#[Object(name = "WebhookDelivery")]
impl WebhookDeliveryObject {
    /// The delivery's id, also sent as `X-Mega-Delivery` and in the body's `deliveryId`
    /// (receivers use it to ignore a delivery they have seen).
    async fn id(&self) -> &str {
        &self.0.delivery_id
    }

    /// The event.
    async fn event(&self) -> WebhookEventGql {
        self.0.event.into()
    }

    /// Where it stands.
    async fn status(&self) -> DeliveryStatusGql {
        self.0.status.into()
    }

    /// Attempts made so far (at most 8).
    async fn attempts(&self) -> i32 {
        self.0.attempts
    }

    /// When the next attempt is due; meaningful while `PENDING`.
    async fn next_attempt_at(&self) -> DateTime<Utc> {
        self.0.next_attempt_at
    }

    /// The HTTP status of the receiver's last answer; null when it could not be reached.
    async fn response_status(&self) -> Option<i32> {
        self.0.response_status
    }

    /// Why the last attempt failed, e.g. `HTTP 500` or `connection refused`.
    async fn last_error(&self) -> Option<&str> {
        self.0.last_error.as_deref()
    }

    /// The JSON body sent.
    async fn payload(&self) -> &str {
        &self.0.payload
    }

    /// When the event happened.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When the receiver accepted it.
    async fn delivered_at(&self) -> Option<DateTime<Utc>> {
        self.0.delivered_at
    }
}
