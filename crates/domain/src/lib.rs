//! MEGA Hub's domain: identifiers, validated values, the rules of the peer-learning cycle and
//! the permission policy. Pure code: no I/O, no database, no GraphQL.

pub mod action_plan;
pub mod agenda;
pub mod api_token;
pub mod audit;
pub mod benchmark;
pub mod calendar;
mod codes;
pub mod composition;
pub mod email;
pub mod error;
pub mod event;
pub mod evidence;
pub mod good_practice;
pub mod ids;
pub mod mail;
pub mod monitoring;
pub mod network;
pub mod notification;
pub mod pagination;
pub mod partial_date;
pub mod plenary;
pub mod policy;
pub mod programme;
pub mod proposed_action;
pub mod rate_limit;
pub mod user;
pub mod webhook;
pub mod webinar;
pub mod working_group;

pub use agenda::{AgendaItem, Presentation};
pub use api_token::{ApiToken, ApiTokenId, TokenScope};
pub use audit::{AuditEvent, AuditFilter, AuditRecord, Audited};
pub use benchmark::{
    Benchmark, BenchmarkCell, BenchmarkRound, BenchmarkStatus, Dimension, KeyActor, Level, Score,
};
pub use email::Email;
pub use error::{Problems, ValidationError};
pub use event::{Event, Participant};
pub use evidence::{Award, AwardWinner, TerritoryFact};
pub use good_practice::GoodPractice;
pub use ids::NodeId;
pub use ids::{
    ActionId, ActionPlanId, ActionStepId, AgendaItemId, AuditEventId, AwardId, BenchmarkId,
    BenchmarkRoundId, CoordinationCallId, EventId, FeedbackId, GoodPracticeId, MembershipId,
    NotificationId, OrganisationId, ParticipantId, PlenaryOutcomeId, ProgrammePhaseId,
    ProgressReportId, ProposedActionId, TerritoryFactId, TerritoryId, ThematicAreaId, UserId,
    WebhookId, WebinarId, WorkingGroupId,
};
pub use network::{Organisation, OrganisationKind, Territory, ThematicArea};
pub use pagination::{Page, PageRequest};
pub use plenary::PlenaryOutcome;
pub use policy::{Action, Actor, Denial, Principal, allows, authorize};
pub use proposed_action::{Feedback, FeedbackKind, FeedbackTarget, ProposedAction};
pub use user::{DisplayName, GlobalRole, Language, NewPassword, User};
pub use webinar::Webinar;
pub use working_group::{Membership, MembershipRole, Participation, WorkingGroup};
