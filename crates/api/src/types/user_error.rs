//! `UserError`: a validation problem reported in a mutation's payload.

use async_graphql::SimpleObject;
use mega_domain::ValidationError;

/// A problem with the input of a mutation; nothing was changed.
///
/// `message` is English, for API clients and logs; user interfaces word their own message
/// from `code`, `field` and `params`.
#[derive(SimpleObject, Clone, Debug)]
pub struct UserError {
    /// Path to the input field at fault, e.g. `["input", "email"]`.
    pub field: Option<Vec<String>>,
    /// What is wrong, for people (English).
    pub message: String,
    /// What is wrong, for programs: a stable code such as `INVALID_EMAIL`.
    pub code: String,
    /// The values the message is built from, e.g. `max` = `2000` for `TOO_LONG`. A `variant`
    /// parameter, when present, tells apart the cases of one code (e.g. `ENTRY` for one
    /// entry of a list that is too long). CSV imports add `row` and `column`.
    pub params: Vec<UserErrorParam>,
}

/// A named value of a [`UserError`]'s message.
#[derive(SimpleObject, Clone, Debug, PartialEq, Eq)]
pub struct UserErrorParam {
    /// The parameter, e.g. `max`.
    pub name: String,
    /// Its value as text, e.g. `2000`.
    pub value: String,
}

impl From<ValidationError> for UserError {
    fn from(err: ValidationError) -> Self {
        Self {
            field: Some(vec!["input".to_owned(), err.field.to_owned()]),
            message: err.message,
            code: err.code.to_owned(),
            params: err
                .params
                .into_iter()
                .map(|(name, value)| UserErrorParam {
                    name: name.to_owned(),
                    value,
                })
                .collect(),
        }
    }
}
