//! Validation errors of domain values; the API turns them into `userErrors`.

/// A value that breaks a domain rule. `code` is stable and machine-readable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ValidationError {
    /// The input field at fault, e.g. `email`.
    pub field: &'static str,
    /// A sentence for people.
    pub message: String,
    /// A stable code for programs, e.g. `INVALID_EMAIL`.
    pub code: &'static str,
}

impl ValidationError {
    /// Builds an error for `field`.
    pub fn new(field: &'static str, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            field,
            message: message.into(),
            code,
        }
    }
}
