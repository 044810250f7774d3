//! The root `Query` type, merged from one module per area. Resolvers are thin: they ask the
//! policy, call a repository or service and map the result.

pub(crate) mod action_plans;
pub(crate) mod api_tokens;
mod audit;
mod benchmarks;
mod events;
mod library;
mod mail;
pub(crate) mod monitoring;
mod network;
mod node;
pub(crate) mod notifications;
mod proposed_actions;
mod public_lessons;
mod public_plans;
mod report;
pub(crate) mod webhooks;
mod working_groups;

use async_graphql::MergedObject;

/// Entry points for reading. Everything but the public pages' data (`publicGoodPractices`,
/// `publicGoodPractice`, `publicPlanSummaries`, `publicPlanSummary`) needs a signed-in
/// caller.
#[derive(MergedObject, Default)]
pub struct Query(
    network::NetworkQuery,
    node::NodeQuery,
    action_plans::ActionPlanQuery,
    working_groups::WorkingGroupQuery,
    benchmarks::BenchmarkQuery,
    audit::AuditQuery,
    mail::MailQuery,
    events::EventQuery,
    proposed_actions::ProposedActionQuery,
    library::LibraryQuery,
    api_tokens::ApiTokenQuery,
    webhooks::WebhookQuery,
    monitoring::MonitoringQuery,
    public_lessons::PublicQuery,
    public_plans::PublicPlanQuery,
);
