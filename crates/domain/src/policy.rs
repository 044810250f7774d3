//! The permission policy: the one place that decides who may do what. Deny by default.
//!
//! Resolvers describe what they are about to do as an [`Action`] and ask [`authorize`];
//! nothing else in the code base compares roles.

use crate::{GlobalRole, OrganisationId, User, UserId};

/// A signed-in, active user as the policy sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Principal {
    /// Who is acting.
    pub user_id: UserId,
    /// The organisation the user acts for.
    pub organisation_id: Option<OrganisationId>,
    /// Network-wide role.
    pub role: GlobalRole,
}

impl Principal {
    /// The principal acting as `user` (whose activity the caller has checked).
    pub fn of(user: &User) -> Self {
        Self {
            user_id: user.id,
            organisation_id: user.organisation_id,
            role: user.global_role,
        }
    }
}

/// Whoever sent the request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Actor {
    /// No (valid) credentials.
    Anonymous,
    /// A signed-in, active user.
    User(Principal),
}

/// What an actor is about to do, with the resource it concerns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Read the network's reference data: territories, organisations, thematic areas and
    /// users' public profiles.
    ReadNetwork,
    /// Read a user's e-mail address.
    ReadUserEmail {
        /// Whose address.
        owner: UserId,
    },
    /// Create user accounts.
    CreateUser,
}

/// Why an action was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Denial {
    /// The actor is not signed in.
    #[error("authentication required")]
    Unauthenticated,
    /// The actor is signed in but may not do this.
    #[error("not allowed")]
    Forbidden,
}

/// Decides whether `actor` may perform `action`.
pub fn authorize(actor: &Actor, action: Action) -> Result<(), Denial> {
    let Actor::User(principal) = actor else {
        return Err(Denial::Unauthenticated);
    };
    let is_coordinator = principal.role == GlobalRole::Coordinator;
    let allowed = match action {
        Action::ReadNetwork => true,
        Action::ReadUserEmail { owner } => is_coordinator || owner == principal.user_id,
        Action::CreateUser => is_coordinator,
    };
    if allowed {
        Ok(())
    } else {
        Err(Denial::Forbidden)
    }
}

#[cfg(test)]
mod tests;
