//! `createCalendarFeed` and `revokeCalendarFeed`: the signed-in user's secret calendar URL.

use async_graphql::{Context, Object, SimpleObject};

use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::{payload, settle};
use crate::services::calendar as service;
use crate::types::{CalendarFeedObject, UserError};

/// Result of `createCalendarFeed`: the only time the feed's address is shown.
#[derive(SimpleObject, Default)]
pub struct CreateCalendarFeedPayload {
    /// The feed's path on this site (`/calendar/<secret>.ics`); prefix the site's address
    /// and subscribe to it in a calendar app. Anyone with it reads the calendar: keep it
    /// secret, revoke it when it leaks.
    pub path: Option<String>,
    /// The new feed.
    pub calendar_feed: Option<CalendarFeedObject>,
    /// Problems with the input; nothing was changed when not empty.
    pub user_errors: Vec<UserError>,
}

payload!(
    /// Result of `revokeCalendarFeed`.
    RevokeCalendarFeedPayload,
    /// Whether the feed was revoked (its URL now answers 404).
    revoked: bool
);

/// Calendar feed mutations.
#[derive(Default)]
pub struct CalendarMutation;

#[Object]
impl CalendarMutation {
    /// Creates a calendar feed for the signed-in user, revoking an earlier one. Open to every
    /// signed-in user, for themselves.
    async fn create_calendar_feed(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<CreateCalendarFeedPayload> {
        let result = service::create_feed(db(ctx), actor(ctx)).await;
        Ok(match settle(result)? {
            Ok((token, feed)) => CreateCalendarFeedPayload {
                path: Some(format!("/calendar/{token}.ics")),
                calendar_feed: Some(feed.into()),
                user_errors: Vec::new(),
            },
            Err(user_errors) => CreateCalendarFeedPayload {
                user_errors,
                ..Default::default()
            },
        })
    }

    /// Revokes the signed-in user's calendar feed: its URL answers 404 from now on.
    /// `NOT_FOUND` when there is none.
    async fn revoke_calendar_feed(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<RevokeCalendarFeedPayload> {
        let result = service::revoke_feed(db(ctx), actor(ctx))
            .await
            .map(|()| true);
        Ok(settle(result)?.into())
    }
}
