//! MEGA Hub's domain: identifiers, validated values, the rules of the peer-learning cycle and
//! the permission policy. Pure code: no I/O, no database, no GraphQL.

pub mod audit;
pub mod benchmark;
pub mod email;
pub mod error;
pub mod ids;
pub mod network;
pub mod pagination;
pub mod policy;
pub mod user;
pub mod working_group;

pub use audit::{AuditEvent, AuditFilter, AuditRecord};
pub use benchmark::{
    Benchmark, BenchmarkRound, BenchmarkStatus, Dimension, KeyActor, Level, Score,
};
pub use email::Email;
pub use error::ValidationError;
pub use ids::{
    AuditEventId, BenchmarkId, BenchmarkRoundId, MembershipId, OrganisationId, TerritoryId,
    ThematicAreaId, UserId, WorkingGroupId,
};
pub use network::{Organisation, OrganisationKind, Territory, ThematicArea};
pub use pagination::{Page, PageRequest};
pub use policy::{Action, Actor, Denial, Principal, authorize};
pub use user::{DisplayName, GlobalRole, NewPassword, User};
pub use working_group::{Membership, MembershipRole, Participation, WorkingGroup};
