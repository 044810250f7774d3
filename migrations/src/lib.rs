//! MEGA Hub's database migrations; `mega migrate` and `mega serve` apply the pending ones.

pub use sea_orm_migration::prelude::*;

mod m20261126_000001_foundation;
mod m20261126_000002_network;
mod m20261126_000003_mutual_learning;
mod m20261127_000004_learning_library;
mod m20261127_000005_action_plans;
mod m20261127_000006_api_tokens;
mod m20261129_000007_limits_and_webhooks;
mod m20261129_000008_monitoring;
mod m20261130_000009_user_language;
mod m20261130_000015_notifications;
mod m20261130_000016_mail;
mod m20261130_000017_calendar_feeds;
mod m20261130_000018_feedback_moderation;
mod m20261130_000019_programme_phases;
mod m20261130_000020_call_time;
mod m20261201_000021_replanning;
mod m20261201_000022_practice_transfers;
mod m20261201_000023_public_lessons;
mod m20261201_000024_public_plans;
mod m20261201_000025_area_benchmark_cells;
mod support;

/// All migrations, in order.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261126_000001_foundation::Migration),
            Box::new(m20261126_000002_network::Migration),
            Box::new(m20261126_000003_mutual_learning::Migration),
            Box::new(m20261127_000004_learning_library::Migration),
            Box::new(m20261127_000005_action_plans::Migration),
            Box::new(m20261127_000006_api_tokens::Migration),
            Box::new(m20261129_000007_limits_and_webhooks::Migration),
            Box::new(m20261129_000008_monitoring::Migration),
            Box::new(m20261130_000009_user_language::Migration),
            Box::new(m20261130_000015_notifications::Migration),
            Box::new(m20261130_000016_mail::Migration),
            Box::new(m20261130_000017_calendar_feeds::Migration),
            Box::new(m20261130_000018_feedback_moderation::Migration),
            Box::new(m20261130_000019_programme_phases::Migration),
            Box::new(m20261130_000020_call_time::Migration),
            Box::new(m20261201_000021_replanning::Migration),
            Box::new(m20261201_000022_practice_transfers::Migration),
            Box::new(m20261201_000023_public_lessons::Migration),
            Box::new(m20261201_000024_public_plans::Migration),
            Box::new(m20261201_000025_area_benchmark_cells::Migration),
        ]
    }
}
