//! The webhook sender: a background task that takes due deliveries from the queue in the
//! database, POSTs them signed, and records each outcome, retrying failures with backoff.
//! Any number of server instances may run it: deliveries are claimed with a lease.

use std::net::SocketAddr;
use std::time::Duration;

use chrono::{TimeDelta, Utc};
use mega_domain::webhook::{self, MAX_ATTEMPTS, WebhookDelivery};
use mega_persistence::{Database, rate_limits, webhooks};
use tokio::task::JoinHandle;

/// How long a claimed delivery is reserved for its sender before another may retry it.
const LEASE: TimeDelta = TimeDelta::seconds(60);
/// Longest wait for a receiver's answer.
const RECEIVER_TIMEOUT: Duration = Duration::from_secs(10);
/// How often expired rate-limit counters are deleted.
const PRUNE_EVERY: Duration = Duration::from_secs(600);

/// How the sender works.
#[derive(Clone, Copy, Debug)]
pub struct SenderConfig {
    /// Pause between looks at the queue when it is empty.
    pub poll_interval: Duration,
    /// Wait after the first failed attempt; doubled after each further one.
    pub retry_base: TimeDelta,
    /// Whether receivers on private or loopback addresses are allowed (demo and test mode).
    pub allow_private: bool,
}

impl Default for SenderConfig {
    fn default() -> Self {
        Self {
            poll_interval: Duration::from_secs(1),
            retry_base: TimeDelta::seconds(30),
            allow_private: false,
        }
    }
}

/// Starts the sender (and the pruning of old rate-limit counters) on the runtime; abort the
/// handle to stop it. A delivery cut off mid-way is retried once its lease ends.
pub fn spawn(db: Database, config: SenderConfig) -> JoinHandle<()> {
    tokio::spawn(async move {
        let mut last_prune = tokio::time::Instant::now() - PRUNE_EVERY;
        loop {
            if last_prune.elapsed() >= PRUNE_EVERY {
                prune_counters(&db).await;
                last_prune = tokio::time::Instant::now();
            }
            match send_due(&db, config).await {
                Ok(0) | Err(_) => tokio::time::sleep(config.poll_interval).await,
                Ok(_) => {}
            }
        }
    })
}

async fn prune_counters(db: &Database) {
    let before =
        mega_domain::rate_limit::window_start(Utc::now()) - mega_domain::rate_limit::WINDOW;
    if let Err(err) = rate_limits::prune(db.conn(), before).await {
        tracing::warn!(error = %err, "pruning rate-limit counters failed");
    }
}

/// Sends every delivery due now; answers how many were attempted.
async fn send_due(db: &Database, config: SenderConfig) -> Result<usize, ()> {
    let mut sent = 0;
    loop {
        let now = Utc::now();
        let claimed = webhooks::claim_due(db.conn(), now, now + LEASE)
            .await
            .map_err(|err| tracing::warn!(error = %err, "reading the webhook queue failed"))?;
        let Some((delivery, hook)) = claimed else {
            return Ok(sent);
        };
        let outcome = attempt(&delivery, &hook.webhook.url, &hook.secret, config).await;
        record(db, &delivery, outcome, config).await;
        sent += 1;
    }
}

/// What one attempt came to.
enum Outcome {
    /// The receiver answered 2xx.
    Accepted(u16),
    /// The receiver answered otherwise, or could not be reached.
    Refused(Option<u16>, String),
}

async fn record(db: &Database, delivery: &WebhookDelivery, outcome: Outcome, config: SenderConfig) {
    let now = Utc::now();
    let result = match outcome {
        Outcome::Accepted(status) => {
            tracing::info!(delivery = %delivery.delivery_id, status, "webhook delivered");
            webhooks::mark_delivered(db.conn(), delivery.id, i32::from(status), now).await
        }
        Outcome::Refused(status, error) => {
            let retry_at = (delivery.attempts < MAX_ATTEMPTS)
                .then(|| now + webhook::retry_delay(delivery.attempts, config.retry_base));
            tracing::warn!(
                delivery = %delivery.delivery_id,
                attempt = delivery.attempts,
                error = %error,
                gives_up = retry_at.is_none(),
                "webhook delivery failed"
            );
            webhooks::mark_attempt_failed(
                db.conn(),
                delivery.id,
                status.map(i32::from),
                &error,
                retry_at,
            )
            .await
        }
    };
    if let Err(err) = result {
        // The lease runs out and the delivery is attempted again: at least once, never lost.
        tracing::error!(error = %err, "recording a webhook delivery failed");
    }
}

/// Resolves the endpoint's host and refuses non-public addresses (unless allowed), so a
/// name that later points inside the network cannot be used to reach it.
async fn resolve(url: &url::Url, allow_private: bool) -> Result<Vec<SocketAddr>, String> {
    let host = url.host_str().ok_or("the URL has no host")?;
    let port = url.port_or_known_default().ok_or("the URL has no port")?;
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let addrs: Vec<SocketAddr> = tokio::net::lookup_host((host, port))
        .await
        .map_err(|_| format!("cannot resolve {host}"))?
        .collect();
    if addrs.is_empty() {
        return Err(format!("cannot resolve {host}"));
    }
    if !allow_private && addrs.iter().any(|addr| !webhook::is_public(addr.ip())) {
        return Err(format!("{host} resolves to a non-public address"));
    }
    Ok(addrs)
}

async fn attempt(
    delivery: &WebhookDelivery,
    endpoint: &str,
    secret: &str,
    config: SenderConfig,
) -> Outcome {
    let Ok(url) = url::Url::parse(endpoint) else {
        return Outcome::Refused(None, "invalid URL".into());
    };
    let addrs = match resolve(&url, config.allow_private).await {
        Ok(addrs) => addrs,
        Err(error) => return Outcome::Refused(None, error),
    };
    let mut client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(RECEIVER_TIMEOUT)
        .user_agent("MEGA-Hub-Webhooks/1");
    if let Some(domain) = url.domain() {
        // Connect to the address just checked, not to whatever a second lookup returns.
        client = client.resolve_to_addrs(domain, &addrs);
    }
    let client = match client.build() {
        Ok(client) => client,
        Err(err) => return Outcome::Refused(None, format!("client: {err}")),
    };
    let timestamp = Utc::now().timestamp();
    let response = client
        .post(url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header("X-Mega-Event", delivery.event.code())
        .header("X-Mega-Delivery", &delivery.delivery_id)
        .header("X-Mega-Timestamp", timestamp.to_string())
        .header(
            "X-Mega-Signature",
            webhook::signature(secret, timestamp, &delivery.payload),
        )
        .body(delivery.payload.clone())
        .send()
        .await;
    match response {
        Ok(response) if response.status().is_success() => {
            Outcome::Accepted(response.status().as_u16())
        }
        Ok(response) => {
            let status = response.status().as_u16();
            Outcome::Refused(Some(status), format!("HTTP {status}"))
        }
        Err(err) if err.is_timeout() => Outcome::Refused(None, "timed out".into()),
        Err(err) if err.is_connect() => Outcome::Refused(None, "connection refused".into()),
        Err(_) => Outcome::Refused(None, "request failed".into()),
    }
}
