//! The cost budgets of every identity, charged in memory and reconciled with the shared
//! counters in the database about once a second, so a request never waits for a write and
//! several instances still spend one budget.
//!
//! Bounded overshoot: an instance learns what the others spent when it flushes, so within one
//! flush interval each instance may admit what its callers spend in that interval beyond the
//! budget; with `n` instances an identity can overspend by at most what `n` instances admit
//! to it in one interval. The first request of an identity in a window reads its counter
//! once, so a budget spent elsewhere is honoured from the start.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};
use mega_domain::rate_limit::{self, RateLimitStatus};
use mega_persistence::{Database, PersistenceError, rate_limits};

use super::RateLimitConfig;

/// How often charges reach the database.
pub const FLUSH_INTERVAL: Duration = Duration::from_secs(1);

#[derive(Debug)]
struct Bucket {
    window: DateTime<Utc>,
    /// The database total when last read or flushed (other instances' points included).
    shared: i64,
    /// Points charged here and not yet flushed.
    pending: i64,
}

/// Every identity's budget in the current window, as this instance knows it.
#[derive(Debug)]
pub struct Budgets {
    db: Database,
    config: RateLimitConfig,
    buckets: Mutex<HashMap<String, Bucket>>,
}

impl Budgets {
    /// Budgets over the counters in `db`.
    pub fn new(db: Database, config: RateLimitConfig) -> Arc<Self> {
        Arc::new(Self {
            db,
            config,
            buckets: Mutex::new(HashMap::new()),
        })
    }

    fn status(&self, used: i64, window: DateTime<Utc>) -> RateLimitStatus {
        RateLimitStatus {
            limit: self.config.points_per_hour,
            used,
            reset_at: window + rate_limit::WINDOW,
        }
    }

    /// Charges `cost` points to `bucket` and tells where it stands. The first charge of a
    /// bucket in a window reads its shared counter; every later one stays in memory.
    pub async fn charge(
        &self,
        bucket: &str,
        cost: i64,
    ) -> Result<RateLimitStatus, PersistenceError> {
        let window = rate_limit::window_start(Utc::now());
        if let Some(status) = self.charge_known(bucket, cost, window) {
            return Ok(status);
        }
        let shared = rate_limits::spent(self.db.conn(), bucket, window).await?;
        let mut buckets = self.lock();
        let entry = buckets.entry(bucket.to_owned()).or_insert(Bucket {
            window,
            shared,
            pending: 0,
        });
        if entry.window != window {
            *entry = Bucket {
                window,
                shared,
                pending: 0,
            };
        }
        entry.pending += cost;
        Ok(self.status(entry.shared + entry.pending, window))
    }

    /// Where `bucket` stands in this window as far as this instance knows, without charging.
    pub fn current(&self, bucket: &str) -> Option<RateLimitStatus> {
        let window = rate_limit::window_start(Utc::now());
        let buckets = self.lock();
        let entry = buckets.get(bucket).filter(|b| b.window == window)?;
        Some(self.status(entry.shared + entry.pending, window))
    }

    fn charge_known(
        &self,
        bucket: &str,
        cost: i64,
        window: DateTime<Utc>,
    ) -> Option<RateLimitStatus> {
        let mut buckets = self.lock();
        let entry = buckets.get_mut(bucket).filter(|b| b.window == window)?;
        entry.pending += cost;
        Some(self.status(entry.shared + entry.pending, window))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Bucket>> {
        // A panic while holding the lock leaves counts that are still usable.
        self.buckets
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Adds the pending points of every bucket to the shared counters and learns their new
    /// totals (one statement per bucket with pending points); reads the totals of the other
    /// buckets of this window in one statement, so an instance also learns what the others
    /// spent of an identity it has not charged since; forgets buckets of past windows.
    pub async fn flush(&self) -> Result<(), PersistenceError> {
        let window = rate_limit::window_start(Utc::now());
        let (pending, idle): (Vec<_>, Vec<_>) = {
            let mut buckets = self.lock();
            buckets.retain(|_, b| b.window == window || b.pending > 0);
            buckets
                .iter()
                .map(|(name, b)| (name.clone(), b.window, b.pending))
                .partition(|(_, _, points)| *points > 0)
        };
        for (name, bucket_window, points) in pending {
            let total = rate_limits::charge(self.db.conn(), &name, bucket_window, points).await?;
            let mut buckets = self.lock();
            // A bucket reset for a new window meanwhile keeps its new count.
            if let Some(entry) = buckets.get_mut(&name)
                && entry.window == bucket_window
            {
                entry.pending -= points;
                entry.shared = total;
            }
        }
        let idle: Vec<String> = idle
            .into_iter()
            .filter(|(_, bucket_window, _)| *bucket_window == window)
            .map(|(name, _, _)| name)
            .collect();
        if !idle.is_empty() {
            let totals = rate_limits::spent_by(self.db.conn(), &idle, window).await?;
            let mut buckets = self.lock();
            for (name, total) in totals {
                if let Some(entry) = buckets.get_mut(&name)
                    && entry.window == window
                {
                    // Only ever forward: a total read before a concurrent flush of ours
                    // must not undo it.
                    entry.shared = entry.shared.max(total);
                }
            }
        }
        self.lock()
            .retain(|_, b| b.window == window || b.pending > 0);
        Ok(())
    }

    /// Flushes every [`FLUSH_INTERVAL`] until the task is dropped or aborted.
    pub fn spawn_flusher(self: &Arc<Self>) -> tokio::task::JoinHandle<()> {
        let budgets = Arc::clone(self);
        tokio::spawn(async move {
            let mut ticks = tokio::time::interval(FLUSH_INTERVAL);
            ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                ticks.tick().await;
                if let Err(err) = budgets.flush().await {
                    tracing::warn!(error = %err, "flushing rate-limit counters failed; retrying");
                }
            }
        })
    }
}
