//! GraphQL `CalendarFeed`: the signed-in user's secret calendar URL (its token is shown only
//! when it is created).

use async_graphql::SimpleObject;
use chrono::{DateTime, Utc};
use mega_persistence::calendar::Feed;

/// The signed-in user's calendar feed: coordination calls and webinars of its groups, every
/// event, and its organisation's step deadlines, for calendar apps.
#[derive(SimpleObject)]
#[graphql(name = "CalendarFeed")]
pub struct CalendarFeedObject {
    /// When it was created (its URL is shown only then).
    pub created_at: DateTime<Utc>,
}

impl From<Feed> for CalendarFeedObject {
    fn from(feed: Feed) -> Self {
        Self {
            created_at: feed.created_at,
        }
    }
}
