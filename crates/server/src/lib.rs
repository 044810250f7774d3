//! The `mega` server: configuration, CLI commands, the HTTP router and start-up. The binary in
//! `main.rs` only parses the command line and calls in here, so tests run the same code.

pub mod app;
pub mod cli;
pub mod config;
pub mod http;
pub mod mail;
pub mod scheduler;
pub mod telemetry;
pub mod webhook_sender;

pub use app::{Application, Running};
pub use config::{Config, ConfigError, WebhookConfig};
pub use http::{AppState, router, serve};
