//! Turning service results into payloads: refusals become GraphQL errors, input problems
//! become `userErrors`, and global IDs in inputs are decoded with field-level errors.

use crate::error::{ApiError, ApiResult};
use crate::global_id::{NodeType, decode_as};
use crate::services::ServiceError;
use crate::types::UserError;
use async_graphql::ID;

fn user_error(field: &str, code: &str, message: &str) -> UserError {
    UserError {
        field: Some(vec!["input".to_owned(), field.to_owned()]),
        message: message.to_owned(),
        code: code.to_owned(),
    }
}

/// Splits a service result into the payload's value or its `userErrors`; refusals and
/// failures become a GraphQL error.
pub fn settle<T>(result: Result<T, ServiceError>) -> ApiResult<Result<T, Vec<UserError>>> {
    match result {
        Ok(value) => Ok(Ok(value)),
        Err(ServiceError::Invalid(errors)) => {
            Ok(Err(errors.into_iter().map(UserError::from).collect()))
        }
        Err(ServiceError::NotFound(field)) => Ok(Err(vec![user_error(
            field,
            "NOT_FOUND",
            "No such object, or you may not see it.",
        )])),
        Err(ServiceError::Stale) => Ok(Err(vec![user_error(
            "expectedVersion",
            "STALE_VERSION",
            "Someone else changed this in the meantime; reload and try again.",
        )])),
        Err(other) => Err(internal(other)),
    }
}

/// An unexpected service failure, for query resolvers.
pub fn internal(err: ServiceError) -> ApiError {
    match err {
        ServiceError::Denied(denial) => denial.into(),
        ServiceError::Persistence(err) => err.into(),
        ServiceError::Internal(details) => ApiError::Internal(details),
        ServiceError::Invalid(errors) => ApiError::BadUserInput(
            errors
                .into_iter()
                .map(|e| e.message)
                .collect::<Vec<_>>()
                .join(" "),
        ),
        ServiceError::NotFound(field) => {
            ApiError::BadUserInput(format!("`{field}` names nothing."))
        }
        ServiceError::Stale => ApiError::BadUserInput("The object changed meanwhile.".into()),
    }
}

/// Decodes a global ID of type `ty` given in input field `field`.
pub fn input_id(ty: NodeType, field: &'static str, id: &ID) -> Result<i32, ServiceError> {
    decode_as(ty, id).ok_or(ServiceError::NotFound(field))
}

/// Decodes an optional global ID.
pub fn optional_input_id(
    ty: NodeType,
    field: &'static str,
    id: Option<&ID>,
) -> Result<Option<i32>, ServiceError> {
    id.map(|id| input_id(ty, field, id)).transpose()
}

/// Declares a mutation payload: the changed object (null on failure) and `userErrors`.
macro_rules! payload {
    ($(#[$doc:meta])* $name:ident, $(#[$fdoc:meta])* $field:ident: $ty:ty) => {
        $(#[$doc])*
        #[derive(async_graphql::SimpleObject, Default)]
        pub struct $name {
            $(#[$fdoc])*
            pub $field: Option<$ty>,
            /// Problems with the input; nothing was changed when not empty.
            pub user_errors: Vec<$crate::types::UserError>,
        }

        impl From<Result<$ty, Vec<$crate::types::UserError>>> for $name {
            fn from(result: Result<$ty, Vec<$crate::types::UserError>>) -> Self {
                match result {
                    Ok(value) => Self { $field: Some(value), user_errors: Vec::new() },
                    Err(user_errors) => Self { $field: None, user_errors },
                }
            }
        }
    };
}
pub(crate) use payload;
