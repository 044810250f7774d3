//! What a resolver reads from the request context: the database, the caller's identity and
//! its actor. A leaf module, so queries, mutations and object types depend on it and not on
//! the schema that assembles them.

use async_graphql::Context;
use mega_domain::Actor;
use mega_persistence::Database;

use crate::auth::RequestIdentity;

/// The identity of the request being resolved.
pub(crate) fn identity<'a>(ctx: &Context<'a>) -> &'a RequestIdentity {
    ctx.data_unchecked::<RequestIdentity>()
}

/// The actor the policy judges.
pub(crate) fn actor<'a>(ctx: &Context<'a>) -> &'a Actor {
    &identity(ctx).actor
}

/// The database handle.
pub(crate) fn db<'a>(ctx: &Context<'a>) -> &'a Database {
    ctx.data_unchecked::<Database>()
}
