//! sea-orm entities: one module per table, rows only; repositories map them to domain types.

pub mod agenda_item;
pub mod agenda_presentation;
pub mod audit_event;
pub mod benchmark;
pub mod benchmark_need;
pub mod benchmark_round;
pub mod benchmark_score;
pub mod event;
pub mod event_participant;
pub mod expert_invitation;
pub mod feedback;
pub mod membership;
pub mod organisation;
pub mod proposed_action;
pub mod refresh_token;
pub mod territory;
pub mod thematic_area;
pub mod user;
pub mod working_group;
