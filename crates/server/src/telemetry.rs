//! Structured logging with `tracing`: filter from `MEGA_LOG`, JSON lines when
//! `MEGA_LOG_FORMAT=json` (for log shippers), compact text otherwise.

use tracing_subscriber::{EnvFilter, fmt};

/// Installs the global subscriber; call once at start-up.
pub fn init() {
    let filter = EnvFilter::try_from_env("MEGA_LOG").unwrap_or_else(|_| EnvFilter::new("info"));
    let json = std::env::var("MEGA_LOG_FORMAT").is_ok_and(|format| format == "json");
    let builder = fmt().with_env_filter(filter).with_target(false);
    if json {
        builder.json().flatten_event(true).init();
    } else {
        builder.compact().init();
    }
}
