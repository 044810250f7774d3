//! `mega generate --scale N`: writes a synthetic network N times the size of the 2018 one
//! into the configured database, for benchmarks (see `mega_persistence::generate`).

use anyhow::Context;
use clap::Args;
use mega_persistence::PersistenceError;
use mega_persistence::generate::{self, DEFAULT_SEED};

use crate::config::DatabaseArgs;

/// Arguments of `generate`.
#[derive(Args, Debug)]
pub struct GenerateArgs {
    /// Database location.
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// How many copies of the 2018 network's shape to write (each: 25 organisations, 4
    /// groups, 6 plans with their steps, a year of calls and reports). On top of the demo,
    /// `--scale 99` makes the whole database 100 times the demo's size.
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub scale: u32,
    /// Seed of the generator: the same seed, scale and day write the same rows.
    #[arg(long, default_value_t = DEFAULT_SEED)]
    pub seed: u64,
}

/// Migrates, then generates. Load the demo first (`mega serve --demo` once) when its
/// personas are wanted: the demo import only runs on a database without territories.
pub async fn run(args: GenerateArgs) -> anyhow::Result<()> {
    crate::telemetry::init();
    let db = super::connect(&args.database.database_url).await?;
    let today = chrono::Utc::now().date_naive();
    let started = std::time::Instant::now();
    let report = match generate::generate(db.conn(), args.scale, args.seed, today).await {
        Err(PersistenceError::Conflict) => {
            anyhow::bail!("this database holds generated data already; use a fresh one")
        }
        other => other.context("generating data")?,
    };
    println!(
        "generated ×{} in {:.1} s: {} organisations, {} working groups, {} memberships, {} benchmarks, {} plans, {} actions, {} steps, {} sub-steps, {} calls, {} progress reports, {} feedback",
        report.cohorts,
        started.elapsed().as_secs_f64(),
        report.organisations,
        report.working_groups,
        report.memberships,
        report.benchmarks,
        report.action_plans,
        report.plan_actions,
        report.action_steps,
        report.action_sub_steps,
        report.coordination_calls,
        report.progress_reports,
        report.feedback,
    );
    db.close().await?;
    Ok(())
}
