//! The root `Mutation` type, merged from one module per area.

mod auth;

use async_graphql::MergedObject;

/// Entry points for changing data. Each takes one `input` and returns a payload with
/// `userErrors`.
#[derive(MergedObject, Default)]
pub struct Mutation(auth::AuthMutation);
