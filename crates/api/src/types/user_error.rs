//! `UserError`: a validation problem reported in a mutation's payload.

use async_graphql::SimpleObject;
use mega_domain::ValidationError;

/// A problem with the input of a mutation; nothing was changed.
#[derive(SimpleObject, Clone, Debug)]
pub struct UserError {
    /// Path to the input field at fault, e.g. `["input", "email"]`.
    pub field: Option<Vec<String>>,
    /// What is wrong, for people.
    pub message: String,
    /// What is wrong, for programs: a stable code such as `INVALID_EMAIL`.
    pub code: String,
}

impl From<ValidationError> for UserError {
    fn from(err: ValidationError) -> Self {
        Self {
            field: Some(vec!["input".to_owned(), err.field.to_owned()]),
            message: err.message,
            code: err.code.to_owned(),
        }
    }
}
