//! The `mega` command line: `serve`, `migrate`, `export-schema`, `user create` and
//! `generate`.

mod export_schema;
mod generate;
mod serve;
mod user;

use clap::{Parser, Subcommand};

use crate::app::connect;

use crate::config::{DatabaseArgs, ServeArgs};

/// MEGA Hub: the platform behind a city network's peer-learning cycle.
#[derive(Parser, Debug)]
#[command(name = "mega", version, about = "MEGA Hub: the platform behind a city network's peer-learning cycle.", long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run pending migrations, then serve the API and the SPA until SIGTERM or Ctrl-C.
    Serve(ServeArgs),
    /// Run pending database migrations and exit.
    Migrate(DatabaseArgs),
    /// Write the GraphQL schema (SDL) to a file, or check that the file is up to date.
    ExportSchema(export_schema::ExportSchemaArgs),
    /// Manage user accounts.
    #[command(subcommand)]
    User(user::UserCommand),
    /// Write generated benchmark data: a network N times the size of the 2018 one.
    Generate(generate::GenerateArgs),
}

/// Runs a parsed command line.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve(args) => serve::run(args).await,
        Command::Migrate(args) => {
            crate::telemetry::init();
            let db = connect(&args.database_url).await?;
            db.close().await?;
            tracing::info!("migrations applied");
            Ok(())
        }
        Command::ExportSchema(args) => export_schema::run(&args),
        Command::User(command) => user::run(command).await,
        Command::Generate(args) => generate::run(args).await,
    }
}
