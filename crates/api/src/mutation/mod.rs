//! The root `Mutation` type, merged from one module per area.

mod action_plans;
mod admin;
mod api_tokens;
mod auth;
mod benchmarks;
mod calendar;
mod events;
mod library;
mod mail_preferences;
mod monitoring;
mod network;
mod notifications;
mod plan_exchange;
mod practices;
mod programme;
mod proposed_actions;
mod reference_data;
mod replanning;
mod viewer;
mod webhooks;

use async_graphql::MergedObject;

/// Entry points for changing data. Each takes one `input` and returns a payload with
/// `userErrors`; each success leaves exactly one audit event.
#[derive(MergedObject, Default)]
pub struct Mutation(
    auth::AuthMutation,
    admin::AdminMutation,
    network::NetworkMutation,
    reference_data::ReferenceDataMutation,
    programme::ProgrammeMutation,
    benchmarks::BenchmarkMutation,
    events::EventMutation,
    proposed_actions::ProposedActionMutation,
    action_plans::ActionPlanMutation,
    replanning::ReplanningMutation,
    practices::PracticeMutation,
    plan_exchange::PlanExchangeMutation,
    library::LibraryMutation,
    api_tokens::ApiTokenMutation,
    webhooks::WebhookMutation,
    monitoring::MonitoringMutation,
    viewer::ViewerMutation,
    notifications::NotificationMutation,
    mail_preferences::MailPreferenceMutation,
    calendar::CalendarMutation,
);
