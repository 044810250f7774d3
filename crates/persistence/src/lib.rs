//! MEGA Hub's persistence: sea-orm entities, repositories that map rows to domain types, and
//! the demo-data import. Works on SQLite (embedded default) and PostgreSQL.

pub mod action_plans;
pub mod agenda;
pub mod api_tokens;
pub mod audit;
pub mod benchmarks;
pub mod calendar;
mod database;
pub mod demo;
mod entities;
mod error;
pub mod events;
pub mod evidence;
pub mod feedback;
pub mod generate;
pub mod good_practices;
pub mod mail;
pub mod monitoring;
pub mod notifications;
pub mod organisations;
mod paging;
pub mod plenary_outcomes;
pub mod programme;
pub mod proposed_actions;
pub mod public_lessons;
pub mod rate_limits;
pub mod refresh_tokens;
pub mod reports;
pub mod territories;
pub mod thematic_areas;
pub mod users;
pub mod versioned;
pub mod webhooks;
pub mod webinars;
pub mod working_groups;

pub use database::{Database, count_statements};
pub use error::PersistenceError;
pub use sea_orm::{ConnectionTrait, DatabaseTransaction, DbErr, TransactionTrait};
