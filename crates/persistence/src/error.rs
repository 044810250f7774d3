//! The persistence layer's error type; the API maps it once, at its edge.

use sea_orm::{DbErr, SqlErr};

/// What can go wrong talking to the database.
#[derive(Debug, thiserror::Error)]
pub enum PersistenceError {
    /// A row with the same unique key exists already.
    #[error("a record with the same unique key exists")]
    Conflict,
    /// The row to change does not exist (any more).
    #[error("record not found")]
    NotFound,
    /// The row changed since the caller read it (optimistic concurrency).
    #[error("the record was changed by someone else")]
    StaleVersion,
    /// A stored value cannot be turned into a domain value.
    #[error("stored data is invalid: {0}")]
    Corrupt(String),
    /// Anything else the database reported.
    #[error("database error: {0}")]
    Database(DbErr),
}

impl From<DbErr> for PersistenceError {
    fn from(err: DbErr) -> Self {
        match err.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(_)) => Self::Conflict,
            _ => Self::Database(err),
        }
    }
}

/// Shorthand for results of this crate.
pub type Result<T, E = PersistenceError> = std::result::Result<T, E>;
