//! sea-orm entities: one module per table, rows only; repositories map them to domain types.

pub mod audit_event;
pub mod benchmark;
pub mod benchmark_need;
pub mod benchmark_round;
pub mod benchmark_score;
pub mod expert_invitation;
pub mod membership;
pub mod organisation;
pub mod refresh_token;
pub mod territory;
pub mod thematic_area;
pub mod user;
pub mod working_group;
