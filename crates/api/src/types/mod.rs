//! GraphQL object types: thin wrappers over domain values, one module per type.

pub mod action_plan;
mod api_token;
mod audit_event;
mod benchmark;
pub mod capabilities;
pub mod enums;
mod event;
mod evidence;
mod library;
pub mod monitoring;
mod node;
mod organisation;
mod proposed_action;
mod territory;
mod thematic_area;
mod user;
mod user_error;
mod webhook;
mod working_group;

pub use action_plan::{ActionObject, ActionPlanObject, ActionStepObject};
pub use api_token::{ApiTokenObject, ApiTokenScopeGql};
pub use audit_event::AuditEventObject;
pub use benchmark::{BenchmarkObject, BenchmarkRoundObject};
pub use event::{AgendaItemObject, EventObject, EventParticipantObject};
pub use evidence::{AwardObject, PlenaryOutcomeObject, TerritoryFactObject};
pub use library::{GoodPracticeObject, WebinarObject};
pub use monitoring::{CoordinationCallObject, ProgressReportObject, StepStatusGql};
pub use node::Node;
pub use organisation::OrganisationObject;
pub use proposed_action::{FeedbackObject, ProposedActionObject};
pub use territory::TerritoryObject;
pub use thematic_area::ThematicAreaObject;
pub use user::{GlobalRoleGql, LanguageGql, UserObject};
pub use user_error::UserError;
pub use webhook::{WebhookEventGql, WebhookObject};
pub use working_group::{MembershipObject, WorkingGroupObject};
