//! Repository of notifications: written in the transaction of the change that caused them,
//! read and marked read by their recipient. Also loads the candidates the policy picks
//! recipients from: every active user with its organisation's memberships and its expert
//! invitations, in three statements.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use mega_domain::mail::MailDelivery;
use mega_domain::notification::{
    NewNotification, Notification, NotificationKind, NotificationTarget, StoredTarget, TargetType,
};
use mega_domain::{
    FeedbackId, GlobalRole, MembershipRole, NotificationId, OrganisationId, Page, PageRequest,
    Principal, UserId, WorkingGroupId,
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

use crate::entities::{expert_invitation, membership, notification, user};
use crate::error::{PersistenceError, Result};

pub(crate) fn to_domain(row: notification::Model) -> Result<Notification> {
    let corrupt =
        |what: &str| PersistenceError::Corrupt(format!("notification {}: {what}", row.id));
    let kind = NotificationKind::from_code(&row.kind).ok_or_else(|| corrupt("kind"))?;
    let target = TargetType::from_code(&row.target_type)
        .and_then(|ty| {
            NotificationTarget::from_stored(
                ty,
                StoredTarget {
                    id: row.target_id,
                    plan: row.plan_id,
                    step: row.step_id,
                    group: row.working_group_id,
                },
            )
        })
        .ok_or_else(|| corrupt("target"))?;
    Ok(Notification {
        id: NotificationId(row.id),
        recipient_id: UserId(row.recipient_id),
        actor_id: row.actor_id.map(UserId),
        kind,
        target,
        feedback_id: row.feedback_id.map(FeedbackId),
        excerpt: row.excerpt,
        created_at: row.created_at,
        read_at: row.read_at,
    })
}

/// Writes `new` once for each of `recipients`, caused by `actor`, at `at`, each marked with
/// how its recipient wants that kind mailed; an immediately mailed one is queued in the mail
/// outbox in the same transaction.
pub async fn insert_for(
    conn: &impl ConnectionTrait,
    recipients: &[UserId],
    actor: Option<UserId>,
    new: &NewNotification,
    at: DateTime<Utc>,
) -> Result<()> {
    if recipients.is_empty() {
        return Ok(());
    }
    let deliveries = crate::mail::deliveries_for(conn, recipients, new.kind).await?;
    let (ty, stored) = new.target.stored();
    let mut immediate = Vec::new();
    for recipient in recipients {
        let delivery = deliveries.get(recipient).copied().unwrap_or_default();
        let row = notification::ActiveModel {
            recipient_id: Set(recipient.0),
            actor_id: Set(actor.map(|a| a.0)),
            kind: Set(new.kind.code().to_owned()),
            target_type: Set(ty.code().to_owned()),
            target_id: Set(stored.id),
            plan_id: Set(stored.plan),
            step_id: Set(stored.step),
            working_group_id: Set(stored.group),
            feedback_id: Set(new.feedback_id.map(|f| f.0)),
            excerpt: Set(new.excerpt.clone()),
            created_at: Set(at),
            read_at: Set(None),
            mail: Set((delivery != MailDelivery::Off).then(|| delivery.code().to_owned())),
            digest_id: Set(None),
            ..Default::default()
        };
        let id = notification::Entity::insert(row)
            .exec(conn)
            .await?
            .last_insert_id;
        if delivery == MailDelivery::Immediately {
            immediate.push((*recipient, NotificationId(id)));
        }
    }
    crate::mail::enqueue_immediate(conn, &immediate, at).await
}

/// One notification by id.
pub async fn find(conn: &impl ConnectionTrait, id: NotificationId) -> Result<Option<Notification>> {
    notification::Entity::find_by_id(id.0)
        .one(conn)
        .await?
        .map(to_domain)
        .transpose()
}

/// A recipient's notifications, newest first; only the unread ones with `unread_only`.
pub async fn page(
    conn: &impl ConnectionTrait,
    recipient: UserId,
    unread_only: bool,
    request: PageRequest,
) -> Result<Page<Notification>> {
    let mut select =
        notification::Entity::find().filter(notification::Column::RecipientId.eq(recipient.0));
    if unread_only {
        select = select.filter(notification::Column::ReadAt.is_null());
    }
    let select = select
        .order_by_desc(notification::Column::CreatedAt)
        .order_by_desc(notification::Column::Id);
    crate::paging::fetch_page(conn, select, request, to_domain).await
}

/// How many notifications of `recipient` are unread.
pub async fn unread_count(conn: &impl ConnectionTrait, recipient: UserId) -> Result<u64> {
    Ok(notification::Entity::find()
        .filter(notification::Column::RecipientId.eq(recipient.0))
        .filter(notification::Column::ReadAt.is_null())
        .count(conn)
        .await?)
}

/// Marks one notification read at `at`; `false` when it was read already (or is gone).
pub async fn mark_read(
    conn: &impl ConnectionTrait,
    id: NotificationId,
    at: DateTime<Utc>,
) -> Result<bool> {
    let result = notification::Entity::update_many()
        .col_expr(notification::Column::ReadAt, at.into())
        .filter(notification::Column::Id.eq(id.0))
        .filter(notification::Column::ReadAt.is_null())
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Marks every unread notification of `recipient` (written at or before `up_to`, when given)
/// read at `at`; returns how many.
pub async fn mark_all_read(
    conn: &impl ConnectionTrait,
    recipient: UserId,
    up_to: Option<DateTime<Utc>>,
    at: DateTime<Utc>,
) -> Result<u64> {
    let mut update = notification::Entity::update_many()
        .col_expr(notification::Column::ReadAt, at.into())
        .filter(notification::Column::RecipientId.eq(recipient.0))
        .filter(notification::Column::ReadAt.is_null());
    if let Some(up_to) = up_to {
        update = update.filter(notification::Column::CreatedAt.lte(up_to));
    }
    let result = update.exec(conn).await?;
    Ok(result.rows_affected)
}

/// Every active user as the policy sees it (memberships of its organisation, invitations),
/// in user id order: the candidates recipients are picked from.
pub async fn candidates(conn: &impl ConnectionTrait) -> Result<Vec<Principal>> {
    let users = user::Entity::find()
        .filter(user::Column::Active.eq(true))
        .order_by_asc(user::Column::Id)
        .all(conn)
        .await?;
    let mut memberships: HashMap<i32, Vec<(WorkingGroupId, MembershipRole)>> = HashMap::new();
    for row in membership::Entity::find()
        .order_by_asc(membership::Column::Id)
        .all(conn)
        .await?
    {
        let role = MembershipRole::from_code(&row.role)
            .ok_or_else(|| PersistenceError::Corrupt(format!("membership {}: role", row.id)))?;
        memberships
            .entry(row.organisation_id)
            .or_default()
            .push((WorkingGroupId(row.working_group_id), role));
    }
    let mut invitations: HashMap<i32, Vec<WorkingGroupId>> = HashMap::new();
    for row in expert_invitation::Entity::find().all(conn).await? {
        invitations
            .entry(row.user_id)
            .or_default()
            .push(WorkingGroupId(row.working_group_id));
    }
    users
        .into_iter()
        .map(|row| {
            let role = GlobalRole::from_code(&row.global_role)
                .ok_or_else(|| PersistenceError::Corrupt(format!("user {}: role", row.id)))?;
            Ok(Principal {
                user_id: UserId(row.id),
                organisation_id: row.organisation_id.map(OrganisationId),
                role,
                memberships: row
                    .organisation_id
                    .and_then(|o| memberships.get(&o).cloned())
                    .unwrap_or_default(),
                invitations: invitations.get(&row.id).cloned().unwrap_or_default(),
            })
        })
        .collect()
}

/// Who was told of `kind` about which of `targets` already: (recipient, target id) pairs, so
/// a scheduled check tells each recipient once.
pub async fn told(
    conn: &impl ConnectionTrait,
    kind: NotificationKind,
    targets: &[i32],
) -> Result<std::collections::HashSet<(UserId, i32)>> {
    if targets.is_empty() {
        return Ok(std::collections::HashSet::new());
    }
    let rows = notification::Entity::find()
        .select_only()
        .column(notification::Column::RecipientId)
        .column(notification::Column::TargetId)
        .filter(notification::Column::Kind.eq(kind.code()))
        .filter(notification::Column::TargetId.is_in(targets.iter().copied()))
        .into_tuple::<(i32, i32)>()
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(recipient, target)| (UserId(recipient), target))
        .collect())
}

/// When each recipient was last told of `kind` about each of `targets`: (recipient, target)
/// to the latest time.
pub async fn last_told(
    conn: &impl ConnectionTrait,
    kind: NotificationKind,
    targets: &[i32],
) -> Result<HashMap<(UserId, i32), DateTime<Utc>>> {
    if targets.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = notification::Entity::find()
        .select_only()
        .column(notification::Column::RecipientId)
        .column(notification::Column::TargetId)
        .column(notification::Column::CreatedAt)
        .filter(notification::Column::Kind.eq(kind.code()))
        .filter(notification::Column::TargetId.is_in(targets.iter().copied()))
        .into_tuple::<(i32, i32, DateTime<Utc>)>()
        .all(conn)
        .await?;
    let mut last: HashMap<(UserId, i32), DateTime<Utc>> = HashMap::new();
    for (recipient, target, at) in rows {
        let entry = last.entry((UserId(recipient), target)).or_insert(at);
        *entry = (*entry).max(at);
    }
    Ok(last)
}
