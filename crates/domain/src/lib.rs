//! MEGA Hub's domain: identifiers, validated values, the rules of the peer-learning cycle and
//! the permission policy. Pure code: no I/O, no database, no GraphQL.

pub mod email;
pub mod error;
pub mod ids;
pub mod network;
pub mod pagination;
pub mod policy;
pub mod user;

pub use email::Email;
pub use error::ValidationError;
pub use ids::{OrganisationId, TerritoryId, ThematicAreaId, UserId};
pub use network::{Organisation, OrganisationKind, Territory, ThematicArea};
pub use pagination::{Page, PageRequest};
pub use policy::{Action, Actor, Denial, Principal, authorize};
pub use user::{DisplayName, GlobalRole, NewPassword, User};
