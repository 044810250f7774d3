//! Reading one's notifications: `viewer { notifications, unreadNotificationCount }`, and
//! `node(id:)` for the recipient only.

use async_graphql::Context;
use mega_domain::{Action, Actor, NotificationId, UserId, allows};

use crate::connection::{PageConnection, connection, page_request};
use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::internal;
use crate::services::notifications as service;
use crate::types::{Node, NotificationObject};

/// `User.notifications`: `owner`'s notifications, for `owner` itself only (null for everyone
/// else, the coordinator included).
pub(crate) async fn of_user(
    ctx: &Context<'_>,
    actor: &Actor,
    owner: UserId,
    unread_only: bool,
    first: Option<i32>,
    after: Option<String>,
) -> ApiResult<Option<PageConnection<NotificationObject>>> {
    if !allows(actor, Action::ManageOwnNotifications { recipient: owner }) {
        return Ok(None);
    }
    let page = service::page(db(ctx), actor, unread_only, page_request(first, after)?)
        .await
        .map_err(internal)?;
    Ok(Some(connection(page, NotificationObject)))
}

/// `User.unreadNotificationCount`, for `owner` itself only.
pub(crate) async fn unread_of_user(
    ctx: &Context<'_>,
    actor: &Actor,
    owner: UserId,
) -> ApiResult<Option<u64>> {
    if !allows(actor, Action::ManageOwnNotifications { recipient: owner }) {
        return Ok(None);
    }
    Ok(Some(
        service::unread_count(db(ctx), actor)
            .await
            .map_err(internal)?,
    ))
}

/// `node(id:)` for a `Notification`: null unless the caller is its recipient.
pub(crate) async fn node(ctx: &Context<'_>, raw: i32) -> ApiResult<Option<Node>> {
    let found = service::find(db(ctx), actor(ctx), NotificationId(raw))
        .await
        .map_err(internal)?;
    Ok(found.map(|n| Node::Notification(NotificationObject(n))))
}
