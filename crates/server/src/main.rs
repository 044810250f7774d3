//! Entry point of the `mega` binary.

use clap::Parser;

/// mimalloc instead of the system allocator: a profile of the plan tree under 32 clients spent
/// a fifth of its CPU in glibc's malloc and free, and glibc's per-thread arenas kept the
/// resident set high after load (see bench/RESULTS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = mega_server::cli::Cli::parse();
    match mega_server::cli::run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
