//! The rules of rate limiting: what a request costs, which window it is charged to, and how
//! failed sign-ins slow down and then stop further attempts.

use std::time::Duration;

use chrono::{DateTime, DurationRound, TimeDelta, Utc};

/// Length of a rate-limit window; counters start afresh at every full hour (UTC).
pub const WINDOW: TimeDelta = TimeDelta::hours(1);

/// Points one identity may spend per window by default.
pub const DEFAULT_POINTS_PER_HOUR: i64 = 5_000;

/// Extra points a mutation costs on top of its query cost.
pub const MUTATION_SURCHARGE: i64 = 4;

/// Points a request refused before it runs costs (a malformed or oversized document, a
/// validation failure): more than an ordinary query, so a caller sending hostile documents
/// runs out of budget quickly, while a developer's occasional typo costs little.
pub const REFUSED_REQUEST_COST: i64 = 25;

/// Failed sign-ins per account per window before the account refuses further attempts.
pub const MAX_ACCOUNT_FAILURES: i64 = 100;

/// Failed sign-ins per client address per window before the address is refused.
pub const MAX_ADDRESS_FAILURES: i64 = 300;

/// Failed sign-ins per account that get no added delay.
pub const FREE_FAILURES: i64 = 5;

/// The start of the window `now` falls in.
pub fn window_start(now: DateTime<Utc>) -> DateTime<Utc> {
    now.duration_trunc(WINDOW).unwrap_or(now)
}

/// When the window `now` falls in ends and counters reset.
pub fn window_reset(now: DateTime<Utc>) -> DateTime<Utc> {
    window_start(now) + WINDOW
}

/// The points a request costs: 1, plus 1 per 100 of its complexity (the number of objects it
/// may return, connections multiplying by `first`), plus [`MUTATION_SURCHARGE`] for mutations.
pub fn cost(complexity: usize, mutation: bool) -> i64 {
    let by_size = i64::try_from(complexity / 100).unwrap_or(i64::MAX);
    let surcharge = if mutation { MUTATION_SURCHARGE } else { 0 };
    1_i64.saturating_add(by_size).saturating_add(surcharge)
}

/// Where an identity stands in the current window, as sent in the `X-RateLimit-*` headers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RateLimitStatus {
    /// Points per window.
    pub limit: i64,
    /// Points spent in this window, this request included.
    pub used: i64,
    /// When the window ends.
    pub reset_at: DateTime<Utc>,
}

impl RateLimitStatus {
    /// Points left in this window (never negative).
    pub fn remaining(&self) -> i64 {
        (self.limit - self.used).max(0)
    }

    /// Whether this request went over the limit (and must be refused).
    pub fn exceeded(&self) -> bool {
        self.used > self.limit
    }
}

/// How long to hold a sign-in attempt of an account that has failed `failures` times in this
/// window: nothing for the first [`FREE_FAILURES`], then doubling from 250 ms up to 4 s, so
/// guessing gets slow long before the account stops accepting attempts.
pub fn login_delay(failures: i64) -> Duration {
    if failures < FREE_FAILURES {
        return Duration::ZERO;
    }
    let doublings = u32::try_from((failures - FREE_FAILURES).min(4)).unwrap_or(4);
    Duration::from_millis(250 * 2_u64.pow(doublings))
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn windows_are_whole_utc_hours() {
        let now = Utc.with_ymd_and_hms(2026, 11, 29, 14, 59, 59).unwrap();
        assert_eq!(
            window_start(now),
            Utc.with_ymd_and_hms(2026, 11, 29, 14, 0, 0).unwrap()
        );
        assert_eq!(
            window_reset(now),
            Utc.with_ymd_and_hms(2026, 11, 29, 15, 0, 0).unwrap()
        );
        let on_the_hour = Utc.with_ymd_and_hms(2026, 12, 31, 23, 0, 0).unwrap();
        assert_eq!(window_start(on_the_hour), on_the_hour);
    }

    #[test]
    fn cost_grows_with_complexity_and_mutations_pay_more() {
        assert_eq!(cost(0, false), 1);
        assert_eq!(cost(99, false), 1);
        assert_eq!(cost(100, false), 2);
        assert_eq!(cost(10_000, false), 101);
        assert_eq!(cost(3, true), 5);
    }

    #[test]
    fn status_counts_down_and_flags_the_request_over_the_limit() {
        let reset_at = Utc.with_ymd_and_hms(2026, 11, 29, 15, 0, 0).unwrap();
        let at = |used| RateLimitStatus {
            limit: 10,
            used,
            reset_at,
        };
        assert_eq!(at(4).remaining(), 6);
        assert!(!at(10).exceeded());
        assert_eq!(at(10).remaining(), 0);
        assert!(at(11).exceeded());
        assert_eq!(at(11).remaining(), 0);
    }

    #[test]
    fn sign_ins_slow_down_after_the_free_failures() {
        assert_eq!(login_delay(0), Duration::ZERO);
        assert_eq!(login_delay(FREE_FAILURES - 1), Duration::ZERO);
        assert_eq!(login_delay(FREE_FAILURES), Duration::from_millis(250));
        assert_eq!(login_delay(FREE_FAILURES + 1), Duration::from_millis(500));
        assert_eq!(login_delay(FREE_FAILURES + 4), Duration::from_secs(4));
        assert_eq!(login_delay(MAX_ACCOUNT_FAILURES), Duration::from_secs(4));
    }
}
