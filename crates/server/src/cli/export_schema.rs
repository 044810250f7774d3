//! `mega export-schema [--check]`: keeps the committed `schema.graphql` in step with the code.

use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::Args;

/// Arguments of `export-schema`.
#[derive(Args, Debug)]
pub struct ExportSchemaArgs {
    /// File to write or check.
    #[arg(long, default_value = "schema.graphql")]
    pub path: PathBuf,
    /// Fail (exit 1) when the file differs from the code's schema instead of writing it.
    #[arg(long)]
    pub check: bool,
}

/// Writes or checks the schema file.
pub fn run(args: &ExportSchemaArgs) -> anyhow::Result<()> {
    let sdl = mega_api::sdl();
    if args.check {
        let committed = std::fs::read_to_string(&args.path)
            .with_context(|| format!("reading {}", args.path.display()))?;
        if committed != sdl {
            bail!(
                "{} is out of date; run `mega export-schema` and commit the result",
                args.path.display()
            );
        }
        println!("{} is up to date", args.path.display());
    } else {
        std::fs::write(&args.path, sdl)
            .with_context(|| format!("writing {}", args.path.display()))?;
        println!("wrote {}", args.path.display());
    }
    Ok(())
}
