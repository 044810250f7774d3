//! `mega user create`: the first coordinator account of a real deployment.

use std::io::BufRead;

use anyhow::{Context, anyhow};
use clap::{Args, Subcommand, ValueEnum};
use mega_domain::{DisplayName, Email, GlobalRole, NewPassword};
use mega_persistence::{PersistenceError, users};

use crate::config::DatabaseArgs;

/// User-account commands.
#[derive(Subcommand, Debug)]
pub enum UserCommand {
    /// Create an account. The password is read from the first line of standard input (so it
    /// stays out of shell history), e.g. `mega user create … < password.txt`.
    Create(CreateUserArgs),
}

/// Network-wide role of a new account.
#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum RoleArg {
    /// The network's coordinator.
    Coordinator,
    /// A member of a partner organisation.
    Partner,
    /// An invited expert.
    Expert,
}

/// Arguments of `user create`.
#[derive(Args, Debug)]
pub struct CreateUserArgs {
    /// Database location.
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// Login e-mail address.
    #[arg(long)]
    pub email: String,
    /// Name shown to others.
    #[arg(long)]
    pub display_name: String,
    /// Network-wide role.
    #[arg(long, value_enum, default_value = "coordinator")]
    pub role: RoleArg,
}

/// Runs a user command.
pub async fn run(command: UserCommand) -> anyhow::Result<()> {
    let UserCommand::Create(args) = command;
    let email = Email::parse(&args.email).map_err(|err| anyhow!(err))?;
    let display_name = DisplayName::parse(&args.display_name).map_err(|err| anyhow!(err))?;
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("reading the password from stdin")?;
    let password =
        NewPassword::parse(line.trim_end_matches(['\r', '\n'])).map_err(|err| anyhow!(err))?;
    let global_role = match args.role {
        RoleArg::Coordinator => GlobalRole::Coordinator,
        RoleArg::Partner => GlobalRole::Partner,
        RoleArg::Expert => GlobalRole::Expert,
    };
    let db = super::connect(&args.database.database_url).await?;
    let password_hash = mega_api::auth::password::hash(password.expose().to_owned()).await?;
    let new = users::NewUser {
        email,
        display_name,
        organisation_id: None,
        global_role,
        password_hash,
    };
    match users::create(db.conn(), new).await {
        Ok(user) => println!(
            "created user {} ({})",
            user.email.as_str(),
            user.global_role.code()
        ),
        Err(PersistenceError::Conflict) => {
            return Err(anyhow!("a user with this e-mail already exists"));
        }
        Err(err) => return Err(err.into()),
    }
    db.close().await?;
    Ok(())
}
