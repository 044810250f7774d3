//! The mail outbox, for the coordinator: what waits for the SMTP server (all of it when
//! none is configured), what was sent and what was dropped.

use async_graphql::{Context, Enum, Object, SimpleObject};
use chrono::{DateTime, Utc};
use mega_domain::mail::OutboxStatus;
use mega_domain::{Action, authorize};
use mega_persistence::mail::{self, OutboxEntry};

use crate::connection::{PageConnection, connection, page_request};
use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::loaders::{UserLoader, load_one};
use crate::types::UserObject;

/// Where a message of the outbox stands.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(name = "MailStatus", remote = "mega_domain::mail::OutboxStatus")]
pub enum MailStatusGql {
    /// Waiting for the SMTP server (again, after a failed attempt).
    Pending,
    /// Accepted by the SMTP server.
    Sent,
    /// Not sent on purpose: its recipient was deactivated or its notifications are gone.
    Dropped,
}

/// How many messages are in each state.
#[derive(SimpleObject)]
pub struct MailOutboxCounts {
    /// Waiting.
    pub pending: u64,
    /// Sent.
    pub sent: u64,
    /// Dropped.
    pub dropped: u64,
}

/// A message of the outbox.
pub struct OutboxMailObject(OutboxEntry);

/// A message of the outbox.
#[Object(name = "OutboxMail")]
impl OutboxMailObject {
    /// Identifies it in this list (not a node: it cannot be fetched on its own).
    async fn id(&self) -> async_graphql::ID {
        async_graphql::ID(format!("OutboxMail:{}", self.0.id))
    }

    /// Who receives it.
    async fn recipient(&self, ctx: &Context<'_>) -> ApiResult<Option<UserObject>> {
        Ok(load_one::<UserLoader, _>(ctx, self.0.recipient_id)
            .await?
            .map(UserObject::new))
    }

    /// Whether it is a digest (of `DAILY` or `WEEKLY` notifications) rather than one
    /// notification.
    async fn digest(&self) -> Option<&'static str> {
        self.0.digest.map(|d| d.code())
    }

    /// Where it stands.
    async fn status(&self) -> MailStatusGql {
        self.0.status.into()
    }

    /// Attempts so far.
    async fn attempts(&self) -> i32 {
        self.0.attempts
    }

    /// The SMTP server's answer to the last failed attempt, as it gave it (for operators).
    async fn last_error(&self) -> Option<&str> {
        self.0.last_error.as_deref()
    }

    /// When it was queued.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When it was sent or dropped.
    async fn finished_at(&self) -> Option<DateTime<Utc>> {
        self.0.sent_at
    }
}

/// Mail outbox queries.
#[derive(Default)]
pub struct MailQuery;

#[Object]
impl MailQuery {
    /// How many messages the outbox holds in each state. Coordinator only.
    async fn mail_outbox_counts(&self, ctx: &Context<'_>) -> ApiResult<MailOutboxCounts> {
        authorize(actor(ctx), Action::ReadMailOutbox)?;
        let conn = db(ctx).conn();
        Ok(MailOutboxCounts {
            pending: mail::count_by_status(conn, OutboxStatus::Pending).await?,
            sent: mail::count_by_status(conn, OutboxStatus::Sent).await?,
            dropped: mail::count_by_status(conn, OutboxStatus::Dropped).await?,
        })
    }

    /// The outbox's messages in one state, oldest first. Coordinator only.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn mail_outbox(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "Which messages (default: those still waiting).",
            default_with = "MailStatusGql::Pending"
        )]
        status: MailStatusGql,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<PageConnection<OutboxMailObject>> {
        authorize(actor(ctx), Action::ReadMailOutbox)?;
        let page = mail::page(db(ctx).conn(), status.into(), page_request(first, after)?).await?;
        Ok(connection(page, OutboxMailObject))
    }
}
