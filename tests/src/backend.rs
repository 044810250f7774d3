//! The two database engines every persistence and API test runs on, and a fresh database per
//! test on each.

use std::sync::OnceLock;

use sea_orm::{ConnectionTrait, Database as SeaDatabase};
use tokio::sync::OnceCell;

/// Which engine a test runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// A SQLite file in a temporary directory.
    Sqlite,
    /// A new database on the server named by `MEGA_TEST_DATABASE_URL`.
    Postgres,
}

const PG_PREFIX: &str = "mega_test_";

fn admin_url() -> String {
    std::env::var("MEGA_TEST_DATABASE_URL").unwrap_or_else(|_| {
        panic!(
            "MEGA_TEST_DATABASE_URL is not set: PostgreSQL tests need a server, e.g. \
             MEGA_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres"
        )
    })
}

/// Replaces the database name (the last path segment) of a PostgreSQL URL.
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = url
        .split_once('?')
        .map_or((url, None), |(b, q)| (b, Some(q)));
    let base = base.rsplit_once('/').map_or(base, |(server, _)| server);
    match query {
        Some(query) => format!("{base}/{name}?{query}"),
        None => format!("{base}/{name}"),
    }
}

/// Whether the test process `pid` (from a database name) is gone. Only where `/proc` tells;
/// elsewhere nothing counts as gone, so a concurrent run's databases are never dropped.
fn run_is_gone(pid: &str) -> bool {
    std::path::Path::new("/proc/self").exists()
        && !std::path::Path::new(&format!("/proc/{pid}")).exists()
}

/// Drops the databases left by earlier runs whose process has ended, once per test process,
/// before any test creates its own (a run still going on, e.g. CI next to a developer's
/// `cargo test`, keeps its databases).
async fn drop_stale_databases() {
    static CLEANED: OnceCell<()> = OnceCell::const_new();
    CLEANED
        .get_or_init(|| async {
            let admin = SeaDatabase::connect(admin_url())
                .await
                .expect("connect to PostgreSQL");
            let rows = admin
                .query_all_raw(sea_orm::Statement::from_string(
                    admin.get_database_backend(),
                    format!("SELECT datname FROM pg_database WHERE datname LIKE '{PG_PREFIX}%'"),
                ))
                .await
                .expect("list test databases");
            for row in rows {
                let name: String = row.try_get("", "datname").expect("datname");
                let pid = name
                    .strip_prefix(PG_PREFIX)
                    .and_then(|rest| rest.split('_').next())
                    .unwrap_or_default();
                if !run_is_gone(pid) {
                    continue;
                }
                admin
                    .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                    .await
                    .expect("drop stale test database");
            }
        })
        .await;
}

/// A database created for one test.
pub(crate) struct TestDatabase {
    /// Connection URL for the server under test.
    pub url: String,
    _dir: Option<tempfile::TempDir>,
}

impl Backend {
    pub(crate) async fn create_database(self) -> TestDatabase {
        match self {
            Self::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite://{}?mode=rwc", dir.path().join("test.db").display());
                TestDatabase {
                    url,
                    _dir: Some(dir),
                }
            }
            Self::Postgres => {
                static RUN: OnceLock<String> = OnceLock::new();
                let run = RUN.get_or_init(|| std::process::id().to_string());
                drop_stale_databases().await;
                let name = format!("{PG_PREFIX}{run}_{}", uuid::Uuid::new_v4().simple());
                let admin = SeaDatabase::connect(admin_url())
                    .await
                    .expect("connect to PostgreSQL");
                admin
                    .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                    .await
                    .expect("create test database");
                admin.close().await.expect("close admin connection");
                TestDatabase {
                    url: with_database(&admin_url(), &name),
                    _dir: None,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::with_database;

    #[test]
    fn replaces_the_database_name() {
        assert_eq!(
            with_database("postgres://u@h:5432/postgres", "x"),
            "postgres://u@h:5432/x"
        );
        assert_eq!(
            with_database("postgres://u@h/db?sslmode=disable", "x"),
            "postgres://u@h/x?sslmode=disable"
        );
    }
}
