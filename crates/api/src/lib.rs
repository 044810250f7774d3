//! MEGA Hub's GraphQL API: the schema, thin resolvers over domain rules and persistence,
//! authentication, and the mapping of errors to `extensions.code`.

pub mod auth;
mod connection;
mod context;
pub mod demo;
mod error;
mod global_id;
mod loaders;
mod mutation;
pub mod plan_csv;
mod query;
pub mod rate_limit;
mod resolve;
mod schema;
pub mod services;
mod types;
pub mod unsubscribe;

pub use auth::{AuthConfig, RequestIdentity};
pub use error::ApiError;
pub use schema::{
    ApiState, Batches, MAX_COMPLEXITY, MAX_DEPTH, MegaSchema, build_anonymous_schema, build_schema,
    execute, prepare_request, sdl,
};

/// The id of type `T` behind a global ID (for the HTTP endpoints outside GraphQL).
pub fn global_id_of<T: mega_domain::NodeId>(id: &str) -> Option<T> {
    global_id::decode(id)
}

/// The plan id behind an action plan's global ID (for the export endpoints).
pub fn global_id_of_action_plan(id: &str) -> Option<mega_domain::action_plan::ActionPlanId> {
    global_id::decode(id)
}
