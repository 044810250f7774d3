//! E-mail: the mailer, a background task that collects digests when their period comes and
//! sends queued messages over SMTP (`lettre`), retrying failures with backoff and never giving
//! up: with the SMTP server down, mail waits in the outbox. Messages come in the recipient's
//! language, as plain text and HTML, with RFC 8058 one-click unsubscribe headers. Like the
//! webhook sender, any number of instances may run it: messages are claimed with a lease.

pub(crate) mod messages;
mod render;
pub mod unsubscribe_page;

use std::time::Duration;

use chrono::{TimeDelta, Utc};
use lettre::message::header::{Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use mega_api::services::mail_preferences::UnsubscribeScope;
use mega_api::unsubscribe::UnsubscribeKey;
use mega_domain::mail::{self, DigestPeriod, OutboxMessage, OutboxStatus};
use mega_domain::user::Language;
use mega_persistence::{Database, mail as outbox, users};
use tokio::task::JoinHandle;

use self::render::{Footer, Item};

/// How long a claimed message is reserved for its sender before another may retry it.
const LEASE: TimeDelta = TimeDelta::seconds(120);
/// Longest wait for the SMTP server.
const SMTP_TIMEOUT: Duration = Duration::from_secs(20);

/// How mail is sent.
#[derive(Clone, Debug)]
pub struct MailConfig {
    /// The SMTP server (`smtp://host:port`, `smtps://user:pass@host:465`, `?tls=required`
    /// for STARTTLS); without one, mail waits in the outbox.
    pub smtp_url: Option<String>,
    /// The sender address.
    pub from: Mailbox,
    /// The site's address, for the links in messages.
    pub public_url: url::Url,
    /// Pause between looks at the outbox when it is empty.
    pub poll_interval: Duration,
    /// Wait after the first failed attempt; doubled after each further one.
    pub retry_base: TimeDelta,
    /// Longest wait between attempts.
    pub retry_cap: TimeDelta,
    /// Whether the mailer collects digests when their period comes (tests collect them
    /// explicitly instead).
    pub collect_digests: bool,
}

impl MailConfig {
    /// Production pace: a look every 2 s, retries from 30 s up to an hour.
    pub fn new(smtp_url: Option<String>, from: Mailbox, public_url: url::Url) -> Self {
        Self {
            smtp_url,
            from,
            public_url,
            poll_interval: Duration::from_secs(2),
            retry_base: TimeDelta::seconds(30),
            retry_cap: mail::MAX_RETRY_DELAY,
            collect_digests: true,
        }
    }
}

/// Starts the mailer; abort the handle to stop it. A message cut off mid-way is retried once
/// its lease ends (at least once, never lost).
pub fn spawn(db: Database, config: MailConfig, key: UnsubscribeKey) -> JoinHandle<()> {
    tokio::spawn(async move {
        let transport = match config.smtp_url.as_deref().map(transport) {
            Some(Ok(transport)) => Some(transport),
            Some(Err(err)) => {
                tracing::error!(error = %err, "MEGA_SMTP_URL is not usable: mail waits in the outbox");
                None
            }
            None => None,
        };
        loop {
            if config.collect_digests {
                for period in [DigestPeriod::Daily, DigestPeriod::Weekly] {
                    if let Err(err) = collect_if_due(&db, period).await {
                        tracing::warn!(error = %err, period = period.code(), "collecting digests failed");
                    }
                }
            }
            let sent = match &transport {
                Some(transport) => send_due(&db, &config, &key, transport).await,
                None => 0,
            };
            if sent == 0 {
                tokio::time::sleep(config.poll_interval).await;
            }
        }
    })
}

fn transport(
    url: &str,
) -> Result<AsyncSmtpTransport<Tokio1Executor>, lettre::transport::smtp::Error> {
    Ok(AsyncSmtpTransport::<Tokio1Executor>::from_url(url)?
        .timeout(Some(SMTP_TIMEOUT))
        .build())
}

/// Collects the `period` digests when one is due (its collection time passed since the last).
async fn collect_if_due(db: &Database, period: DigestPeriod) -> anyhow::Result<()> {
    let now = Utc::now();
    if period.is_due(outbox::last_digest_run(db.conn(), period).await?, now) {
        collect_digests(db, period).await?;
    }
    Ok(())
}

/// Gathers every notification waiting for a `period` digest into one queued message per
/// recipient, now; answers how many messages. The mailer calls it when a period comes;
/// tests and operators may call it at any time.
pub async fn collect_digests(db: &Database, period: DigestPeriod) -> anyhow::Result<usize> {
    let txn = db.begin_write().await?;
    let count = outbox::collect_digests(&txn, period, Utc::now()).await?;
    txn.commit().await?;
    if count > 0 {
        tracing::info!(period = period.code(), messages = count, "digests queued");
    }
    Ok(count)
}

/// Sends every message due now; answers how many were attempted.
async fn send_due(
    db: &Database,
    config: &MailConfig,
    key: &UnsubscribeKey,
    transport: &AsyncSmtpTransport<Tokio1Executor>,
) -> usize {
    let mut attempted = 0;
    loop {
        let now = Utc::now();
        let claimed = match outbox::claim_due(db.conn(), now, now + LEASE).await {
            Ok(Some(message)) => message,
            Ok(None) => return attempted,
            Err(err) => {
                tracing::warn!(error = %err, "reading the mail outbox failed");
                return attempted;
            }
        };
        attempted += 1;
        let result = match compose(db, config, key, &claimed).await {
            Ok(Some(email)) => transport
                .send(email)
                .await
                .map(|_| OutboxStatus::Sent)
                .map_err(|err| err.to_string()),
            Ok(None) => Ok(OutboxStatus::Dropped),
            Err(err) => Err(err.to_string()),
        };
        record(db, config, &claimed, result).await;
    }
}

async fn record(
    db: &Database,
    config: &MailConfig,
    message: &OutboxMessage,
    result: Result<OutboxStatus, String>,
) {
    let now = Utc::now();
    let written = match result {
        Ok(status) => {
            tracing::info!(mail = message.id, status = status.code(), "mail done");
            let note = (status == OutboxStatus::Dropped)
                .then_some("the recipient is deactivated or its notifications are gone");
            outbox::finish(db.conn(), message.id, status, note, now).await
        }
        Err(error) => {
            let delay =
                mail::retry_delay(message.attempts, config.retry_base).min(config.retry_cap);
            tracing::warn!(mail = message.id, attempt = message.attempts, error = %error, "sending mail failed");
            outbox::mark_failed(db.conn(), message.id, &error, now + delay).await
        }
    };
    if let Err(err) = written {
        // The lease runs out and the message is attempted again: at least once, never lost.
        tracing::error!(error = %err, "recording a mail attempt failed");
    }
}

/// The e-mail for `message`, or `None` when it must not go (the recipient is deactivated
/// or gone, or nothing is left to tell).
async fn compose(
    db: &Database,
    config: &MailConfig,
    key: &UnsubscribeKey,
    message: &OutboxMessage,
) -> anyhow::Result<Option<Message>> {
    let Some(recipient) = users::find(db.conn(), message.recipient_id)
        .await?
        .filter(|user| user.active)
    else {
        return Ok(None);
    };
    let notifications = outbox::notifications_of(db.conn(), message).await?;
    let Some(first) = notifications.first() else {
        return Ok(None);
    };
    let mut items = Vec::with_capacity(notifications.len());
    // A digest often names the same people again: each is read once.
    let mut names: std::collections::HashMap<mega_domain::UserId, Option<String>> =
        std::collections::HashMap::new();
    for notification in &notifications {
        let actor = match notification.actor_id {
            Some(id) => match names.get(&id) {
                Some(name) => name.clone(),
                None => {
                    let name = users::find(db.conn(), id).await?.map(|u| u.display_name);
                    names.insert(id, name.clone());
                    name
                }
            },
            None => None,
        };
        items.push(Item {
            kind: notification.kind.code(),
            actor,
            excerpt: notification.excerpt.clone(),
            url: link(&config.public_url, &notification.target.path()),
        });
    }
    let scope = match message.digest {
        Some(period) => UnsubscribeScope::Digest(period),
        None => UnsubscribeScope::Kind(first.kind),
    };
    let unsubscribe_url = link(
        &config.public_url,
        &format!("/mail/unsubscribe?token={}", key.sign(recipient.id, scope)),
    );
    let footer = Footer {
        settings_url: link(&config.public_url, "/settings/notifications"),
        unsubscribe_url: unsubscribe_url.clone(),
    };
    let language = recipient.language.unwrap_or(Language::En);
    let rendered = render::render(
        language,
        &recipient.display_name,
        &items,
        message.digest,
        &footer,
    );
    let to = Mailbox::new(
        Some(recipient.display_name.clone()),
        recipient.email.as_str().parse()?,
    );
    Ok(Some(
        Message::builder()
            .from(config.from.clone())
            .to(to)
            .subject(rendered.subject)
            .header(ListUnsubscribe(format!("<{unsubscribe_url}>")))
            .header(ListUnsubscribePost)
            .multipart(MultiPart::alternative_plain_html(
                rendered.text,
                rendered.html,
            ))?,
    ))
}

/// `path` (with its query) on the site at `base`.
fn link(base: &url::Url, path: &str) -> String {
    format!("{}{path}", base.as_str().trim_end_matches('/'))
}

/// `List-Unsubscribe` (RFC 2369): where to unsubscribe.
#[derive(Clone)]
struct ListUnsubscribe(String);

impl Header for ListUnsubscribe {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(s.to_owned()))
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}

/// `List-Unsubscribe-Post` (RFC 8058): that a POST to the link unsubscribes in one click.
#[derive(Clone)]
struct ListUnsubscribePost;

impl Header for ListUnsubscribePost {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self)
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "List-Unsubscribe=One-Click".to_owned())
    }
}
