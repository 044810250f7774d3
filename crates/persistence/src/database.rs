//! The database handle: connection pool, migrations, the statement counter used by tests
//! to keep N+1 queries out, and the per-task counter the benchmark reads
//! ([`count_statements`]).

use std::future::Future;
use std::sync::{
    Arc,
    atomic::{AtomicU64, Ordering},
};
use std::time::Duration;

use mega_migrations::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectOptions, DatabaseBackend, DatabaseConnection, DatabaseTransaction,
    SqliteTransactionMode, TransactionOptions, TransactionTrait,
};

use crate::error::Result;

/// PostgreSQL's `statement_timeout`, in milliseconds: below the HTTP request timeout (10 s).
pub const STATEMENT_TIMEOUT_MS: &str = "8000";

tokio::task_local! {
    /// The statement counter of the work running in this task, while [`count_statements`]
    /// counts it. A task-local, not the pool's total: under concurrent requests only the
    /// statements of this request's own future (its resolvers and the batches it drives) land
    /// here.
    static TASK_STATEMENTS: Arc<AtomicU64>;
}

/// Runs `work` and counts the SQL statements it executes in this task (through any
/// [`Database`]). Statements of other tasks — other requests, background flushes, webhook
/// deliveries — are not counted. Outside this scope the count costs one failed task-local
/// lookup per statement.
pub async fn count_statements<F: Future>(work: F) -> (F::Output, u64) {
    let counter = Arc::new(AtomicU64::new(0));
    let output = TASK_STATEMENTS.scope(Arc::clone(&counter), work).await;
    (output, counter.load(Ordering::Relaxed))
}

/// A connection pool to SQLite or PostgreSQL, chosen by the URL's scheme.
#[derive(Clone, Debug)]
pub struct Database {
    conn: DatabaseConnection,
    statements: Arc<AtomicU64>,
    identity_epoch: Arc<AtomicU64>,
}

impl Database {
    /// Connects to `url` (`sqlite://file.db?mode=rwc` or `postgres://…`).
    pub async fn connect(url: &str) -> Result<Self> {
        let mut options = ConnectOptions::new(url);
        options
            .max_connections(if url.starts_with("sqlite") { 4 } else { 16 })
            .connect_timeout(Duration::from_secs(10))
            .sqlx_logging(false)
            // A runaway statement is cancelled by PostgreSQL before the 10 s request timeout,
            // so it cannot keep holding a connection after its request is gone.
            .map_sqlx_postgres_opts(|opts| {
                opts.options([("statement_timeout", STATEMENT_TIMEOUT_MS)])
            })
            // WAL lets readers proceed while one writer commits.
            .map_sqlx_sqlite_opts(|opts| {
                opts.journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                    .busy_timeout(Duration::from_secs(5))
            });
        let mut conn = sea_orm::Database::connect(options).await?;
        let statements = Arc::new(AtomicU64::new(0));
        let counter = Arc::clone(&statements);
        conn.set_metric_callback(move |_info| {
            counter.fetch_add(1, Ordering::Relaxed);
            // sea-orm calls this in the task that awaited the statement, so the request
            // being counted (if any) is the one that ran it.
            let _ = TASK_STATEMENTS.try_with(|task| task.fetch_add(1, Ordering::Relaxed));
        });
        Ok(Self {
            conn,
            statements,
            identity_epoch: Arc::new(AtomicU64::new(0)),
        })
    }

    /// Applies every pending migration.
    pub async fn migrate(&self) -> Result<()> {
        Migrator::up(&self.conn, None).await?;
        Ok(())
    }

    /// Whether the database answers (for `/readyz`).
    pub async fn ping(&self) -> Result<()> {
        self.conn.ping().await?;
        Ok(())
    }

    /// The pool, for repositories and transactions.
    pub fn conn(&self) -> &DatabaseConnection {
        &self.conn
    }

    /// Opens a transaction that will write. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`): a transaction that reads first cannot take the lock later once
    /// another writer committed meanwhile (`SQLITE_BUSY`, which the busy timeout does not
    /// wait out), so writers queue at the start instead. PostgreSQL ignores the mode.
    pub async fn begin_write(&self) -> Result<DatabaseTransaction> {
        let options = TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..TransactionOptions::default()
        };
        Ok(self.conn.begin_with_options(options).await?)
    }

    /// Which engine is behind the URL.
    pub fn backend(&self) -> DatabaseBackend {
        self.conn.get_database_backend()
    }

    /// SQL statements executed through this handle so far.
    pub fn statement_count(&self) -> u64 {
        self.statements.load(Ordering::Relaxed)
    }

    /// How many times who-may-do-what changed through this handle: a committed write to
    /// users, memberships, invitations or tokens moves it on, so caches of identities built
    /// from the database (authentication's) know they are stale at once on this instance.
    pub fn identity_epoch(&self) -> u64 {
        self.identity_epoch.load(Ordering::Acquire)
    }

    /// Marks cached identities stale (after a committed write that changes them).
    pub fn identities_changed(&self) {
        self.identity_epoch.fetch_add(1, Ordering::AcqRel);
    }

    /// Closes the pool.
    pub async fn close(self) -> Result<()> {
        self.conn.close().await?;
        Ok(())
    }
}
