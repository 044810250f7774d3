//! Per-identity rate limiting by cost: an extension that charges every validated request to
//! its caller's budget ([`Budgets`]: in memory, reconciled with the counters in the database
//! that all server instances share) and refuses it, before anything runs, once the hour's
//! points are spent. Requests refused before validation are charged by the HTTP layer.

mod budgets;

pub use budgets::{Budgets, FLUSH_INTERVAL};

use std::sync::{Arc, Mutex};

use async_graphql::{
    ServerError, ValidationResult,
    extensions::{Extension, ExtensionContext, ExtensionFactory, NextValidation},
};
use mega_domain::rate_limit::{self, RateLimitStatus};

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

    /// Where the caller stands after this request; `None` when it was not charged.
    pub fn status(&self) -> Option<RateLimitStatus> {
        self.status.lock().ok().and_then(|status| *status)
    }

    /// The bucket charged.
    pub fn bucket(&self) -> &str {
        &self.bucket
    }

    /// Records where the caller stands after a charge.
    pub fn record(&self, status: RateLimitStatus) {
        if let Ok(mut slot) = self.status.lock() {
            *slot = Some(status);
        }
    }
}

/// The extension factory, registered on the schema.
pub(crate) struct CostLimiter {
    budgets: Arc<Budgets>,
}

impl CostLimiter {
    pub(crate) fn new(budgets: Arc<Budgets>) -> Self {
        Self { budgets }
    }
}

impl ExtensionFactory for CostLimiter {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(CostLimiterExtension {
            budgets: Arc::clone(&self.budgets),
        })
    }
}

struct CostLimiterExtension {
    budgets: Arc<Budgets>,
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
        let cost = rate_limit::cost(result.complexity, slot.mutation);
        let status = self
            .budgets
            .charge(&slot.bucket, cost)
            .await
            .map_err(|err| {
                tracing::error!(error = %err, "charging the rate limit failed");
                let mut error = ServerError::new("Internal server error.", None);
                let mut extensions = async_graphql::ErrorExtensionValues::default();
                extensions.set("code", "INTERNAL_SERVER_ERROR");
                error.extensions = Some(extensions);
                vec![error]
            })?;
        slot.record(status);
        if status.exceeded() {
            return Err(vec![rate_limited(&status)]);
        }
        Ok(result)
    }
}
