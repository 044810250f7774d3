//! `mega serve [--demo]`: migrate, optionally seed the demo, serve until SIGTERM or Ctrl-C.

use anyhow::Context;
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use rand::RngCore;

use crate::app::Application;
use crate::config::ServeArgs;

fn random_secret(bytes: usize) -> String {
    let mut buf = vec![0_u8; bytes];
    rand::thread_rng().fill_bytes(&mut buf);
    URL_SAFE_NO_PAD.encode(buf)
}

/// `url` without its password, for the start-up message.
fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        _ => url.to_owned(),
    }
}

/// Runs the server.
pub async fn run(args: ServeArgs) -> anyhow::Result<()> {
    crate::telemetry::init();
    let demo = args.demo;
    let demo_password = args.demo_password.clone();
    let config = args.into_config(|| random_secret(48))?;
    let app = Application::build(&config).await?;
    let db = app.db().clone();

    if demo {
        let password = demo_password.unwrap_or_else(|| random_secret(12));
        let report = mega_api::demo::seed(&db, &password)
            .await
            .context("seeding demo data")?;
        if let Some(import) = &report.import {
            tracing::info!(
                territories = import.territories,
                organisations = import.organisations,
                thematic_areas = import.thematic_areas,
                "demo dataset imported"
            );
            for warning in &import.warnings {
                tracing::warn!("demo import: {warning}");
            }
        }
        println!("Demo mode. Personas (password: {password}):");
        for persona in mega_api::demo::PERSONAS {
            println!("  {:<26} {}", persona.email, persona.role.code());
        }
        match &config.mail.smtp_url {
            Some(url) => println!("E-mail goes to the SMTP server at {}.", redact(url)),
            None => println!(
                "E-mail waits in the outbox (no MEGA_SMTP_URL); set it, e.g. to a local mailpit at smtp://127.0.0.1:1025, to send it."
            ),
        }
    }

    if !config.static_dir.join("index.html").is_file() {
        tracing::warn!(dir = %config.static_dir.display(), "no built SPA found; run `npm run build` in frontend/");
    }

    if !demo && config.mail.smtp_url.is_none() {
        tracing::warn!("MEGA_SMTP_URL is not set: e-mail waits in the outbox until it is");
    }

    let address = app.local_addr().context("reading the bound address")?;
    tracing::info!(%address, "listening");
    println!("MEGA Hub listening on http://{address}");
    // The signal starts both the drain and its deadline.
    let (signalled, mut on_signal) = tokio::sync::watch::channel(false);
    tokio::spawn(async move {
        shutdown_signal().await;
        let _ = signalled.send(true);
    });
    let mut drain = on_signal.clone();
    let running = app.start(async move {
        let _ = drain.wait_for(|signalled| *signalled).await;
    });
    let grace = config.shutdown_grace;
    let deadline = async move {
        let _ = on_signal.wait_for(|signalled| *signalled).await;
        tokio::time::sleep(grace).await;
    };
    tokio::select! {
        stopped = running.stopped() => {
            stopped?;
            db.close().await?;
            tracing::info!("shut down");
        }
        () = deadline => {
            // Requests still running past the grace period are cut off: every write is one
            // transaction, so none is left half done.
            tracing::warn!(grace_seconds = grace.as_secs(), "grace period over; stopping with requests still open");
            std::process::exit(0);
        }
    }
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(err) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %err, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(err) => {
                tracing::error!(error = %err, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutdown signal received; draining requests");
}
