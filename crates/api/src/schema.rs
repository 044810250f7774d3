//! Builds the schema with its limits and hands each request its identity and DataLoaders.

use async_graphql::{EmptySubscription, Schema};
use mega_persistence::Database;

use crate::auth::{AuthConfig, RequestIdentity};
pub use crate::loaders::Batches;
use crate::mutation::Mutation;
use crate::query::Query;
use std::sync::Arc;

use crate::rate_limit::{Budgets, CostLimiter};
use crate::services::webhooks::WebhookPolicy;

/// The MEGA Hub GraphQL schema.
pub type MegaSchema = Schema<Query, Mutation, EmptySubscription>;

/// Deepest query accepted.
pub const MAX_DEPTH: usize = 10;
/// Largest query cost accepted; list fields multiply their children's cost by `first`.
pub const MAX_COMPLEXITY: usize = 10_000;

/// What resolvers share across requests.
#[derive(Clone, Debug)]
pub struct ApiState {
    /// The database.
    pub db: Database,
    /// Token secrets and lifetimes.
    pub auth: AuthConfig,
    /// Every identity's cost budget (points per hour), shared with the HTTP layer, which
    /// charges requests refused before validation.
    pub budgets: Arc<Budgets>,
    /// Where webhooks may deliver.
    pub webhooks: WebhookPolicy,
}

/// Builds the schema over `state`.
pub fn build_schema(state: ApiState) -> MegaSchema {
    builder(state).finish()
}

/// Builds the schema for anonymous callers: the same, without "did you mean" suggestions
/// that would reveal field names.
pub fn build_anonymous_schema(state: ApiState) -> MegaSchema {
    builder(state).disable_suggestions().finish()
}

fn builder(state: ApiState) -> async_graphql::SchemaBuilder<Query, Mutation, EmptySubscription> {
    Schema::build(Query::default(), Mutation::default(), EmptySubscription)
        .extension(CostLimiter::new(Arc::clone(&state.budgets)))
        .data(state.db)
        .data(state.auth)
        .data(state.webhooks)
        .limit_depth(MAX_DEPTH)
        .limit_complexity(MAX_COMPLEXITY)
}

/// Runs `request` on `schema`. Not generic, so async-graphql's execution engine is compiled
/// once, here, and not again in every crate that serves requests (it was most of the server
/// crate's release build time).
pub fn execute(
    schema: &MegaSchema,
    request: async_graphql::Request,
) -> futures::future::BoxFuture<'_, async_graphql::Response> {
    Box::pin(schema.execute(request))
}

/// The schema in SDL, as committed in `schema.graphql`.
pub fn sdl() -> String {
    Schema::build(Query::default(), Mutation::default(), EmptySubscription)
        .finish()
        .sdl()
}

/// Attaches the caller's identity and fresh per-request DataLoaders (a loader's cache must
/// not outlive one request, or one caller could see another's data). Run the request inside
/// the returned [`Batches::drive`], which starts the loaders' batches.
pub fn prepare_request(
    request: async_graphql::Request,
    db: &Database,
    identity: RequestIdentity,
) -> (async_graphql::Request, Batches) {
    let batches = Batches::new();
    let request = crate::loaders::attach(request.data(identity), db, &batches);
    (request, batches)
}
