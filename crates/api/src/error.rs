//! The API's one error type, mapped once to a GraphQL error with `extensions.code`.
//! Internal details are logged with the request and never sent to the client.

use async_graphql::ErrorExtensions;
use mega_domain::{Denial, ValidationError};
use mega_persistence::PersistenceError;

/// Why a query or mutation failed as a whole (field-level validation uses `userErrors`).
#[derive(Clone, Debug, thiserror::Error)]
pub enum ApiError {
    /// No valid credentials.
    #[error("Authentication required.")]
    Unauthenticated,
    /// Credentials were presented but refused; one message for every reason, so callers
    /// cannot probe which accounts exist.
    #[error("{0}")]
    InvalidCredentials(&'static str),
    /// Signed in but not allowed.
    #[error("You are not allowed to do this.")]
    Forbidden,
    /// An argument is out of range (queries have no `userErrors`).
    #[error("{0}")]
    BadUserInput(String),
    /// The document exceeds a limit on its size or shape; the message names the limit.
    #[error("{0}")]
    QueryTooComplex(String),
    /// Too many attempts; the message says when to try again.
    #[error("{0}")]
    RateLimited(String),
    /// Anything unexpected; details go to the log only.
    #[error("Internal server error.")]
    Internal(String),
}

impl ApiError {
    /// The stable `extensions.code` value.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Unauthenticated | Self::InvalidCredentials(_) => "UNAUTHENTICATED",
            Self::Forbidden => "FORBIDDEN",
            Self::BadUserInput(_) => "BAD_USER_INPUT",
            Self::QueryTooComplex(_) => "QUERY_TOO_COMPLEX",
            Self::RateLimited(_) => "RATE_LIMITED",
            Self::Internal(_) => "INTERNAL_SERVER_ERROR",
        }
    }
}

impl From<Denial> for ApiError {
    fn from(denial: Denial) -> Self {
        match denial {
            Denial::Unauthenticated => Self::Unauthenticated,
            Denial::Forbidden => Self::Forbidden,
        }
    }
}

impl From<PersistenceError> for ApiError {
    fn from(err: PersistenceError) -> Self {
        Self::Internal(err.to_string())
    }
}

impl From<mega_persistence::DbErr> for ApiError {
    fn from(err: mega_persistence::DbErr) -> Self {
        PersistenceError::from(err).into()
    }
}

impl From<ValidationError> for ApiError {
    fn from(err: ValidationError) -> Self {
        Self::BadUserInput(err.message)
    }
}

impl ErrorExtensions for ApiError {
    fn extend(&self) -> async_graphql::Error {
        if let Self::Internal(details) = self {
            tracing::error!(error = %details, "internal error");
        }
        async_graphql::Error::new(self.to_string())
            .extend_with(|_, ext| ext.set("code", self.code()))
    }
}

impl From<ApiError> for async_graphql::Error {
    fn from(err: ApiError) -> Self {
        err.extend()
    }
}

/// Result of a resolver.
pub type ApiResult<T> = Result<T, ApiError>;
