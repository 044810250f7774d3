//! MEGA Hub's GraphQL API: the schema, thin resolvers over domain rules and persistence,
//! authentication, and the mapping of errors to `extensions.code`.

pub mod auth;
mod connection;
pub mod demo;
mod error;
mod global_id;
mod loaders;
mod mutation;
mod query;
mod schema;
mod services;
mod types;

pub use auth::{AuthConfig, RequestIdentity};
pub use error::ApiError;
pub use schema::{
    ApiState, MAX_COMPLEXITY, MAX_DEPTH, MegaSchema, build_anonymous_schema, build_schema,
    prepare_request, sdl,
};
