//! GraphQL `MailPreference` and `MailDelivery`: how the signed-in user wants each kind of
//! notification mailed.

use async_graphql::{Enum, SimpleObject};
use mega_domain::mail::MailDelivery;
use mega_domain::notification::NotificationKind;

use super::notification::NotificationKindGql;

/// How a kind of notification is mailed.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(name = "MailDelivery", remote = "mega_domain::mail::MailDelivery")]
pub enum MailDeliveryGql {
    /// One message per notification, as soon as it happens (the default).
    Immediately,
    /// Gathered into one message a day (collected at 05:00 UTC).
    DailyDigest,
    /// Gathered into one message a week (Mondays, 05:00 UTC).
    WeeklyDigest,
    /// Not mailed; the notification still shows in the application.
    Off,
}

/// How the user wants one kind of notification mailed.
#[derive(SimpleObject)]
#[graphql(name = "MailPreference")]
pub struct MailPreferenceObject {
    /// The kind of notification.
    pub kind: NotificationKindGql,
    /// How it is mailed.
    pub delivery: MailDeliveryGql,
}

impl From<(NotificationKind, MailDelivery)> for MailPreferenceObject {
    fn from((kind, delivery): (NotificationKind, MailDelivery)) -> Self {
        Self {
            kind: kind.into(),
            delivery: delivery.into(),
        }
    }
}
