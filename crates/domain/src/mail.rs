//! E-mail about notifications: how each user wants each kind delivered (at once, in a daily
//! or weekly digest, or not at all), when digests are collected, and how failed sends are
//! retried. Messages wait in a durable outbox until the SMTP server takes them.

use chrono::{DateTime, Datelike, Duration, NaiveTime, TimeDelta, Utc};

use crate::codes::codes;
use crate::{NotificationId, UserId};

/// How a user wants one kind of notification mailed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize)]
pub enum MailDelivery {
    /// One message per notification, as soon as it is written (the default).
    #[default]
    Immediately,
    /// Gathered into one message a day.
    DailyDigest,
    /// Gathered into one message a week.
    WeeklyDigest,
    /// Never mailed (the notification still shows in the application).
    Off,
}

codes!(MailDelivery {
    Immediately => "IMMEDIATELY",
    DailyDigest => "DAILY_DIGEST",
    WeeklyDigest => "WEEKLY_DIGEST",
    Off => "OFF",
});

impl MailDelivery {
    /// The digest that gathers notifications delivered this way, if any.
    pub fn digest(self) -> Option<DigestPeriod> {
        match self {
            Self::DailyDigest => Some(DigestPeriod::Daily),
            Self::WeeklyDigest => Some(DigestPeriod::Weekly),
            Self::Immediately | Self::Off => None,
        }
    }
}

/// The period of a digest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub enum DigestPeriod {
    /// Collected every day at [`DIGEST_HOUR_UTC`].
    Daily,
    /// Collected every Monday at [`DIGEST_HOUR_UTC`].
    Weekly,
}

codes!(DigestPeriod {
    Daily => "DAILY",
    Weekly => "WEEKLY",
});

/// The hour (UTC) digests are collected: early morning across the network's time zones.
pub const DIGEST_HOUR_UTC: u32 = 5;

impl DigestPeriod {
    /// The most recent collection time at or before `now`.
    pub fn last_boundary(self, now: DateTime<Utc>) -> DateTime<Utc> {
        let hour = NaiveTime::from_hms_opt(DIGEST_HOUR_UTC, 0, 0).unwrap_or(NaiveTime::MIN);
        let mut day = now.date_naive();
        if now.time() < hour {
            day -= Duration::days(1);
        }
        if self == Self::Weekly {
            day -= Duration::days(i64::from(day.weekday().num_days_from_monday()));
        }
        day.and_time(hour).and_utc()
    }

    /// Whether a collection is due at `now` when the last one ran at `last_run` (never: due).
    pub fn is_due(self, last_run: Option<DateTime<Utc>>, now: DateTime<Utc>) -> bool {
        last_run.is_none_or(|last| last < self.last_boundary(now))
    }
}

/// The state of a message in the outbox.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum OutboxStatus {
    /// Waiting to be sent (again).
    Pending,
    /// Accepted by the SMTP server.
    Sent,
    /// Not sent, on purpose: its recipient was deactivated or its notifications are gone.
    Dropped,
}

codes!(OutboxStatus {
    Pending => "PENDING",
    Sent => "SENT",
    Dropped => "DROPPED",
});

/// Longest wait between two attempts: mail is never given up, but a long SMTP outage is
/// not hammered either.
pub const MAX_RETRY_DELAY: TimeDelta = TimeDelta::hours(1);

/// Wait before the next attempt after `attempts` failed ones: `base` doubled each time, at
/// most [`MAX_RETRY_DELAY`] (or `base` itself when that is longer).
pub fn retry_delay(attempts: i32, base: TimeDelta) -> TimeDelta {
    let doublings = u32::try_from(attempts.saturating_sub(1).clamp(0, 20)).unwrap_or(0);
    let delay = base * 2_i32.pow(doublings);
    delay.min(MAX_RETRY_DELAY.max(base))
}

/// A message taken from the outbox to be sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutboxMessage {
    /// Its row.
    pub id: i32,
    /// Who receives it.
    pub recipient_id: UserId,
    /// The notification it tells of (an immediate message).
    pub notification_id: Option<NotificationId>,
    /// The period it gathers (a digest).
    pub digest: Option<DigestPeriod>,
    /// Attempts so far, this one included.
    pub attempts: i32,
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, 0, 0)
            .single()
            .expect("valid time")
    }

    #[test]
    fn daily_digests_are_collected_once_a_day_at_the_digest_hour() {
        // Monday 30 November 2026.
        assert_eq!(
            DigestPeriod::Daily.last_boundary(at(2026, 11, 30, 12)),
            at(2026, 11, 30, 5)
        );
        assert_eq!(
            DigestPeriod::Daily.last_boundary(at(2026, 11, 30, 4)),
            at(2026, 11, 29, 5)
        );
        assert!(DigestPeriod::Daily.is_due(None, at(2026, 11, 30, 4)));
        assert!(!DigestPeriod::Daily.is_due(Some(at(2026, 11, 30, 6)), at(2026, 11, 30, 23)));
        assert!(DigestPeriod::Daily.is_due(Some(at(2026, 11, 30, 6)), at(2026, 12, 1, 5)));
    }

    #[test]
    fn weekly_digests_are_collected_on_mondays() {
        assert_eq!(
            DigestPeriod::Weekly.last_boundary(at(2026, 12, 3, 12)),
            at(2026, 11, 30, 5)
        );
        assert_eq!(
            DigestPeriod::Weekly.last_boundary(at(2026, 11, 30, 4)),
            at(2026, 11, 23, 5)
        );
        assert!(!DigestPeriod::Weekly.is_due(Some(at(2026, 11, 30, 6)), at(2026, 12, 6, 23)));
        assert!(DigestPeriod::Weekly.is_due(Some(at(2026, 11, 30, 6)), at(2026, 12, 7, 5)));
    }

    #[test]
    fn retries_back_off_and_never_wait_longer_than_an_hour() {
        let base = TimeDelta::seconds(30);
        assert_eq!(retry_delay(1, base), base);
        assert_eq!(retry_delay(2, base), base * 2);
        assert_eq!(retry_delay(3, base), base * 4);
        assert_eq!(retry_delay(50, base), MAX_RETRY_DELAY);
        assert_eq!(
            retry_delay(50, TimeDelta::milliseconds(200)),
            MAX_RETRY_DELAY
        );
    }

    #[test]
    fn deliveries_round_trip_through_their_codes() {
        for delivery in MailDelivery::ALL {
            assert_eq!(MailDelivery::from_code(delivery.code()), Some(*delivery));
        }
        assert_eq!(MailDelivery::from_code("HOURLY"), None);
        assert_eq!(MailDelivery::default(), MailDelivery::Immediately);
        assert_eq!(
            MailDelivery::DailyDigest.digest(),
            Some(DigestPeriod::Daily)
        );
        assert_eq!(MailDelivery::Off.digest(), None);
    }
}
