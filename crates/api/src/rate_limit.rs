//! Per-identity rate limiting by cost: an extension that charges every validated request to
//! its caller's counter in the database (shared by all server instances) and refuses it,
//! before anything runs, once the hour's points are spent.

use std::sync::{Arc, Mutex};

use async_graphql::{
    ServerError, ValidationResult,
    extensions::{Extension, ExtensionContext, ExtensionFactory, NextValidation},
};
use chrono::Utc;
use mega_domain::rate_limit::{self, RateLimitStatus};
use mega_persistence::{Database, rate_limits};

/// How many points an identity may spend per hour.
#[derive(Clone, Copy, Debug)]
pub struct RateLimitConfig {
    /// Points per hour; see [`rate_limit::cost`] for what a request costs.
    pub points_per_hour: i64,
}

impl Default for RateLimitConfig {
    fn default() -> Self {
        Self {
            points_per_hour: rate_limit::DEFAULT_POINTS_PER_HOUR,
        }
    }
}

/// Who a request is charged to and, once it is validated, where that caller stands. The HTTP
/// layer puts one in each request's data and reads the status back for the headers.
#[derive(Debug)]
pub struct RateLimitSlot {
    bucket: String,
    mutation: bool,
    status: Mutex<Option<RateLimitStatus>>,
}

impl RateLimitSlot {
    /// A slot charging `bucket` (e.g. `user:7` or `address:192.0.2.1`); `mutation` adds the
    /// mutation surcharge.
    pub fn new(bucket: String, mutation: bool) -> Arc<Self> {
        Arc::new(Self {
            bucket,
            mutation,
            status: Mutex::new(None),
        })
    }

    /// Where the caller stands after this request; `None` when it was not charged (it
    /// failed before validation completed).
    pub fn status(&self) -> Option<RateLimitStatus> {
        self.status.lock().ok().and_then(|status| *status)
    }

    fn record(&self, status: RateLimitStatus) {
        if let Ok(mut slot) = self.status.lock() {
            *slot = Some(status);
        }
    }
}

/// The extension factory, registered on the schema.
pub(crate) struct CostLimiter {
    db: Database,
    config: RateLimitConfig,
}

impl CostLimiter {
    pub(crate) fn new(db: Database, config: RateLimitConfig) -> Self {
        Self { db, config }
    }
}

impl ExtensionFactory for CostLimiter {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(CostLimiterExtension {
            db: self.db.clone(),
            config: self.config,
        })
    }
}

struct CostLimiterExtension {
    db: Database,
    config: RateLimitConfig,
}

fn rate_limited(status: &RateLimitStatus) -> ServerError {
    let mut error = ServerError::new(
        format!(
            "Rate limit exceeded: {} points per hour; the limit resets at {}.",
            status.limit,
            status.reset_at.format("%Y-%m-%dT%H:%M:%SZ")
        ),
        None,
    );
    let mut extensions = async_graphql::ErrorExtensionValues::default();
    extensions.set("code", "RATE_LIMITED");
    extensions.set("resetAt", status.reset_at.to_rfc3339());
    error.extensions = Some(extensions);
    error
}

#[async_trait::async_trait]
impl Extension for CostLimiterExtension {
    async fn validation(
        &self,
        ctx: &ExtensionContext<'_>,
        next: NextValidation<'_>,
    ) -> Result<ValidationResult, Vec<ServerError>> {
        let result = next.run(ctx).await?;
        let Some(slot) = ctx.data_opt::<Arc<RateLimitSlot>>() else {
            return Ok(result);
        };
        let now = Utc::now();
        let cost = rate_limit::cost(result.complexity, slot.mutation);
        let used = rate_limits::charge(
            self.db.conn(),
            &slot.bucket,
            rate_limit::window_start(now),
            cost,
        )
        .await
        .map_err(|err| {
            tracing::error!(error = %err, "charging the rate limit failed");
            let mut error = ServerError::new("Internal server error.", None);
            let mut extensions = async_graphql::ErrorExtensionValues::default();
            extensions.set("code", "INTERNAL_SERVER_ERROR");
            error.extensions = Some(extensions);
            vec![error]
        })?;
        let status = RateLimitStatus {
            limit: self.config.points_per_hour,
            used,
            reset_at: rate_limit::window_reset(now),
        };
        slot.record(status);
        if status.exceeded() {
            return Err(vec![rate_limited(&status)]);
        }
        Ok(result)
    }
}
