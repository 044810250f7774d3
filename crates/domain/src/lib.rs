//! MEGA Hub's domain: identifiers, validated values, the rules of the peer-learning cycle and
//! the permission policy. Pure code: no I/O, no database, no GraphQL.

pub mod agenda;
pub mod audit;
pub mod benchmark;
pub mod email;
pub mod error;
pub mod event;
pub mod ids;
pub mod network;
pub mod pagination;
pub mod policy;
pub mod proposed_action;
pub mod user;
pub mod working_group;

pub use agenda::{AgendaItem, Presentation};
pub use audit::{AuditEvent, AuditFilter, AuditRecord};
pub use benchmark::{
    Benchmark, BenchmarkRound, BenchmarkStatus, Dimension, KeyActor, Level, Score,
};
pub use email::Email;
pub use error::ValidationError;
pub use event::{Event, Participant};
pub use ids::{
    AgendaItemId, AuditEventId, BenchmarkId, BenchmarkRoundId, EventId, FeedbackId, MembershipId,
    OrganisationId, ParticipantId, ProposedActionId, TerritoryId, ThematicAreaId, UserId,
    WorkingGroupId,
};
pub use network::{Organisation, OrganisationKind, Territory, ThematicArea};
pub use pagination::{Page, PageRequest};
pub use policy::{Action, Actor, Denial, Principal, authorize};
pub use proposed_action::{Feedback, FeedbackKind, ProposedAction};
pub use user::{DisplayName, GlobalRole, NewPassword, User};
pub use working_group::{Membership, MembershipRole, Participation, WorkingGroup};
