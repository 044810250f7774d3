//! Webhooks: which events an integration subscribes to, where deliveries may go, how they are
//! signed, and how failed deliveries are retried. Pure rules; the queue and HTTP live elsewhere.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use chrono::{DateTime, TimeDelta, Utc};
use hmac::{Hmac, Mac};
use serde::Serialize;
use sha2::Sha256;

use crate::{OrganisationId, Problems, UserId, ValidationError, WebhookId};

/// Longest endpoint URL accepted.
pub const MAX_URL_LENGTH: usize = 2_000;
/// Attempts before a delivery is given up as failed.
pub const MAX_ATTEMPTS: i32 = 8;
/// Deliveries whose timestamp is older than this should be refused by receivers (replay).
pub const SIGNATURE_TOLERANCE_SECONDS: i64 = 300;

/// Something that happened that an integration may want to hear about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum WebhookEvent {
    /// An action plan moved to another stage.
    PlanStageChanged,
    /// Feedback was added to a thread (on a proposed action, a plan, a plan's action or a
    /// progress report).
    FeedbackAdded,
    /// An organisation reported progress on a step of its plan.
    ProgressReportSubmitted,
    /// A coordination call (or a series of calls) was scheduled.
    CallScheduled,
}

impl WebhookEvent {
    /// Every event.
    pub const ALL: [Self; 4] = [
        Self::PlanStageChanged,
        Self::FeedbackAdded,
        Self::ProgressReportSubmitted,
        Self::CallScheduled,
    ];

    /// The stable code, as stored, sent in `X-Mega-Event` and shown in the schema.
    pub fn code(self) -> &'static str {
        match self {
            Self::PlanStageChanged => "PLAN_STAGE_CHANGED",
            Self::FeedbackAdded => "FEEDBACK_ADDED",
            Self::ProgressReportSubmitted => "PROGRESS_REPORT_SUBMITTED",
            Self::CallScheduled => "CALL_SCHEDULED",
        }
    }

    /// The event with this code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|event| event.code() == code)
    }
}

/// The subscribed events: at least one, each once, in a stable order.
pub fn parse_events(events: &[WebhookEvent]) -> Result<Vec<WebhookEvent>, ValidationError> {
    let subscribed: Vec<WebhookEvent> = WebhookEvent::ALL
        .into_iter()
        .filter(|event| events.contains(event))
        .collect();
    if subscribed.is_empty() {
        return Err(ValidationError::new(
            "events",
            "REQUIRED",
            "Subscribe to at least one event.",
        ));
    }
    Ok(subscribed)
}

/// A new webhook as given, before validation.
#[derive(Clone, Debug, Default)]
pub struct WebhookDraft {
    /// The receiving endpoint.
    pub url: String,
    /// The events to receive.
    pub events: Vec<WebhookEvent>,
}

/// Changes to a webhook as given; `None` keeps the current value.
#[derive(Clone, Debug, Default)]
pub struct WebhookChanges {
    /// New endpoint.
    pub url: Option<String>,
    /// New events.
    pub events: Option<Vec<WebhookEvent>>,
    /// Pause (`false`) or resume (`true`) deliveries.
    pub active: Option<bool>,
}

/// What a webhook is set to, validated: endpoint, events, and whether it is active.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebhookFields {
    /// Where deliveries are POSTed (see [`parse_url`]).
    pub url: String,
    /// What it hears about: at least one event, each once, in a stable order.
    pub events: Vec<WebhookEvent>,
    /// Whether deliveries are made.
    pub active: bool,
}

impl WebhookDraft {
    /// The fields of a new, active hook; `allow_private` as in [`parse_url`].
    pub fn validate(self, allow_private: bool) -> Result<WebhookFields, Vec<ValidationError>> {
        let mut problems = Problems::new();
        let url = problems.check(parse_url(&self.url, allow_private));
        let events = problems.check(parse_events(&self.events));
        problems.finish(WebhookFields {
            url,
            events,
            active: true,
        })
    }
}

impl WebhookChanges {
    /// The fields of `current` after these changes; `allow_private` as in [`parse_url`].
    pub fn apply(
        self,
        current: &Webhook,
        allow_private: bool,
    ) -> Result<WebhookFields, Vec<ValidationError>> {
        let mut problems = Problems::new();
        let url = match self.url {
            Some(url) => problems.check(parse_url(&url, allow_private)),
            None => current.url.clone(),
        };
        let events = match self.events {
            Some(events) => problems.check(parse_events(&events)),
            None => current.events.clone(),
        };
        problems.finish(WebhookFields {
            url,
            events,
            active: self.active.unwrap_or(current.active),
        })
    }
}

/// A registered endpoint.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Webhook {
    /// Its id.
    pub id: WebhookId,
    /// The organisation whose objects it hears about; `None` for the whole network.
    pub organisation_id: Option<OrganisationId>,
    /// Where deliveries are POSTed.
    pub url: String,
    /// What it hears about.
    pub events: Vec<WebhookEvent>,
    /// Whether deliveries are made.
    pub active: bool,
    /// Who registered it.
    pub created_by: Option<UserId>,
    /// When.
    pub created_at: DateTime<Utc>,
}

impl Webhook {
    /// Whether an event concerning the organisations `concerned` goes to this hook: a
    /// network-wide hook hears everything, an organisation's hook what concerns it.
    pub fn wants(&self, event: WebhookEvent, concerned: &[OrganisationId]) -> bool {
        self.active
            && self.events.contains(&event)
            && self
                .organisation_id
                .is_none_or(|organisation| concerned.contains(&organisation))
    }
}

/// Where a delivery stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum DeliveryStatus {
    /// Not delivered yet; retried at its next attempt time.
    Pending,
    /// The receiver answered 2xx.
    Delivered,
    /// Given up after [`MAX_ATTEMPTS`].
    Failed,
}

impl DeliveryStatus {
    /// The stable code.
    pub fn code(self) -> &'static str {
        match self {
            Self::Pending => "PENDING",
            Self::Delivered => "DELIVERED",
            Self::Failed => "FAILED",
        }
    }

    /// The status with this code.
    pub fn from_code(code: &str) -> Option<Self> {
        [Self::Pending, Self::Delivered, Self::Failed]
            .into_iter()
            .find(|status| status.code() == code)
    }
}

/// One event on its way to one webhook.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebhookDelivery {
    /// Row id.
    pub id: i32,
    /// The hook.
    pub webhook_id: WebhookId,
    /// Public id, sent as `X-Mega-Delivery` (receivers use it to drop duplicates).
    pub delivery_id: String,
    /// The event.
    pub event: WebhookEvent,
    /// The JSON body sent.
    pub payload: String,
    /// Where it stands.
    pub status: DeliveryStatus,
    /// Attempts made so far.
    pub attempts: i32,
    /// When the next attempt is due (while pending).
    pub next_attempt_at: DateTime<Utc>,
    /// HTTP status of the last answer, if any.
    pub response_status: Option<i32>,
    /// Why the last attempt failed.
    pub last_error: Option<String>,
    /// When the event happened.
    pub created_at: DateTime<Utc>,
    /// When a receiver accepted it.
    pub delivered_at: Option<DateTime<Utc>>,
}

/// How long to wait after failed attempt number `attempt` (1-based): `base` doubling each
/// time (base, 2×, 4×, … up to 64× — with the production base of 30 s, about an hour).
pub fn retry_delay(attempt: i32, base: TimeDelta) -> TimeDelta {
    let doublings = u32::try_from((attempt - 1).clamp(0, 6)).unwrap_or(0);
    base * 2_i32.pow(doublings)
}

/// The `X-Mega-Signature` value: `sha256=` and the hex HMAC-SHA256, keyed with the hook's
/// secret, of `"{timestamp}.{body}"` (so a captured body cannot be replayed with a new
/// timestamp).
pub fn signature(secret: &str, timestamp: i64, body: &str) -> String {
    // HMAC accepts keys of any length, so this cannot fail.
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret.as_bytes())
        .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body.as_bytes());
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

/// Checks an endpoint URL: absolute `https` (plain `http` too when `allow_private`), no
/// credentials, and — unless `allow_private` (demo and test mode) — no host that is
/// `localhost` or a private, loopback, link-local or otherwise non-public IP address.
/// Host names are resolved again at each delivery, where the same address rule applies.
pub fn parse_url(raw: &str, allow_private: bool) -> Result<String, ValidationError> {
    let invalid = |message: &str, variant: &str| {
        ValidationError::new("url", "INVALID_URL", message).with("variant", variant)
    };
    let raw = raw.trim();
    if raw.chars().count() > MAX_URL_LENGTH {
        return Err(
            invalid("The URL is longer than 2,000 characters.", "TOO_LONG")
                .with("max", MAX_URL_LENGTH),
        );
    }
    let url = url::Url::parse(raw).map_err(|_| invalid("Not an absolute URL.", "NOT_ABSOLUTE"))?;
    match url.scheme() {
        "https" => {}
        "http" if allow_private => {}
        _ => return Err(invalid("Webhook endpoints must use https.", "NOT_HTTPS")),
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(invalid(
            "The URL must not contain credentials.",
            "CREDENTIALS",
        ));
    }
    let host = url
        .host()
        .ok_or_else(|| invalid("The URL has no host.", "NO_HOST"))?;
    if !allow_private {
        let public = match host {
            url::Host::Domain(domain) => {
                let domain = domain.trim_end_matches('.').to_ascii_lowercase();
                domain != "localhost" && !domain.ends_with(".localhost")
            }
            url::Host::Ipv4(ip) => is_public(IpAddr::V4(ip)),
            url::Host::Ipv6(ip) => is_public(IpAddr::V6(ip)),
        };
        if !public {
            return Err(invalid(
                "Webhook endpoints must not be private, loopback or link-local addresses.",
                "PRIVATE",
            ));
        }
    }
    Ok(url.to_string())
}

/// Whether deliveries may go to `ip`: not private, loopback, link-local, unspecified,
/// multicast, shared (CGNAT), documentation or otherwise reserved.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(ip) => is_public_v4(ip),
        IpAddr::V6(ip) => match ip.to_ipv4_mapped() {
            Some(v4) => is_public_v4(v4),
            None => is_public_v6(ip),
        },
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(ip.is_private()
        || ip.is_loopback()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || a == 0
        || (a == 100 && (64..128).contains(&b))
        || (a == 192 && b == 0 && c == 0)
        || (a == 198 && (18..20).contains(&b))
        || a >= 240)
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let first = ip.segments()[0];
    !(ip.is_loopback()
        || ip.is_unspecified()
        || ip.is_multicast()
        || (first & 0xfe00) == 0xfc00
        || (first & 0xffc0) == 0xfe80
        || first == 0x2001 && ip.segments()[1] == 0x0db8)
}

#[cfg(test)]
mod tests;

/// Longest delivery id accepted in input (ours are 36-character UUIDs).
pub const MAX_DELIVERY_ID: usize = 64;

/// Checks a delivery id given as input: present and not longer than [`MAX_DELIVERY_ID`].
pub fn parse_delivery_id(raw: &str) -> Result<&str, crate::ValidationError> {
    let id = raw.trim();
    if id.is_empty() {
        return Err(crate::ValidationError::new(
            "deliveryId",
            "REQUIRED",
            "The delivery id is required.",
        ));
    }
    if id.chars().count() > MAX_DELIVERY_ID {
        return Err(crate::ValidationError::new(
            "deliveryId",
            "TOO_LONG",
            format!("A delivery id has at most {MAX_DELIVERY_ID} characters."),
        )
        .with("max", MAX_DELIVERY_ID));
    }
    Ok(id)
}

#[cfg(test)]
mod delivery_id_tests {
    use super::*;

    #[test]
    fn delivery_ids_are_required_and_bounded() {
        assert_eq!(parse_delivery_id(" abc ").unwrap(), "abc");
        assert_eq!(parse_delivery_id("  ").unwrap_err().code, "REQUIRED");
        assert_eq!(
            parse_delivery_id(&"x".repeat(65)).unwrap_err().code,
            "TOO_LONG"
        );
        assert!(parse_delivery_id(&"x".repeat(64)).is_ok());
    }
}
