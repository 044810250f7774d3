//! Reading monitoring: coordination calls, progress reports, and the `report` aggregates.

use async_graphql::{Context, ID, InputObject, Object};
use mega_domain::action_plan::{ActionPlanId, ActionStepId};
use mega_domain::{Action, CoordinationCallId, ProgressReportId, WorkingGroupId, authorize};
use mega_persistence::monitoring::ReportFilter;

use super::report::Report;
use crate::connection::{PageConnection, connection, page_request};
use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::{internal, optional_arg_id};
use crate::services::monitoring as service;
use crate::types::{CoordinationCallObject, Node, ProgressReportObject};

/// Narrows `progressReports`; every given condition must hold.
#[derive(InputObject, Default)]
pub struct ProgressReportFilter {
    /// Only this plan's reports.
    pub action_plan_id: Option<ID>,
    /// Only this step's reports.
    pub step_id: Option<ID>,
    /// Only the reports presented at this call.
    pub coordination_call_id: Option<ID>,
    /// Only reports on steps in this working group's thematic area.
    pub working_group_id: Option<ID>,
    /// Only reports nobody has given feedback on yet.
    #[graphql(default)]
    pub awaiting_feedback: bool,
}

/// Monitoring queries.
#[derive(Default)]
pub struct MonitoringQuery;

#[Object]
impl MonitoringQuery {
    /// Coordination calls, latest first, of one working group or of all.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn coordination_calls(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only this group's calls.")] working_group_id: Option<ID>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<PageConnection<CoordinationCallObject>> {
        let group = optional_arg_id::<WorkingGroupId>("workingGroupId", working_group_id.as_ref())?;
        let page = service::calls_page(db(ctx), actor(ctx), group, page_request(first, after)?)
            .await
            .map_err(internal)?;
        Ok(connection(page, CoordinationCallObject))
    }

    /// Progress reports, newest first, narrowed by `filter`; only reports on plans the
    /// caller may read.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn progress_reports(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Narrows the list.")] filter: Option<ProgressReportFilter>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<PageConnection<ProgressReportObject>> {
        let filter = filter.unwrap_or_default();
        let filter = ReportFilter {
            plan: optional_arg_id::<ActionPlanId>("actionPlanId", filter.action_plan_id.as_ref())?,
            step: optional_arg_id::<ActionStepId>("stepId", filter.step_id.as_ref())?,
            call: optional_arg_id::<CoordinationCallId>(
                "coordinationCallId",
                filter.coordination_call_id.as_ref(),
            )?,
            working_group: optional_arg_id::<WorkingGroupId>(
                "workingGroupId",
                filter.working_group_id.as_ref(),
            )?,
            awaiting_feedback: filter.awaiting_feedback,
            readable: None,
        };
        let page = service::reports_page(db(ctx), actor(ctx), filter, page_request(first, after)?)
            .await
            .map_err(internal)?;
        Ok(connection(page, ProgressReportObject))
    }

    /// Reporting aggregates for scripts and dashboards, computed in the database.
    async fn report(&self, ctx: &Context<'_>) -> ApiResult<Report> {
        authorize(actor(ctx), Action::ReadNetwork)?;
        Ok(Report)
    }
}

/// `node(id:)` for a `CoordinationCall`.
pub(crate) async fn call_node(ctx: &Context<'_>, raw: i32) -> ApiResult<Option<Node>> {
    let call = service::find_call(db(ctx), actor(ctx), CoordinationCallId(raw))
        .await
        .map_err(internal)?;
    Ok(call.map(|c| Node::CoordinationCall(CoordinationCallObject(c))))
}

/// `node(id:)` for a `ProgressReport`: null unless the caller may read its plan.
pub(crate) async fn report_node(ctx: &Context<'_>, raw: i32) -> ApiResult<Option<Node>> {
    let report = service::find_report(db(ctx), actor(ctx), ProgressReportId(raw))
        .await
        .map_err(internal)?;
    Ok(report.map(|r| Node::ProgressReport(ProgressReportObject(r))))
}
