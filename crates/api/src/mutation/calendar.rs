//! `createCalendarFeed` and `revokeCalendarFeed`: the signed-in user's secret calendar URL.

use async_graphql::{Context, InputObject, Object, SimpleObject};
use mega_domain::ValidationError;

use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::settle;
use crate::services::ServiceError;
use crate::services::calendar as service;
use crate::types::{CalendarFeedObject, UserError};

/// Longest `clientMutationId` accepted.
const MAX_CLIENT_MUTATION_ID: usize = 100;

/// Input of `createCalendarFeed` and `revokeCalendarFeed`: both act on the signed-in user's
/// own feed, so they need nothing but an optional client marker.
#[derive(InputObject, Default)]
pub struct CalendarFeedInput {
    /// Echoed in the payload, for clients matching answers to requests (Relay's
    /// convention); at most 100 characters.
    pub client_mutation_id: Option<String>,
}

impl CalendarFeedInput {
    /// The marker, or the error refusing it (nothing changes then).
    fn checked(self) -> Result<Option<String>, ServiceError> {
        match self.client_mutation_id {
            Some(id) if id.chars().count() > MAX_CLIENT_MUTATION_ID => {
                Err(ServiceError::Invalid(vec![
                    ValidationError::new("clientMutationId", "TOO_LONG", "At most 100 characters.")
                        .with("max", MAX_CLIENT_MUTATION_ID),
                ]))
            }
            other => Ok(other),
        }
    }
}

/// Result of `createCalendarFeed`: the only time the feed's address is shown.
#[derive(SimpleObject, Default)]
pub struct CreateCalendarFeedPayload {
    /// The feed's path on this site (`/calendar/<secret>.ics`); prefix the site's address
    /// and subscribe to it in a calendar app. Anyone with it reads the calendar: keep it
    /// secret, revoke it when it leaks.
    pub path: Option<String>,
    /// The new feed.
    pub calendar_feed: Option<CalendarFeedObject>,
    /// The input's `clientMutationId`.
    pub client_mutation_id: Option<String>,
    /// Problems with the input; nothing was changed when not empty.
    pub user_errors: Vec<UserError>,
}

/// Result of `revokeCalendarFeed`.
#[derive(SimpleObject, Default)]
pub struct RevokeCalendarFeedPayload {
    /// Whether the feed was revoked (its URL now answers 404).
    pub revoked: Option<bool>,
    /// The input's `clientMutationId`.
    pub client_mutation_id: Option<String>,
    /// Problems with the input; nothing was changed when not empty.
    pub user_errors: Vec<UserError>,
}

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
        #[graphql(default)] input: CalendarFeedInput,
    ) -> ApiResult<CreateCalendarFeedPayload> {
        let result = match input.checked() {
            Ok(marker) => service::create_feed(db(ctx), actor(ctx))
                .await
                .map(|created| (created, marker)),
            Err(err) => Err(err),
        };
        Ok(match settle(result)? {
            Ok(((token, feed), marker)) => CreateCalendarFeedPayload {
                path: Some(format!("/calendar/{token}.ics")),
                calendar_feed: Some(feed.into()),
                client_mutation_id: marker,
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
        #[graphql(default)] input: CalendarFeedInput,
    ) -> ApiResult<RevokeCalendarFeedPayload> {
        let result = match input.checked() {
            Ok(marker) => service::revoke_feed(db(ctx), actor(ctx))
                .await
                .map(|()| marker),
            Err(err) => Err(err),
        };
        Ok(match settle(result)? {
            Ok(marker) => RevokeCalendarFeedPayload {
                revoked: Some(true),
                client_mutation_id: marker,
                user_errors: Vec::new(),
            },
            Err(user_errors) => RevokeCalendarFeedPayload {
                user_errors,
                ..Default::default()
            },
        })
    }
}
