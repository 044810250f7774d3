//! Black-box tests of MEGA Hub: the real server over HTTP, each test on SQLite and PostgreSQL.
#![expect(
    clippy::unwrap_used,
    reason = "black-box tests: a broken expectation must fail loudly"
)]

mod action_plans;
mod api_tokens;
mod auth;
mod bad_input;
mod batching;
mod benchmarks;
mod calendar;
mod capabilities;
mod comments;
mod events;
mod evidence;
mod feedback_rules;
mod fixtures;
mod generate;
mod hostile;
mod http;
mod library;
mod mail;
mod monitoring;
mod network;
mod notifications;
mod permissions;
mod persistence;
mod plan_exchange;
mod plan_feedback;
mod plan_list;
mod practices;
mod preferences;
mod programme;
mod proposed_actions;
mod public_lessons;
mod public_plans;
mod rate_limits;
mod reference_data;
mod removals;
mod replanning;
mod scale;
mod scheduled;
mod schema;
mod security;
mod shapes;
mod stakeholders;
mod timeouts;
mod unit_of_work;
mod webhooks;
mod working_groups;
