//! GraphQL types of implementation monitoring: `CoordinationCall`, `ProgressReport`,
//! `StepStatus`, `Slippage` and the per-step, per-action and per-plan progress fields.

use async_graphql::{Context, Enum, ID, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use mega_domain::action_plan::{ActionStep, ActionStepId};
use mega_domain::monitoring::{self as rules, CoordinationCall, ProgressReport, StepProgress};

use super::enums::FeedbackKindGql;
use super::{ActionStepObject, FeedbackObject, OrganisationObject, UserObject, WorkingGroupObject};
use crate::connection::{PageConnection, connection, page_request};
use crate::context::db;
use crate::error::ApiResult;
use crate::global_id::encode;
use crate::loaders::monitoring::{CoordinationCallLoader, LatestReportOfStepLoader};
use crate::loaders::{OrganisationLoader, UserLoader, WorkingGroupLoader, load_many, load_one};
use crate::resolve::internal;

/// Where a step stands, as its organisation last reported it.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(name = "StepStatus", remote = "mega_domain::monitoring::StepStatus")]
pub enum StepStatusGql {
    /// Not begun (also the status of a step never reported on).
    NotStarted,
    /// Under way as planned.
    OnTrack,
    /// Under way, behind plan.
    Delayed,
    /// Finished (100 %).
    Done,
    /// Dropped; left out of progress roll-ups.
    Cancelled,
}

/// How late a step is.
#[derive(SimpleObject)]
pub struct Slippage {
    /// Whether it is late at all (behind its baseline or overdue).
    pub late: bool,
    /// Days its current end lies after its baseline end (0 when not behind).
    pub days_behind_baseline: i64,
    /// Days since its current end passed without the step being DONE or CANCELLED.
    pub days_overdue: i64,
    /// The larger of the two: "late by" this many days.
    pub days_late: i64,
}

impl From<rules::Slippage> for Slippage {
    fn from(s: rules::Slippage) -> Self {
        Self {
            late: s.late(),
            days_behind_baseline: s.days_behind_baseline,
            days_overdue: s.days_overdue,
            days_late: s.days_late(),
        }
    }
}

/// A decision taken at a coordination call.
pub struct DecisionObject(pub mega_domain::monitoring::Decision);

/// A decision taken at a coordination call, with the plan steps it concerns.
#[Object(name = "CallDecision")]
impl DecisionObject {
    /// What was decided.
    async fn text(&self) -> &str {
        &self.0.text
    }

    /// The global IDs of the steps it concerns.
    async fn step_ids(&self) -> Vec<ID> {
        self.0.step_ids.iter().copied().map(encode).collect()
    }
}

/// A decision as it concerns one step: what was decided, at which call.
pub struct StepDecisionObject {
    /// The call it was taken at.
    pub call: CoordinationCall,
    /// The decision.
    pub decision: mega_domain::monitoring::Decision,
}

/// A decision of a coordination call that concerns a step: what was decided and at which
/// call.
#[Object(name = "StepDecision")]
impl StepDecisionObject {
    /// What was decided.
    async fn text(&self) -> &str {
        &self.decision.text
    }

    /// The call it was taken at.
    async fn coordination_call(&self) -> CoordinationCallObject {
        CoordinationCallObject(self.call.clone())
    }
}

/// The decisions that concern step `step`, in the order the calls were held.
pub(crate) async fn decisions_of_step(
    ctx: &Context<'_>,
    step: ActionStepId,
) -> ApiResult<Vec<StepDecisionObject>> {
    Ok(
        load_one::<crate::loaders::monitoring::DecisionsOfStepLoader, _>(ctx, step)
            .await?
            .unwrap_or_default()
            .into_iter()
            .map(|(call, decision)| StepDecisionObject { call, decision })
            .collect(),
    )
}

/// A working group's check-in, every 3–4 months, facilitated by the coordinator.
pub struct CoordinationCallObject(pub CoordinationCall);

/// A working group's check-in, every 3–4 months, facilitated by the coordinator.
#[Object(name = "CoordinationCall")]
impl CoordinationCallObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.0.id)
    }

    /// The working group.
    async fn working_group(&self, ctx: &Context<'_>) -> ApiResult<Option<WorkingGroupObject>> {
        Ok(
            load_one::<WorkingGroupLoader, _>(ctx, self.0.working_group_id)
                .await?
                .map(WorkingGroupObject),
        )
    }

    /// When it is (or was) held.
    async fn held_on(&self) -> NaiveDate {
        self.0.held_on
    }

    /// The local time it starts, `HH:MM`, in `timeZone`; null for a call known only by its
    /// day.
    async fn start_time(&self) -> Option<String> {
        self.0.start_time.map(mega_domain::agenda::format_time)
    }

    /// The IANA time zone of `startTime`, e.g. "Europe/Brussels".
    async fn time_zone(&self) -> Option<&str> {
        self.0.time_zone.as_deref()
    }

    /// The instant it starts (its day and local time in its zone), when it has a time.
    async fn starts_at(&self) -> Option<chrono::DateTime<Utc>> {
        self.0.starts_at()
    }

    /// Whether it lies in the future (scheduled) rather than the past (held).
    async fn scheduled(&self) -> bool {
        self.0.held_on > Utc::now().date_naive()
    }

    /// Who facilitates it.
    async fn facilitator(&self, ctx: &Context<'_>) -> ApiResult<Option<UserObject>> {
        match self.0.facilitator_id {
            Some(id) => Ok(load_one::<UserLoader, _>(ctx, id)
                .await?
                .map(UserObject::new)),
            None => Ok(None),
        }
    }

    /// The organisations taking part.
    async fn participants(&self, ctx: &Context<'_>) -> ApiResult<Vec<OrganisationObject>> {
        Ok(
            load_many::<OrganisationLoader, _>(ctx, &self.0.participant_ids)
                .await?
                .into_iter()
                .map(OrganisationObject)
                .collect(),
        )
    }

    /// What will be discussed.
    async fn agenda(&self) -> Option<&str> {
        self.0.agenda.as_deref()
    }

    /// What was said.
    async fn notes(&self) -> Option<&str> {
        self.0.notes.as_deref()
    }

    /// What was decided.
    async fn decisions(&self) -> Vec<DecisionObject> {
        self.0
            .decisions
            .iter()
            .cloned()
            .map(DecisionObject)
            .collect()
    }

    /// Shared by the calls scheduled together as a recurring series; null for a single call.
    async fn series_id(&self) -> Option<&str> {
        self.0.series_id.as_deref()
    }

    /// Optimistic-concurrency version, for `updateCoordinationCall`.
    async fn version(&self) -> i32 {
        self.0.version
    }

    /// True for demo data generated from the six plans (not from the 2018 report).
    async fn generated(&self) -> bool {
        self.0.generated
    }

    /// The progress reports presented at this call, newest first (of plans the caller may
    /// read).
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn progress_reports(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<PageConnection<ProgressReportObject>> {
        let filter = mega_persistence::monitoring::ReportFilter {
            call: Some(self.0.id),
            ..Default::default()
        };
        let page = crate::services::monitoring::reports_page(
            db(ctx),
            crate::context::actor(ctx),
            filter,
            page_request(first, after)?,
        )
        .await
        .map_err(internal)?;
        Ok(connection(page, ProgressReportObject))
    }
    /// Whether the viewer may edit, reschedule or cancel this call and record its minutes.
    async fn viewer_can_update(&self, ctx: &Context<'_>) -> bool {
        mega_domain::allows(
            crate::context::actor(ctx),
            mega_domain::Action::ManageCoordinationCalls,
        )
    }
}

/// A report on one step of a plan being implemented.
pub struct ProgressReportObject(pub ProgressReport);

/// A report on one step of a plan being implemented, with a feedback thread for the leading
/// members of the step's working group.
#[Object(name = "ProgressReport")]
impl ProgressReportObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.0.id)
    }

    /// The step reported on (with its number in its action).
    async fn step(&self, ctx: &Context<'_>) -> ApiResult<Option<ActionStepObject>> {
        let Some(step) =
            load_one::<crate::loaders::access::StepLoader, _>(ctx, self.0.step_id).await?
        else {
            return Ok(None);
        };
        let siblings =
            load_one::<crate::loaders::action_plans::StepsOfActionLoader, _>(ctx, step.action_id)
                .await?
                .unwrap_or_default();
        Ok(super::action_plan::ordered_steps(siblings)
            .into_iter()
            .find(|s| s.step.id == self.0.step_id))
    }

    /// The global ID of the step's plan.
    async fn action_plan_id(&self) -> ID {
        encode(self.0.plan_id)
    }

    /// The reporting organisation.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<OrganisationObject>> {
        Ok(
            load_one::<OrganisationLoader, _>(ctx, self.0.organisation_id)
                .await?
                .map(OrganisationObject),
        )
    }

    /// The call it was presented at, if any.
    async fn coordination_call(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Option<CoordinationCallObject>> {
        match self.0.call_id {
            Some(id) => Ok(load_one::<CoordinationCallLoader, _>(ctx, id)
                .await?
                .map(CoordinationCallObject)),
            None => Ok(None),
        }
    }

    /// Where the step stands.
    async fn status(&self) -> StepStatusGql {
        self.0.status.into()
    }

    /// 0–100.
    async fn percent_complete(&self) -> i32 {
        self.0.percent_complete
    }

    /// What happened.
    async fn narrative(&self) -> Option<&str> {
        self.0.narrative.as_deref()
    }

    /// Links to evidence.
    async fn evidence_links(&self) -> &[String] {
        &self.0.evidence_links
    }

    /// Who wrote it.
    async fn author(&self, ctx: &Context<'_>) -> ApiResult<Option<UserObject>> {
        match self.0.author_id {
            Some(id) => Ok(load_one::<UserLoader, _>(ctx, id)
                .await?
                .map(UserObject::new)),
            None => Ok(None),
        }
    }

    /// When.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// True for demo data generated from the six plans (not from the 2018 report).
    async fn generated(&self) -> bool {
        self.0.generated
    }

    /// Feedback on this report, top-level items oldest first (replies nested).
    async fn feedback(&self, ctx: &Context<'_>) -> ApiResult<Vec<FeedbackObject>> {
        let thread = load_one::<crate::loaders::FeedbackOfProgressReportLoader, _>(ctx, self.0.id)
            .await?
            .unwrap_or_default();
        Ok(thread
            .into_iter()
            .filter(|f| f.parent_id.is_none())
            .map(FeedbackObject)
            .collect())
    }
    /// The kinds of feedback the viewer may post on this report (empty when none).
    async fn viewer_feedback_kinds(&self, ctx: &Context<'_>) -> ApiResult<Vec<FeedbackKindGql>> {
        let kinds = super::capabilities::subject_feedback_kinds(
            ctx,
            mega_domain::FeedbackTarget::ProgressReport(self.0.id),
        )
        .await?;
        Ok(super::capabilities::gql_kinds(kinds))
    }
}

/// The latest report of a step, through the request's loader.
pub async fn latest_report(
    ctx: &Context<'_>,
    step: ActionStepId,
) -> ApiResult<Option<ProgressReport>> {
    load_one::<LatestReportOfStepLoader, _>(ctx, step).await
}

/// The roll-up view of `steps`, with their latest reports (one batched load).
pub async fn step_progress(
    ctx: &Context<'_>,
    steps: &[ActionStep],
) -> ApiResult<Vec<StepProgress>> {
    let ids: Vec<ActionStepId> = steps.iter().map(|s| s.id).collect();
    let reports = load_many::<LatestReportOfStepLoader, _>(ctx, &ids).await?;
    Ok(steps
        .iter()
        .map(|step| StepProgress::of(step, reports.iter().find(|r| r.step_id == step.id)))
        .collect())
}
