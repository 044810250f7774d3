//! The scheduler: a background task that runs the time-driven checks (steps gone late,
//! reports due for coming calls, webhooks failing) at a
//! fixed interval. Several instances may run it: a step's notification is written once per
//! recipient (the check skips who was told already, inside one transaction).

use std::time::Duration;

use chrono::Utc;
use mega_persistence::Database;
use tokio::task::JoinHandle;

/// How often the checks run in production.
pub const EVERY: Duration = Duration::from_secs(15 * 60);

/// Starts the checks every `every`; abort the handle to stop them.
pub fn spawn(db: Database, every: Duration) -> JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            let today = Utc::now().date_naive();
            match mega_api::services::scheduled::notify_late_steps(&db, today).await {
                Ok(0) => {}
                Ok(told) => tracing::info!(told, "late steps told"),
                Err(err) => tracing::warn!(error = ?err, "checking late steps failed"),
            }
            match mega_api::services::scheduled::notify_reports_due(&db, today).await {
                Ok(0) => {}
                Ok(told) => tracing::info!(told, "missing reports told"),
                Err(err) => tracing::warn!(error = ?err, "checking missing reports failed"),
            }
            match mega_api::services::scheduled::notify_failing_webhooks(&db).await {
                Ok(0) => {}
                Ok(told) => tracing::info!(told, "failing webhooks told"),
                Err(err) => tracing::warn!(error = ?err, "checking failing webhooks failed"),
            }
            tokio::time::sleep(every).await;
        }
    })
}
