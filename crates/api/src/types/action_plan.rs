//! GraphQL `ActionPlan`, `Action`, `ActionStep`, `StageChange` and the `PartialDate` scalar.

use async_graphql::{
    Context, Enum, ID, InputValueError, InputValueResult, Object, Scalar, ScalarType, Value,
};
use chrono::{DateTime, Utc};
use mega_domain::action_plan::{ActionPlan, ActionStep, PlanAction, StageChange, number_steps};
use mega_domain::partial_date::PartialDate;

use super::capabilities;
use super::enums::FeedbackKindGql;
use super::{
    OrganisationObject, ProposedActionObject, StepStakeholderObject, ThematicAreaObject, UserError,
    UserObject,
};
use crate::context::actor;
use crate::context::db;
use crate::error::{ApiError, ApiResult};
use crate::global_id::encode;
use crate::loaders::access::{ActionLoader, ActionPlanLoader};
use crate::loaders::action_plans::{
    ActionsOfPlanLoader, BaselinesOfPlanLoader, ChangesOfPlanLoader, HistoryOfPlanLoader,
    PracticesOfActionLoader, StepsOfActionLoader,
};
use crate::loaders::{
    GoodPracticeLoader, OrganisationLoader, ProposedActionLoader, ThematicAreaLoader, UserLoader,
    load_many, load_one,
};
use crate::resolve::internal;
use crate::services::action_plans as service;
use mega_domain::policy::scopes::plan_transitions;

/// A date known to year, month or day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A start compares
/// by its first day, an end by its last day.
pub struct PartialDateScalar(pub PartialDate);

/// A date known to year, month or day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A start compares
/// by its first day, an end by its last day.
#[Scalar(name = "PartialDate")]
impl ScalarType for PartialDateScalar {
    fn parse(value: Value) -> InputValueResult<Self> {
        match &value {
            Value::String(raw) => PartialDate::parse("date", raw)
                .map(Self)
                .map_err(|err| InputValueError::custom(err.message)),
            _ => Err(InputValueError::expected_type(value)),
        }
    }

    fn to_value(&self) -> Value {
        Value::String(self.0.to_string())
    }
}

/// Where an action plan is in its life.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(
    name = "ActionPlanStage",
    remote = "mega_domain::action_plan::PlanStage"
)]
pub enum PlanStageGql {
    /// Being written; the plan rules are warnings.
    Draft,
    /// Handed in for review; content still editable.
    Submitted,
    /// Agreed; step dates are frozen as the baseline, and changes are re-planning.
    Adopted,
    /// Being carried out.
    Implementing,
    /// Done.
    Completed,
}

/// Where an action comes from.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(
    name = "ActionOrigin",
    remote = "mega_domain::action_plan::ActionOrigin"
)]
pub enum ActionOriginGql {
    /// Grew out of the mutual-learning process.
    MutualLearning,
    /// Any other opportunity.
    OtherOpportunity,
}

/// How much of a partial date is known.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(
    name = "DatePrecision",
    remote = "mega_domain::partial_date::Precision"
)]
pub enum PrecisionGql {
    /// Only the year.
    Year,
    /// Year and month.
    Month,
    /// The exact day.
    Day,
}

/// One organisation's action plan.
pub struct ActionPlanObject(pub ActionPlan);

async fn plan_actions(ctx: &Context<'_>, plan: &ActionPlan) -> ApiResult<Vec<PlanAction>> {
    Ok(load_one::<ActionsOfPlanLoader, _>(ctx, plan.id)
        .await?
        .unwrap_or_default())
}

/// One organisation's action plan: its actions (objectives) with their steps, its stage and
/// its history. DRAFT and SUBMITTED plans are read only by the organisation, the leading
/// members and invited experts of the groups of its actions' areas, and the coordinator.
#[Object(name = "ActionPlan")]
impl ActionPlanObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.0.id)
    }

    /// Whose plan.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<OrganisationObject> {
        load_one::<OrganisationLoader, _>(ctx, self.0.organisation_id)
            .await?
            .map(OrganisationObject)
            .ok_or_else(|| ApiError::Internal("plan without organisation".into()))
    }

    /// Where the plan is in its life.
    async fn stage(&self) -> PlanStageGql {
        self.0.stage.into()
    }

    /// Version of the plan-level fields and the stage: pass it as `expectedVersion` to
    /// `transitionActionPlan`. Actions and steps carry their own versions.
    async fn version(&self) -> i32 {
        self.0.version
    }

    /// The actions, in order.
    async fn actions(&self, ctx: &Context<'_>) -> ApiResult<Vec<ActionObject>> {
        Ok(plan_actions(ctx, &self.0)
            .await?
            .into_iter()
            .map(ActionObject)
            .collect())
    }

    /// Every stage change, oldest first (the first row is the creation).
    async fn stage_history(&self, ctx: &Context<'_>) -> ApiResult<Vec<StageChangeObject>> {
        Ok(load_one::<HistoryOfPlanLoader, _>(ctx, self.0.id)
            .await?
            .unwrap_or_default()
            .into_iter()
            .map(StageChangeObject)
            .collect())
    }

    /// The plan rules the plan breaks (codes `TOO_FEW_ACTIONS`, `NO_MUTUAL_LEARNING_ACTION`)
    /// while it is a DRAFT; empty in later stages, where they were enforced.
    async fn warnings(&self, ctx: &Context<'_>) -> ApiResult<Vec<UserError>> {
        if self.0.stage != mega_domain::action_plan::PlanStage::Draft {
            return Ok(Vec::new());
        }
        let actions = plan_actions(ctx, &self.0).await?;
        let broken = service::broken_rules(db(ctx).conn(), self.0.organisation_id, &actions)
            .await
            .map_err(internal)?;
        Ok(broken.into_iter().map(UserError::from).collect())
    }

    /// When it was created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When its stage last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }

    /// Feedback on the plan as a whole, top-level items oldest first (replies nested).
    async fn feedback(&self, ctx: &Context<'_>) -> ApiResult<Vec<super::FeedbackObject>> {
        let thread = load_one::<crate::loaders::FeedbackOfActionPlanLoader, _>(ctx, self.0.id)
            .await?
            .unwrap_or_default();
        Ok(thread
            .into_iter()
            .filter(|f| f.parent_id.is_none())
            .map(super::FeedbackObject)
            .collect())
    }

    /// Progress 0–100 over all its actions' leaf steps, weighted by planned duration (see
    /// `Action.progress`). Null when no step counts.
    async fn progress(&self, ctx: &Context<'_>) -> ApiResult<Option<f64>> {
        let actions = plan_actions(ctx, &self.0).await?;
        let ids: Vec<_> = actions.iter().map(|a| a.id).collect();
        // One batched load for every action's steps.
        let steps: Vec<_> = crate::loaders::load_many::<StepsOfActionLoader, _>(ctx, &ids)
            .await?
            .into_iter()
            .flatten()
            .collect();
        let progress = super::monitoring::step_progress(ctx, &steps).await?;
        Ok(mega_domain::monitoring::roll_up(&progress).map(|p| (p * 10.0).round() / 10.0))
    }

    /// Whether the viewer may edit the plan's actions and steps in its current stage.
    async fn viewer_can_update(&self, ctx: &Context<'_>) -> bool {
        capabilities::may_edit_plan(ctx, &self.0)
    }

    /// Whether changes to the steps are re-planning now (ADOPTED and later): each needs a
    /// `reason`, is kept in `changes`, and leaves the baseline as it is.
    async fn replanning(&self) -> bool {
        self.0.stage.replanning()
    }

    /// Whether the viewer may move step dates (`replanActionStep`) and add or remove steps
    /// now: the plan's organisation until it is COMPLETED, the coordinator always.
    async fn viewer_can_replan(&self, ctx: &Context<'_>) -> bool {
        capabilities::may_replan(ctx, &self.0)
    }

    /// Whether the viewer may set a new baseline now (`setPlanBaseline`).
    async fn viewer_can_set_baseline(&self, ctx: &Context<'_>) -> bool {
        capabilities::may_set_baseline(ctx, &self.0)
    }

    /// Since when the plan's summary is on the public pages (`/public/plans/…`, no sign-in
    /// needed); null when it is not. A published plan reopened to DRAFT is off the public
    /// pages until it is agreed again.
    async fn published_at(&self, ctx: &Context<'_>) -> ApiResult<Option<DateTime<Utc>>> {
        load_one::<crate::loaders::PublicationLoader, _>(ctx, self.0.id).await
    }

    /// Whether the viewer may publish the plan's summary (`publishPlanSummary`, an agreed
    /// plan) or withdraw it (`withdrawPlanSummary`): the coordinator.
    async fn viewer_can_publish(&self, ctx: &Context<'_>) -> ApiResult<bool> {
        capabilities::may_publish_plan(ctx, &self.0).await
    }

    /// The changes made to the agreed plan (dates moved, steps added or removed, each with
    /// its reason; baselines set), newest first.
    async fn changes(&self, ctx: &Context<'_>) -> ApiResult<Vec<super::PlanChangeObject>> {
        Ok(load_one::<ChangesOfPlanLoader, _>(ctx, self.0.id)
            .await?
            .unwrap_or_default()
            .into_iter()
            .map(super::PlanChangeObject)
            .collect())
    }

    /// The plan's baselines, oldest first (baseline 1 is set at the first adoption); the
    /// steps' `baselineStart`/`baselineEnd` are those of the last one.
    async fn baselines(&self, ctx: &Context<'_>) -> ApiResult<Vec<super::PlanBaselineObject>> {
        Ok(load_one::<BaselinesOfPlanLoader, _>(ctx, self.0.id)
            .await?
            .unwrap_or_default()
            .into_iter()
            .map(super::PlanBaselineObject)
            .collect())
    }

    /// The stages the viewer may move the plan to from its current one (empty when none).
    async fn viewer_can_transition_to(&self, ctx: &Context<'_>) -> Vec<PlanStageGql> {
        plan_transitions(actor(ctx), self.0.organisation_id, self.0.stage)
            .into_iter()
            .map(PlanStageGql::from)
            .collect()
    }

    /// The kinds of feedback the viewer may post on the whole plan (empty when none).
    async fn viewer_feedback_kinds(&self, ctx: &Context<'_>) -> ApiResult<Vec<FeedbackKindGql>> {
        let groups = capabilities::plan_groups(ctx, self.0.id).await?;
        capabilities::plan_feedback_kinds(ctx, self.0.organisation_id, &groups).await
    }

    /// Whether the viewer may report progress on the plan's steps now (its organisation's
    /// members and the coordinator, while the plan is IMPLEMENTING).
    async fn viewer_can_report_progress(&self, ctx: &Context<'_>) -> bool {
        capabilities::may_report_on(ctx, &self.0)
    }
}

/// An action (objective) of a plan: what is to be achieved.
pub struct ActionObject(pub PlanAction);

/// An action (objective) of a plan: what is to be achieved, and its steps.
#[Object(name = "Action")]
impl ActionObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.0.id)
    }

    /// The printed reference, verbatim (e.g. "Objective #1"; it may repeat or be null).
    #[graphql(name = "ref")]
    async fn reference(&self) -> Option<&str> {
        self.0.reference.as_deref()
    }

    /// The objective (what); null when none was printed.
    async fn title(&self) -> Option<&str> {
        self.0.title.as_deref()
    }

    /// Its thematic area.
    async fn thematic_area(&self, ctx: &Context<'_>) -> ApiResult<Option<ThematicAreaObject>> {
        let Some(id) = self.0.thematic_area_id else {
            return Ok(None);
        };
        Ok(load_one::<ThematicAreaLoader, _>(ctx, id)
            .await?
            .map(ThematicAreaObject))
    }

    /// Where it comes from.
    async fn origin(&self) -> ActionOriginGql {
        self.0.origin.into()
    }

    /// The proposed action it grew from.
    async fn proposed_action(&self, ctx: &Context<'_>) -> ApiResult<Option<ProposedActionObject>> {
        let Some(id) = self.0.proposed_action_id else {
            return Ok(None);
        };
        Ok(load_one::<ProposedActionLoader, _>(ctx, id)
            .await?
            .map(ProposedActionObject))
    }

    /// Order within the plan (0-based).
    async fn position(&self) -> i32 {
        self.0.position
    }

    /// Version of this action's fields: pass it as `expectedVersion`.
    async fn version(&self) -> i32 {
        self.0.version
    }

    /// Feedback on this action, top-level items oldest first (replies nested).
    async fn feedback(&self, ctx: &Context<'_>) -> ApiResult<Vec<super::FeedbackObject>> {
        let thread = load_one::<crate::loaders::FeedbackOfActionLoader, _>(ctx, self.0.id)
            .await?
            .unwrap_or_default();
        Ok(thread
            .into_iter()
            .filter(|f| f.parent_id.is_none())
            .map(super::FeedbackObject)
            .collect())
    }

    /// Every step in number order ("1", "1.1", "1.2", "2", …); sub-steps name their `parent`.
    async fn steps(&self, ctx: &Context<'_>) -> ApiResult<Vec<ActionStepObject>> {
        let steps = load_one::<StepsOfActionLoader, _>(ctx, self.0.id)
            .await?
            .unwrap_or_default();
        Ok(ordered_steps(steps))
    }

    /// Progress 0–100: the average of its leaf steps' latest percentages weighted by planned
    /// duration (baseline dates, else current dates, else 30 days), leaving out CANCELLED
    /// steps; DONE counts 100, never reported 0. Null when no step counts.
    async fn progress(&self, ctx: &Context<'_>) -> ApiResult<Option<f64>> {
        let steps = load_one::<StepsOfActionLoader, _>(ctx, self.0.id)
            .await?
            .unwrap_or_default();
        let progress = super::monitoring::step_progress(ctx, &steps).await?;
        Ok(mega_domain::monitoring::roll_up(&progress).map(|p| (p * 10.0).round() / 10.0))
    }

    /// Whether the viewer may edit, move or remove this action and its steps now.
    async fn viewer_can_update(&self, ctx: &Context<'_>) -> ApiResult<bool> {
        Ok(load_one::<ActionPlanLoader, _>(ctx, self.0.plan_id)
            .await?
            .is_some_and(|plan| capabilities::may_edit_plan(ctx, &plan)))
    }

    /// The good practices this action adopts, in the order they were linked (each names the
    /// organisation it comes from).
    async fn good_practices(&self, ctx: &Context<'_>) -> ApiResult<Vec<super::GoodPracticeObject>> {
        let links = load_one::<PracticesOfActionLoader, _>(ctx, self.0.id)
            .await?
            .unwrap_or_default();
        let ids: Vec<_> = links.iter().map(|(_, practice)| *practice).collect();
        Ok(load_many::<GoodPracticeLoader, _>(ctx, &ids)
            .await?
            .into_iter()
            .map(super::GoodPracticeObject)
            .collect())
    }

    /// Whether the viewer may set the good practices this action adopts
    /// (`setActionGoodPractices`): its organisation in every stage, and the coordinator.
    async fn viewer_can_link_practices(&self, ctx: &Context<'_>) -> ApiResult<bool> {
        Ok(load_one::<ActionPlanLoader, _>(ctx, self.0.plan_id)
            .await?
            .is_some_and(|plan| capabilities::may_link_practices(ctx, &plan)))
    }

    /// The kinds of feedback the viewer may post on this action (empty when none).
    async fn viewer_feedback_kinds(&self, ctx: &Context<'_>) -> ApiResult<Vec<FeedbackKindGql>> {
        let Some(plan) = load_one::<ActionPlanLoader, _>(ctx, self.0.plan_id).await? else {
            return Ok(Vec::new());
        };
        let areas: Vec<_> = self.0.thematic_area_id.into_iter().collect();
        let groups = capabilities::area_groups(ctx, &areas).await?;
        capabilities::plan_feedback_kinds(ctx, plan.organisation_id, &groups).await
    }
}

/// The plan a step belongs to (through its action), batched.
async fn step_plan(ctx: &Context<'_>, step: &ActionStep) -> ApiResult<Option<ActionPlan>> {
    let Some(action) = load_one::<ActionLoader, _>(ctx, step.action_id).await? else {
        return Ok(None);
    };
    load_one::<ActionPlanLoader, _>(ctx, action.plan_id).await
}

/// Steps with their computed numbers, in number order.
pub fn ordered_steps(steps: Vec<ActionStep>) -> Vec<ActionStepObject> {
    let numbers = number_steps(&steps);
    let mut objects: Vec<ActionStepObject> = steps
        .into_iter()
        .map(|step| {
            let number = numbers.get(&step.id).cloned().unwrap_or_default();
            ActionStepObject { step, number }
        })
        .collect();
    let key = |n: &str| -> Vec<u32> {
        n.split('.')
            .map(|p| p.parse().unwrap_or(u32::MAX))
            .collect()
    };
    objects.sort_by_key(|o| key(&o.number));
    objects
}

/// A step of an action (how), with its computed number.
pub struct ActionStepObject {
    /// The step.
    pub step: ActionStep,
    /// Its number, e.g. "1.2".
    pub number: String,
}

/// A step of an action: how, who, with what success factors and when. Steps nest one level.
#[Object(name = "ActionStep")]
impl ActionStepObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.step.id)
    }

    /// Its number ("1", "1.1", …), computed from positions.
    async fn number(&self) -> &str {
        &self.number
    }

    /// The printed reference, verbatim (e.g. "Task #1.1"), if any.
    #[graphql(name = "ref")]
    async fn reference(&self) -> Option<&str> {
        self.step.reference.as_deref()
    }

    /// The top-level step it belongs to.
    async fn parent_id(&self) -> Option<ID> {
        self.step.parent_id.map(encode)
    }

    /// What is done (how).
    async fn title(&self) -> &str {
        &self.step.title
    }

    /// Who takes part, by name: the printed or typed wording, else the organisation's
    /// current name. `stakeholderEntries` tells organisations from words.
    async fn stakeholders(&self, ctx: &Context<'_>) -> ApiResult<Vec<String>> {
        Ok(
            super::stakeholder::stakeholders_of(ctx, &self.step.stakeholders)
                .await?
                .into_iter()
                .map(|entry| entry.into_name())
                .collect(),
        )
    }

    /// Who takes part: each one of the network's organisations or a party named in words.
    async fn stakeholder_entries(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Vec<StepStakeholderObject>> {
        super::stakeholder::stakeholders_of(ctx, &self.step.stakeholders).await
    }

    /// The printed stakeholder cell, when it is not just the list (e.g. "N/A").
    async fn stakeholders_text(&self) -> Option<&str> {
        self.step.stakeholders_text.as_deref()
    }

    /// What makes it succeed.
    async fn success_factors(&self) -> &[String] {
        &self.step.success_factors
    }

    /// The printed success-factor cell, when it is not just the list.
    async fn success_factors_text(&self) -> Option<&str> {
        self.step.success_factors_text.as_deref()
    }

    /// When it starts.
    async fn start(&self) -> Option<PartialDateScalar> {
        self.step.start.map(PartialDateScalar)
    }

    /// When it ends.
    async fn end(&self) -> Option<PartialDateScalar> {
        self.step.end.map(PartialDateScalar)
    }

    /// Precision of `start`.
    async fn start_precision(&self) -> Option<PrecisionGql> {
        self.step.start.map(|d| d.precision().into())
    }

    /// Precision of `end`.
    async fn end_precision(&self) -> Option<PrecisionGql> {
        self.step.end.map(|d| d.precision().into())
    }

    /// The printed start wording, e.g. "January 2019".
    async fn start_text(&self) -> Option<&str> {
        self.step.start_text.as_deref()
    }

    /// The printed end wording, e.g. "Mid-March 2019".
    async fn end_text(&self) -> Option<&str> {
        self.step.end_text.as_deref()
    }

    /// The start frozen when the plan was adopted.
    async fn baseline_start(&self) -> Option<PartialDateScalar> {
        self.step.baseline_start.map(PartialDateScalar)
    }

    /// The end frozen when the plan was adopted.
    async fn baseline_end(&self) -> Option<PartialDateScalar> {
        self.step.baseline_end.map(PartialDateScalar)
    }

    /// Order among its siblings (0-based).
    async fn position(&self) -> i32 {
        self.step.position
    }

    /// Version of this step: pass it as `expectedVersion`.
    async fn version(&self) -> i32 {
        self.step.version
    }

    /// Whether the viewer may edit, move or remove this step now.
    async fn viewer_can_update(&self, ctx: &Context<'_>) -> ApiResult<bool> {
        Ok(step_plan(ctx, &self.step)
            .await?
            .is_some_and(|plan| capabilities::may_edit_plan(ctx, &plan)))
    }

    /// Whether the viewer may move this step's dates (`replanActionStep`) or remove it now,
    /// with a reason once the plan is agreed.
    async fn viewer_can_replan(&self, ctx: &Context<'_>) -> ApiResult<bool> {
        Ok(step_plan(ctx, &self.step)
            .await?
            .is_some_and(|plan| capabilities::may_replan(ctx, &plan)))
    }

    /// Whether the viewer may report progress on this step now.
    async fn viewer_can_report_progress(&self, ctx: &Context<'_>) -> ApiResult<bool> {
        Ok(step_plan(ctx, &self.step)
            .await?
            .is_some_and(|plan| capabilities::may_report_on(ctx, &plan)))
    }

    /// Where the step stands: its latest progress report's status (NOT_STARTED when never
    /// reported).
    async fn status(&self, ctx: &Context<'_>) -> ApiResult<super::StepStatusGql> {
        let latest = super::monitoring::latest_report(ctx, self.step.id).await?;
        Ok(latest
            .map_or(mega_domain::monitoring::StepStatus::NotStarted, |r| {
                r.status
            })
            .into())
    }

    /// Its latest reported percentage (0 when never reported).
    async fn percent_complete(&self, ctx: &Context<'_>) -> ApiResult<i32> {
        let latest = super::monitoring::latest_report(ctx, self.step.id).await?;
        Ok(latest.map_or(0, |r| r.percent_complete))
    }

    /// Its latest progress report.
    async fn latest_report(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Option<super::ProgressReportObject>> {
        Ok(super::monitoring::latest_report(ctx, self.step.id)
            .await?
            .map(super::ProgressReportObject))
    }

    /// Its progress reports, newest first.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn progress_reports(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<crate::connection::PageConnection<super::ProgressReportObject>> {
        let filter = mega_persistence::monitoring::ReportFilter {
            step: Some(self.step.id),
            ..Default::default()
        };
        let page = crate::services::monitoring::reports_page(
            db(ctx),
            crate::context::actor(ctx),
            filter,
            crate::connection::page_request(first, after)?,
        )
        .await
        .map_err(internal)?;
        Ok(crate::connection::connection(
            page,
            super::ProgressReportObject,
        ))
    }

    /// The decisions of coordination calls that concern this step, in the order the calls
    /// were held.
    async fn decisions(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Vec<super::monitoring::StepDecisionObject>> {
        super::monitoring::decisions_of_step(ctx, self.step.id).await
    }

    /// How late it is on `asOf` (default today): its current end after its baseline end,
    /// and its end passed while not DONE or CANCELLED.
    async fn slippage(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The day to judge by (default today, UTC).")] as_of: Option<
            chrono::NaiveDate,
        >,
    ) -> ApiResult<super::monitoring::Slippage> {
        let latest = super::monitoring::latest_report(ctx, self.step.id).await?;
        let as_of = as_of.unwrap_or_else(|| Utc::now().date_naive());
        Ok(mega_domain::monitoring::slippage(
            self.step.end,
            self.step.baseline_end,
            latest.map(|r| r.status),
            as_of,
        )
        .into())
    }
}

/// A change of a plan's stage.
pub struct StageChangeObject(pub StageChange);

/// A change of a plan's stage: who, when, from, to and why.
#[Object(name = "StageChange")]
impl StageChangeObject {
    /// The stage before; null for the creation.
    async fn from(&self) -> Option<PlanStageGql> {
        self.0.from.map(Into::into)
    }

    /// The stage after.
    async fn to(&self) -> PlanStageGql {
        self.0.to.into()
    }

    /// Who changed it; null for the import.
    async fn by(&self, ctx: &Context<'_>) -> ApiResult<Option<UserObject>> {
        let Some(id) = self.0.by else { return Ok(None) };
        Ok(load_one::<UserLoader, _>(ctx, id)
            .await?
            .map(UserObject::new))
    }

    /// When.
    async fn at(&self) -> DateTime<Utc> {
        self.0.at
    }

    /// Why, in the changer's words.
    async fn comment(&self) -> Option<&str> {
        self.0.comment.as_deref()
    }
}
