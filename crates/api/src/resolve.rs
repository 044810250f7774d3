//! Resolver plumbing shared by queries, mutations and object types: service results become
//! payloads (refusals become GraphQL errors, input problems `userErrors`), and global IDs in
//! inputs are decoded into typed ids with field-level errors.

use async_graphql::ID;
use mega_domain::NodeId;

use crate::error::{ApiError, ApiResult};
use crate::global_id::decode;
use crate::services::ServiceError;
use crate::types::UserError;

fn user_error(field: &str, code: &str, message: &str) -> UserError {
    UserError {
        field: Some(vec!["input".to_owned(), field.to_owned()]),
        message: message.to_owned(),
        code: code.to_owned(),
        params: Vec::new(),
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

/// Decodes the global ID given in input field `field`; another type's ID is `NOT_FOUND` on
/// that field, like an ID of nothing.
pub fn input_id<T: NodeId>(field: &'static str, id: &ID) -> Result<T, ServiceError> {
    decode(id).ok_or(ServiceError::NotFound(field))
}

/// Decodes an optional global ID.
pub fn optional_input_id<T: NodeId>(
    field: &'static str,
    id: Option<&ID>,
) -> Result<Option<T>, ServiceError> {
    id.map(|id| input_id(field, id)).transpose()
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

/// Decodes the global ID given as query argument `arg`; a malformed ID or another type's is
/// `BAD_USER_INPUT` (queries have no `userErrors`).
pub fn arg_id<T: NodeId>(arg: &str, id: &ID) -> ApiResult<T> {
    decode(id)
        .ok_or_else(|| ApiError::BadUserInput(format!("`{arg}` is not the ID of a {}.", T::NODE)))
}

/// Decodes an optional query argument's global ID.
pub fn optional_arg_id<T: NodeId>(arg: &str, id: Option<&ID>) -> ApiResult<Option<T>> {
    id.map(|id| arg_id(arg, id)).transpose()
}

/// Decodes a list of global IDs given in input field `field`.
pub fn input_ids<T: NodeId>(field: &'static str, ids: &[ID]) -> Result<Vec<T>, ServiceError> {
    ids.iter().map(|id| input_id(field, id)).collect()
}
