//! Services: what each mutation does, in one transaction with its audit event. Resolvers
//! parse input, call a service and map its result; services ask the policy and call
//! repositories.

pub mod action_plans;
pub mod admin;
pub mod api_tokens;
pub mod benchmarks;
pub mod calendar;
pub mod events;
pub mod evidence;
pub mod feedback_edits;
pub mod library;
pub mod mail_preferences;
pub mod monitoring;
pub mod notifications;
pub mod plan_exchange;
pub mod preferences;
pub mod programme;
pub mod proposed_actions;
pub mod public_lessons;
pub mod reference_data;
pub mod scheduled;
pub mod unit_of_work;
pub mod webhooks;
pub mod working_groups;

use mega_domain::{Denial, ValidationError};
use mega_persistence::{DbErr, PersistenceError};

/// Why a service refused or failed.
#[derive(Debug)]
pub enum ServiceError {
    /// The policy said no.
    Denied(Denial),
    /// The input breaks rules; nothing changed.
    Invalid(Vec<ValidationError>),
    /// The object named by an input field does not exist.
    NotFound(&'static str),
    /// The object changed since the caller read it.
    Stale,
    /// The database failed.
    Persistence(PersistenceError),
    /// Something else failed unexpectedly.
    Internal(String),
}

impl From<Denial> for ServiceError {
    fn from(denial: Denial) -> Self {
        Self::Denied(denial)
    }
}

impl From<ValidationError> for ServiceError {
    fn from(err: ValidationError) -> Self {
        Self::Invalid(vec![err])
    }
}

impl From<PersistenceError> for ServiceError {
    fn from(err: PersistenceError) -> Self {
        match err {
            PersistenceError::StaleVersion => Self::Stale,
            other => Self::Persistence(other),
        }
    }
}

impl From<DbErr> for ServiceError {
    fn from(err: DbErr) -> Self {
        PersistenceError::from(err).into()
    }
}

/// Result of a service.
pub type ServiceResult<T> = Result<T, ServiceError>;

/// Maps a unique-key conflict to a validation error on `field`.
pub fn conflict_as(
    field: &'static str,
    message: &'static str,
) -> impl FnOnce(PersistenceError) -> ServiceError {
    move |err| match err {
        PersistenceError::Conflict => {
            ServiceError::Invalid(vec![ValidationError::new(field, "ALREADY_EXISTS", message)])
        }
        other => other.into(),
    }
}
