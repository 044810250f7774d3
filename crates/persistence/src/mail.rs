//! Repository of e-mail: users' delivery choices per notification kind, the outbox the mailer
//! claims messages from (with a lease, so several instances may send), and the collection of
//! digests.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use mega_domain::mail::{DigestPeriod, MailDelivery, OutboxMessage, OutboxStatus};
use mega_domain::notification::NotificationKind;
use mega_domain::{NotificationId, UserId};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect,
};

use crate::entities::{mail_digest_run, mail_outbox, notification, notification_preference};
use crate::error::{PersistenceError, Result};

/// Longest error text kept with a failed attempt.
const MAX_ERROR: usize = 400;

/// The choices `user` made (kinds without a row are mailed immediately).
pub async fn preferences(
    conn: &impl ConnectionTrait,
    user: UserId,
) -> Result<BTreeMap<&'static str, MailDelivery>> {
    let rows = notification_preference::Entity::find()
        .filter(notification_preference::Column::UserId.eq(user.0))
        .all(conn)
        .await?;
    rows.into_iter()
        .map(|row| {
            let corrupt =
                || PersistenceError::Corrupt(format!("preference of user {}", row.user_id));
            let kind = NotificationKind::from_code(&row.kind).ok_or_else(corrupt)?;
            let delivery = MailDelivery::from_code(&row.delivery).ok_or_else(corrupt)?;
            Ok((kind.code(), delivery))
        })
        .collect()
}

/// How each of `users` wants `kind` mailed (the default where they chose nothing).
pub async fn deliveries_for(
    conn: &impl ConnectionTrait,
    users: &[UserId],
    kind: NotificationKind,
) -> Result<BTreeMap<UserId, MailDelivery>> {
    let mut chosen: BTreeMap<UserId, MailDelivery> = users
        .iter()
        .map(|u| (*u, MailDelivery::default()))
        .collect();
    let rows = notification_preference::Entity::find()
        .filter(notification_preference::Column::UserId.is_in(users.iter().map(|u| u.0)))
        .filter(notification_preference::Column::Kind.eq(kind.code()))
        .all(conn)
        .await?;
    for row in rows {
        let delivery = MailDelivery::from_code(&row.delivery).ok_or_else(|| {
            PersistenceError::Corrupt(format!("preference of user {}", row.user_id))
        })?;
        chosen.insert(UserId(row.user_id), delivery);
    }
    Ok(chosen)
}

/// Records how `user` wants `kind` mailed.
pub async fn set_preference(
    conn: &impl ConnectionTrait,
    user: UserId,
    kind: NotificationKind,
    delivery: MailDelivery,
) -> Result<()> {
    notification_preference::Entity::insert(notification_preference::ActiveModel {
        user_id: Set(user.0),
        kind: Set(kind.code().to_owned()),
        delivery: Set(delivery.code().to_owned()),
    })
    .on_conflict(
        OnConflict::columns([
            notification_preference::Column::UserId,
            notification_preference::Column::Kind,
        ])
        .update_column(notification_preference::Column::Delivery)
        .to_owned(),
    )
    .exec(conn)
    .await?;
    Ok(())
}

/// Queues one immediate message per notification in `notifications` (recipient, id).
pub async fn enqueue_immediate(
    conn: &impl ConnectionTrait,
    notifications: &[(UserId, NotificationId)],
    at: DateTime<Utc>,
) -> Result<()> {
    if notifications.is_empty() {
        return Ok(());
    }
    let rows = notifications
        .iter()
        .map(|(recipient, id)| mail_outbox::ActiveModel {
            recipient_id: Set(recipient.0),
            notification_id: Set(Some(id.0)),
            digest: Set(None),
            status: Set(OutboxStatus::Pending.code().to_owned()),
            attempts: Set(0),
            next_attempt_at: Set(at),
            lease_until: Set(None),
            last_error: Set(None),
            created_at: Set(at),
            sent_at: Set(None),
            ..Default::default()
        });
    mail_outbox::Entity::insert_many(rows).exec(conn).await?;
    Ok(())
}

/// Gathers every notification waiting for a `period` digest (written at or before `now`) into
/// one queued message per recipient, and records the collection; answers how many messages.
/// Run it in a transaction: a notification is taken by exactly one digest.
pub async fn collect_digests(
    conn: &impl ConnectionTrait,
    period: DigestPeriod,
    now: DateTime<Utc>,
) -> Result<usize> {
    let delivery = match period {
        DigestPeriod::Daily => MailDelivery::DailyDigest,
        DigestPeriod::Weekly => MailDelivery::WeeklyDigest,
    };
    let waiting = notification::Entity::find()
        .select_only()
        .column(notification::Column::Id)
        .column(notification::Column::RecipientId)
        .filter(notification::Column::Mail.eq(delivery.code()))
        .filter(notification::Column::DigestId.is_null())
        .filter(notification::Column::CreatedAt.lte(now))
        .into_tuple::<(i32, i32)>()
        .all(conn)
        .await?;
    let mut by_recipient: BTreeMap<i32, Vec<i32>> = BTreeMap::new();
    for (id, recipient) in waiting {
        by_recipient.entry(recipient).or_default().push(id);
    }
    for (recipient, ids) in &by_recipient {
        let digest = mail_outbox::Entity::insert(mail_outbox::ActiveModel {
            recipient_id: Set(*recipient),
            notification_id: Set(None),
            digest: Set(Some(period.code().to_owned())),
            status: Set(OutboxStatus::Pending.code().to_owned()),
            attempts: Set(0),
            next_attempt_at: Set(now),
            lease_until: Set(None),
            last_error: Set(None),
            created_at: Set(now),
            sent_at: Set(None),
            ..Default::default()
        })
        .exec(conn)
        .await?
        .last_insert_id;
        notification::Entity::update_many()
            .col_expr(notification::Column::DigestId, digest.into())
            .filter(notification::Column::Id.is_in(ids.iter().copied()))
            .exec(conn)
            .await?;
    }
    mail_digest_run::Entity::insert(mail_digest_run::ActiveModel {
        period: Set(period.code().to_owned()),
        last_run_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(mail_digest_run::Column::Period)
            .update_column(mail_digest_run::Column::LastRunAt)
            .to_owned(),
    )
    .exec(conn)
    .await?;
    Ok(by_recipient.len())
}

/// When `period` digests were last collected.
pub async fn last_digest_run(
    conn: &impl ConnectionTrait,
    period: DigestPeriod,
) -> Result<Option<DateTime<Utc>>> {
    Ok(
        mail_digest_run::Entity::find_by_id(period.code().to_owned())
            .one(conn)
            .await?
            .map(|row| row.last_run_at),
    )
}

fn to_message(row: mail_outbox::Model) -> Result<OutboxMessage> {
    let digest = row
        .digest
        .as_deref()
        .map(|code| {
            DigestPeriod::from_code(code)
                .ok_or_else(|| PersistenceError::Corrupt(format!("mail {}: digest", row.id)))
        })
        .transpose()?;
    Ok(OutboxMessage {
        id: row.id,
        recipient_id: UserId(row.recipient_id),
        notification_id: row.notification_id.map(NotificationId),
        digest,
        attempts: row.attempts,
    })
}

/// Takes the next message due at `now` for this sender until `lease_until` (counting the
/// attempt), or `None` when nothing is due.
pub async fn claim_due(
    conn: &impl ConnectionTrait,
    now: DateTime<Utc>,
    lease_until: DateTime<Utc>,
) -> Result<Option<OutboxMessage>> {
    // A few candidates, in case another instance claims the first one between our read and
    // our conditional update.
    let candidates = mail_outbox::Entity::find()
        .filter(mail_outbox::Column::Status.eq(OutboxStatus::Pending.code()))
        .filter(mail_outbox::Column::NextAttemptAt.lte(now))
        .filter(
            Condition::any()
                .add(mail_outbox::Column::LeaseUntil.is_null())
                .add(mail_outbox::Column::LeaseUntil.lt(now)),
        )
        .order_by_asc(mail_outbox::Column::NextAttemptAt)
        .order_by_asc(mail_outbox::Column::Id)
        .limit(5)
        .all(conn)
        .await?;
    for candidate in candidates {
        let claimed = mail_outbox::Entity::update_many()
            .col_expr(mail_outbox::Column::LeaseUntil, lease_until.into())
            .col_expr(
                mail_outbox::Column::Attempts,
                (candidate.attempts + 1).into(),
            )
            .filter(mail_outbox::Column::Id.eq(candidate.id))
            .filter(mail_outbox::Column::Attempts.eq(candidate.attempts))
            .filter(mail_outbox::Column::Status.eq(OutboxStatus::Pending.code()))
            .exec(conn)
            .await?;
        if claimed.rows_affected == 1 {
            let mut message = to_message(candidate)?;
            message.attempts += 1;
            return Ok(Some(message));
        }
    }
    Ok(None)
}

/// The notifications a message tells of, oldest first.
pub async fn notifications_of(
    conn: &impl ConnectionTrait,
    message: &OutboxMessage,
) -> Result<Vec<mega_domain::notification::Notification>> {
    let select = match message.notification_id {
        Some(id) => notification::Entity::find().filter(notification::Column::Id.eq(id.0)),
        None => notification::Entity::find().filter(notification::Column::DigestId.eq(message.id)),
    };
    select
        .order_by_asc(notification::Column::CreatedAt)
        .order_by_asc(notification::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(crate::notifications::to_domain)
        .collect()
}

/// Ends a message: sent (accepted by the SMTP server) or dropped on purpose.
pub async fn finish(
    conn: &impl ConnectionTrait,
    id: i32,
    status: OutboxStatus,
    note: Option<&str>,
    at: DateTime<Utc>,
) -> Result<()> {
    mail_outbox::Entity::update_many()
        .col_expr(mail_outbox::Column::Status, status.code().into())
        .col_expr(mail_outbox::Column::SentAt, at.into())
        .col_expr(
            mail_outbox::Column::LeaseUntil,
            Option::<DateTime<Utc>>::None.into(),
        )
        .col_expr(mail_outbox::Column::LastError, note.map(cut).into())
        .filter(mail_outbox::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Records a failed attempt; the message is tried again at `retry_at`.
pub async fn mark_failed(
    conn: &impl ConnectionTrait,
    id: i32,
    error: &str,
    retry_at: DateTime<Utc>,
) -> Result<()> {
    mail_outbox::Entity::update_many()
        .col_expr(mail_outbox::Column::NextAttemptAt, retry_at.into())
        .col_expr(
            mail_outbox::Column::LeaseUntil,
            Option::<DateTime<Utc>>::None.into(),
        )
        .col_expr(mail_outbox::Column::LastError, Some(cut(error)).into())
        .filter(mail_outbox::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

fn cut(text: &str) -> String {
    text.chars().take(MAX_ERROR).collect()
}

/// How many messages are in each state: what the coordinator sees of the outbox.
pub async fn count_by_status(conn: &impl ConnectionTrait, status: OutboxStatus) -> Result<u64> {
    Ok(mail_outbox::Entity::find()
        .filter(mail_outbox::Column::Status.eq(status.code()))
        .count(conn)
        .await?)
}

/// A message of the outbox as the coordinator sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutboxEntry {
    /// Its row.
    pub id: i32,
    /// Who receives it.
    pub recipient_id: UserId,
    /// The notification it tells of (an immediate message).
    pub notification_id: Option<NotificationId>,
    /// The period it gathers (a digest).
    pub digest: Option<DigestPeriod>,
    /// Where it stands.
    pub status: OutboxStatus,
    /// Attempts so far.
    pub attempts: i32,
    /// The last failure's text (the SMTP server's), if any.
    pub last_error: Option<String>,
    /// When it was queued.
    pub created_at: DateTime<Utc>,
    /// When it was sent or dropped.
    pub sent_at: Option<DateTime<Utc>>,
}

/// The outbox's messages in `status`, oldest first.
pub async fn page(
    conn: &impl ConnectionTrait,
    status: OutboxStatus,
    request: mega_domain::PageRequest,
) -> Result<mega_domain::Page<OutboxEntry>> {
    let select = mail_outbox::Entity::find()
        .filter(mail_outbox::Column::Status.eq(status.code()))
        .order_by_asc(mail_outbox::Column::CreatedAt)
        .order_by_asc(mail_outbox::Column::Id);
    crate::paging::fetch_page(conn, select, request, |row| {
        let corrupt = || PersistenceError::Corrupt(format!("mail {}", row.id));
        Ok(OutboxEntry {
            id: row.id,
            recipient_id: UserId(row.recipient_id),
            notification_id: row.notification_id.map(NotificationId),
            digest: row
                .digest
                .as_deref()
                .map(|code| DigestPeriod::from_code(code).ok_or_else(corrupt))
                .transpose()?,
            status: OutboxStatus::from_code(&row.status).ok_or_else(corrupt)?,
            attempts: row.attempts,
            last_error: row.last_error,
            created_at: row.created_at,
            sent_at: row.sent_at,
        })
    })
    .await
}
