//! The application assembled in one place — API state, both schemas, router, webhook sender —
//! for `mega serve` and for the black-box tests alike, so the tests run what production runs.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use axum::Router;
use mega_api::rate_limit::Budgets;
use mega_api::services::webhooks::WebhookPolicy;
use mega_api::unsubscribe::UnsubscribeKey;
use mega_api::{ApiState, build_anonymous_schema, build_schema};
use mega_persistence::Database;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

use crate::config::Config;
use crate::http::{AppState, router, serve};
use crate::webhook_sender::{self, SenderConfig};

/// A server ready to run: migrated database, router, bound listener and the webhook sender's
/// settings. Seed data through [`Application::db`] before [`Application::start`].
pub struct Application {
    db: Database,
    budgets: Arc<Budgets>,
    router: Router,
    listener: TcpListener,
    sender_db: Database,
    sender: SenderConfig,
    mail: crate::mail::MailConfig,
    unsubscribe_key: UnsubscribeKey,
    scheduled_every: Option<std::time::Duration>,
}

impl Application {
    /// Connects to `config.database_url`, applies pending migrations, assembles the router and
    /// binds `config.bind` (port 0 picks a free one).
    pub async fn build(config: &Config) -> anyhow::Result<Self> {
        let db = connect(&config.database_url).await?;
        let sender_db = if config.webhooks.own_pool {
            Database::connect(&config.database_url)
                .await
                .context("connecting the webhook sender to the database")?
        } else {
            db.clone()
        };
        let sender = config.webhooks.sender;
        // Background work (budget flushes, webhook deliveries) runs on the sender's pool, which
        // tests keep apart so it never shows in a request's statement count.
        let budgets = Budgets::new(sender_db.clone(), config.rate_limit);
        let api_state = ApiState {
            db: db.clone(),
            auth: config.auth.clone(),
            budgets: Arc::clone(&budgets),
            webhooks: WebhookPolicy {
                allow_private: sender.allow_private,
            },
        };
        let unsubscribe_key = UnsubscribeKey::derive(&config.auth.jwt_secret);
        let router = router(
            AppState {
                schema: build_schema(api_state.clone()),
                anonymous_schema: build_anonymous_schema(api_state),
                public_introspection: config.public_introspection,
                db: db.clone(),
                auth: config.auth.clone(),
                trust_forwarded_for: config.trust_forwarded_for,
                request_timeout: config.request_timeout,
                budgets: Arc::clone(&budgets),
                identities: Arc::new(mega_api::auth::IdentityCache::new()),
                inspections: Arc::new(tokio::sync::Semaphore::new(crate::http::INSPECTION_SLOTS)),
                exports: Arc::new(tokio::sync::Semaphore::new(crate::http::EXPORT_SLOTS)),
                tls: config.tls(),
                expose_statement_count: config.expose_statement_count,
                unsubscribe_key: unsubscribe_key.clone(),
                public_url: config.mail.public_url.to_string(),
            },
            &config.static_dir,
            &config.cors_origins,
        );
        let listener = TcpListener::bind(config.bind)
            .await
            .with_context(|| format!("binding {}", config.bind))?;
        Ok(Self {
            db,
            budgets,
            router,
            listener,
            sender_db,
            sender,
            mail: config.mail.clone(),
            unsubscribe_key,
            scheduled_every: config.scheduled_every,
        })
    }

    /// The address the server listens on.
    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// The server's database (its connection pool, whose statements
    /// [`Database::statement_count`] counts).
    pub fn db(&self) -> &Database {
        &self.db
    }

    /// Starts the webhook sender and serves until `shutdown` completes (then drains open
    /// requests), both on the runtime.
    pub fn start(self, shutdown: impl Future<Output = ()> + Send + 'static) -> Running {
        let mailer = crate::mail::spawn(self.sender_db.clone(), self.mail, self.unsubscribe_key);
        let scheduler = self
            .scheduled_every
            .map(|every| crate::scheduler::spawn(self.sender_db.clone(), every));
        let sender = webhook_sender::spawn(self.sender_db, self.sender);
        let flusher = self.budgets.spawn_flusher();
        let server = tokio::spawn(serve(self.listener, self.router, shutdown));
        Running {
            server,
            sender,
            mailer,
            scheduler,
            flusher,
            budgets: self.budgets,
        }
    }
}

/// A started [`Application`]. Dropping it stops the webhook sender, not the server (that stops
/// with its shutdown future).
pub struct Running {
    server: JoinHandle<std::io::Result<()>>,
    sender: JoinHandle<()>,
    mailer: JoinHandle<()>,
    scheduler: Option<JoinHandle<()>>,
    flusher: JoinHandle<()>,
    budgets: Arc<Budgets>,
}

impl Running {
    /// Waits until the server has shut down, then stops the webhook sender.
    pub async fn stopped(mut self) -> anyhow::Result<()> {
        let served = (&mut self.server).await.context("the server task failed")?;
        self.sender.abort();
        self.mailer.abort();
        if let Some(scheduler) = &self.scheduler {
            scheduler.abort();
        }
        self.flusher.abort();
        // What was charged since the last flush still counts for the other instances.
        if let Err(err) = self.budgets.flush().await {
            tracing::warn!(error = %err, "flushing rate-limit counters at shutdown failed");
        }
        Ok(served?)
    }

    /// Stops the webhook sender now, as a crash would (a delivery cut off mid-way is retried
    /// once its lease ends).
    pub fn stop_sender(&self) {
        self.sender.abort();
        self.mailer.abort();
        if let Some(scheduler) = &self.scheduler {
            scheduler.abort();
        }
        self.flusher.abort();
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.sender.abort();
        self.mailer.abort();
        if let Some(scheduler) = &self.scheduler {
            scheduler.abort();
        }
        self.flusher.abort();
    }
}

/// Connects and applies pending migrations.
pub(crate) async fn connect(url: &str) -> anyhow::Result<Database> {
    let db = Database::connect(url)
        .await
        .context("connecting to the database")?;
    db.migrate().await.context("applying migrations")?;
    Ok(db)
}
