//! `markNotificationRead` and `markAllNotificationsRead`: the signed-in user's own
//! notifications only.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use mega_domain::NotificationId;

use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::{input_id, payload, settle};
use crate::services::notifications as service;
use crate::types::{NotificationObject, UserError};

/// Input of `markNotificationRead`.
#[derive(InputObject)]
pub struct MarkNotificationReadInput {
    /// One of the caller's notifications; anyone else's is `NOT_FOUND`.
    pub id: ID,
}

/// Input of `markAllNotificationsRead`.
#[derive(InputObject)]
pub struct MarkAllNotificationsReadInput {
    /// Only those written at or before this moment (the time the caller saw its list), so a
    /// notification arriving meanwhile stays unread; all when left out.
    pub up_to: Option<DateTime<Utc>>,
}

payload!(
    /// Result of `markNotificationRead`.
    MarkNotificationReadPayload,
    /// The notification, read.
    notification: NotificationObject
);

/// Result of `markAllNotificationsRead`.
#[derive(SimpleObject, Default)]
pub struct MarkAllNotificationsReadPayload {
    /// How many unread notifications were marked read.
    pub marked: Option<u64>,
    /// Problems with the input; nothing was changed when not empty.
    pub user_errors: Vec<UserError>,
}

/// Notification mutations.
#[derive(Default)]
pub struct NotificationMutation;

#[Object]
impl NotificationMutation {
    /// Marks one of the caller's notifications read (one read already keeps its time).
    /// Every signed-in user, for their own notifications only: another user's, or another
    /// type's ID, is `NOT_FOUND` on `id`.
    async fn mark_notification_read(
        &self,
        ctx: &Context<'_>,
        input: MarkNotificationReadInput,
    ) -> ApiResult<MarkNotificationReadPayload> {
        let result = async {
            let id = input_id::<NotificationId>("id", &input.id)?;
            service::mark_read(db(ctx), actor(ctx), id).await
        }
        .await;
        Ok(settle(result.map(NotificationObject))?.into())
    }

    /// Marks all the caller's unread notifications read (or those written up to `upTo`).
    /// Every signed-in user, for their own notifications only.
    async fn mark_all_notifications_read(
        &self,
        ctx: &Context<'_>,
        input: MarkAllNotificationsReadInput,
    ) -> ApiResult<MarkAllNotificationsReadPayload> {
        let result = service::mark_all_read(db(ctx), actor(ctx), input.up_to).await;
        Ok(match settle(result)? {
            Ok(marked) => MarkAllNotificationsReadPayload {
                marked: Some(marked),
                user_errors: Vec::new(),
            },
            Err(user_errors) => MarkAllNotificationsReadPayload {
                marked: None,
                user_errors,
            },
        })
    }
}
