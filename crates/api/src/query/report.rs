//! `report { … }`: the reporting API for scripts and dashboards. Every field is one grouped
//! SQL statement (plus batched loads of the groups and organisations it names), so its cost
//! does not grow with the data. Non-coordinators see aggregates over published plans
//! (ADOPTED, IMPLEMENTING, COMPLETED) only.

use std::collections::HashMap;

use async_graphql::{Context, Enum, ID, Object, SimpleObject};
use chrono::{NaiveDate, Utc};
use mega_domain::action_plan::{ActionOrigin, PlanStage};
use mega_domain::monitoring::{self as rules, StepStatus};
use mega_domain::partial_date::PartialDate;
use mega_domain::policy::scopes::plan_scope;
use mega_domain::{
    Action, Actor, Dimension, GoodPracticeId, KeyActor, OrganisationId, WorkingGroupId, authorize,
};
use mega_persistence::reports::{self, StepGrouping};

use crate::context::{actor, db};
use crate::error::{ApiError, ApiResult};
use crate::global_id::encode;
use crate::loaders::action_plans::StepsOfActionLoader;
use crate::loaders::{OrganisationLoader, WorkingGroupLoader, load_one};
use crate::resolve::{arg_id, optional_arg_id};
use crate::types::action_plan::{PlanStageGql, ordered_steps};
use crate::types::enums::{DimensionGql, KeyActorGql};
use crate::types::monitoring::CoordinationCallObject;
use crate::types::{ActionStepObject, OrganisationObject, StepStatusGql, WorkingGroupObject};

/// Most practices `practiceTransfers(goodPracticeIds:)` filters on (a page of the library).
const MAX_PRACTICE_FILTER: usize = 100;

/// Plans whose steps are monitored.
const MONITORED: [PlanStage; 2] = [PlanStage::Implementing, PlanStage::Completed];

/// The codes of the stages of `stages` whose plans the caller's aggregates cover: every plan
/// for those who see every plan, published ones for everyone else (an aggregate per
/// organisation or group would otherwise reveal other organisations' drafts).
fn visible(actor: &Actor, stages: &[PlanStage]) -> ApiResult<Vec<&'static str>> {
    Ok(plan_scope(actor)?
        .stages_of_others(stages)
        .into_iter()
        .map(PlanStage::code)
        .collect())
}

fn corrupt(what: &str) -> ApiError {
    ApiError::Internal(format!("report: unexpected {what}"))
}

fn to_i32(n: i64) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// How `stepsByStatus` groups steps.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum StepGroupBy {
    /// By the working group of the step's thematic area.
    WorkingGroup,
    /// By the plan's organisation.
    Organisation,
}

/// Plans in one stage.
#[derive(SimpleObject)]
pub struct StageCount {
    /// The stage.
    pub stage: PlanStageGql,
    /// How many plans are in it.
    pub count: i32,
}

/// Steps in one status, in one working group or of one organisation.
pub struct StatusCount {
    status: StepStatus,
    count: i32,
    /// The row's group or organisation, loaded for the whole list at once (a DataLoader
    /// future per row held about 3 KB each, and a network of 400 groups has 1,600 rows).
    owner: Option<RowOwner>,
}

/// Whose steps a [`StatusCount`] counts.
#[derive(Clone)]
enum RowOwner {
    Group(mega_domain::working_group::WorkingGroup),
    Organisation(mega_domain::Organisation),
}

/// Steps in one status, in one working group or of one organisation.
#[Object]
impl StatusCount {
    /// The working group (when grouped by group).
    async fn working_group(&self) -> Option<WorkingGroupObject> {
        match &self.owner {
            Some(RowOwner::Group(group)) => Some(WorkingGroupObject(group.clone())),
            _ => None,
        }
    }

    /// The organisation (when grouped by organisation).
    async fn organisation(&self) -> Option<OrganisationObject> {
        match &self.owner {
            Some(RowOwner::Organisation(organisation)) => {
                Some(OrganisationObject(organisation.clone()))
            }
            _ => None,
        }
    }

    /// The status (a step never reported on is NOT_STARTED).
    async fn status(&self) -> StepStatusGql {
        self.status.into()
    }

    /// How many steps.
    async fn count(&self) -> i32 {
        self.count
    }
}

/// A step that is late.
pub struct LateStep {
    row: reports::LateStepRow,
    slippage: rules::Slippage,
}

/// A step that is late: behind its baseline, or past its end without being done.
#[Object]
impl LateStep {
    /// The step (with its number in its action).
    async fn step(&self, ctx: &Context<'_>) -> ApiResult<Option<ActionStepObject>> {
        let steps = load_one::<StepsOfActionLoader, _>(
            ctx,
            mega_domain::action_plan::ActionId(self.row.action_id),
        )
        .await?
        .unwrap_or_default();
        Ok(ordered_steps(steps)
            .into_iter()
            .find(|s| s.step.id.0 == self.row.step_id))
    }

    /// The global ID of the step's plan.
    async fn action_plan_id(&self) -> ID {
        encode(mega_domain::ActionPlanId(self.row.plan_id))
    }

    /// The plan's organisation.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<OrganisationObject>> {
        Ok(
            load_one::<OrganisationLoader, _>(ctx, OrganisationId(self.row.organisation_id))
                .await?
                .map(OrganisationObject),
        )
    }

    /// The working group of the step's thematic area, if any.
    async fn working_group(&self, ctx: &Context<'_>) -> ApiResult<Option<WorkingGroupObject>> {
        match self.row.working_group_id {
            Some(id) => Ok(load_one::<WorkingGroupLoader, _>(ctx, WorkingGroupId(id))
                .await?
                .map(WorkingGroupObject)),
            None => Ok(None),
        }
    }

    /// Latest reported status (NOT_STARTED when never reported).
    async fn status(&self) -> StepStatusGql {
        self.row
            .status
            .as_deref()
            .and_then(StepStatus::from_code)
            .unwrap_or(StepStatus::NotStarted)
            .into()
    }

    /// Days its current end lies after its baseline end.
    async fn days_behind_baseline(&self) -> i64 {
        self.slippage.days_behind_baseline
    }

    /// Days its end has passed without it being done.
    async fn days_overdue(&self) -> i64 {
        self.slippage.days_overdue
    }

    /// The larger of the two.
    async fn days_late(&self) -> i64 {
        self.slippage.days_late()
    }
}

/// Actions of one working group by origin.
pub struct OriginCount {
    group: WorkingGroupId,
    mutual_learning: i32,
    other_opportunity: i32,
}

/// Actions of one working group's thematic area by origin.
#[Object]
impl OriginCount {
    /// The working group.
    async fn working_group(&self, ctx: &Context<'_>) -> ApiResult<Option<WorkingGroupObject>> {
        Ok(load_one::<WorkingGroupLoader, _>(ctx, self.group)
            .await?
            .map(WorkingGroupObject))
    }

    /// Actions that came out of mutual learning.
    async fn mutual_learning(&self) -> i32 {
        self.mutual_learning
    }

    /// Actions from other opportunities.
    async fn other_opportunity(&self) -> i32 {
        self.other_opportunity
    }
}

/// A learning member that reported nothing at its group's last call.
pub struct MissingReport {
    group: WorkingGroupId,
    call: mega_domain::CoordinationCallId,
    organisation: OrganisationId,
}

/// A learning member with an IMPLEMENTING plan that reported on none of its steps in the
/// group's area at the group's last call.
#[Object]
impl MissingReport {
    /// The working group.
    async fn working_group(&self, ctx: &Context<'_>) -> ApiResult<Option<WorkingGroupObject>> {
        Ok(load_one::<WorkingGroupLoader, _>(ctx, self.group)
            .await?
            .map(WorkingGroupObject))
    }

    /// The group's last call.
    async fn coordination_call(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Option<CoordinationCallObject>> {
        Ok(
            load_one::<crate::loaders::monitoring::CoordinationCallLoader, _>(ctx, self.call)
                .await?
                .map(CoordinationCallObject),
        )
    }

    /// The organisation whose report is missing.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<OrganisationObject>> {
        Ok(load_one::<OrganisationLoader, _>(ctx, self.organisation)
            .await?
            .map(OrganisationObject))
    }
}

/// A working group whose next coordination call is overdue.
pub struct OverdueCall {
    group: WorkingGroupId,
    last_call_on: NaiveDate,
    next_call_due: NaiveDate,
    days_overdue: i64,
}

/// A working group whose next coordination call is overdue.
#[Object]
impl OverdueCall {
    /// The working group.
    async fn working_group(&self, ctx: &Context<'_>) -> ApiResult<Option<WorkingGroupObject>> {
        Ok(load_one::<WorkingGroupLoader, _>(ctx, self.group)
            .await?
            .map(WorkingGroupObject))
    }

    /// Its last call held.
    async fn last_call_on(&self) -> NaiveDate {
        self.last_call_on
    }

    /// When the next one was due (last call + 4 months).
    async fn next_call_due(&self) -> NaiveDate {
        self.next_call_due
    }

    /// Days past that date.
    async fn days_overdue(&self) -> i64 {
        self.days_overdue
    }
}

/// Benchmark levels of one key actor in one dimension across organisations.
#[derive(SimpleObject)]
pub struct BenchmarkLevels {
    /// The key actor.
    pub key_actor: KeyActorGql,
    /// The dimension.
    pub dimension: DimensionGql,
    /// Organisations at level 0, 1, 2 and 3 (index = level).
    pub organisations_per_level: Vec<i32>,
    /// Organisations scored.
    pub organisations: i32,
    /// Their average level.
    pub average: f64,
}

/// Reporting aggregates, computed in the database.
#[derive(Default)]
pub struct Report;

#[Object]
impl Report {
    /// Action plans per stage (stages without plans left out).
    async fn plans_by_stage(&self, ctx: &Context<'_>) -> ApiResult<Vec<StageCount>> {
        let actor = actor(ctx);
        let rows =
            reports::plans_by_stage(db(ctx).conn(), &visible(actor, PlanStage::ALL)?).await?;
        rows.into_iter()
            .map(|(stage, count)| {
                let stage = PlanStage::from_code(&stage).ok_or_else(|| corrupt("stage"))?;
                Ok(StageCount {
                    stage: stage.into(),
                    count: to_i32(count),
                })
            })
            .collect()
    }

    /// Steps of IMPLEMENTING and COMPLETED plans per status (the latest report's; never
    /// reported is NOT_STARTED), per working group or per organisation.
    async fn steps_by_status(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Group by working group (default) or organisation.")] group_by: Option<
            StepGroupBy,
        >,
    ) -> ApiResult<Vec<StatusCount>> {
        let actor = actor(ctx);
        let grouping = group_by.unwrap_or(StepGroupBy::WorkingGroup);
        let by = match grouping {
            StepGroupBy::WorkingGroup => StepGrouping::WorkingGroup,
            StepGroupBy::Organisation => StepGrouping::Organisation,
        };
        let conn = db(ctx).conn();
        let rows = reports::steps_by_status(conn, by, &visible(actor, &MONITORED)?).await?;
        let keys: Vec<i32> = rows.iter().map(|(key, _, _)| *key).collect();
        // The groups or organisations of every row in one statement, when they are asked for.
        let look_ahead = ctx.look_ahead();
        let mut owners: HashMap<i32, RowOwner> = HashMap::new();
        match grouping {
            StepGroupBy::WorkingGroup if look_ahead.field("workingGroup").exists() => {
                let ids: Vec<_> = keys.iter().copied().map(WorkingGroupId).collect();
                for group in mega_persistence::working_groups::find_by_ids(conn, &ids).await? {
                    owners.insert(group.id.0, RowOwner::Group(group));
                }
            }
            StepGroupBy::Organisation if look_ahead.field("organisation").exists() => {
                let ids: Vec<_> = keys.iter().copied().map(OrganisationId).collect();
                for organisation in mega_persistence::organisations::find_by_ids(conn, &ids).await?
                {
                    owners.insert(organisation.id.0, RowOwner::Organisation(organisation));
                }
            }
            _ => {}
        }
        rows.into_iter()
            .map(|(key, status, count)| {
                Ok(StatusCount {
                    status: StepStatus::from_code(&status).ok_or_else(|| corrupt("status"))?,
                    count: to_i32(count),
                    owner: owners.get(&key).cloned(),
                })
            })
            .collect()
    }

    /// Steps of IMPLEMENTING and COMPLETED plans that are late on `asOf` (default today):
    /// current end after the baseline end, or end passed while not DONE or CANCELLED.
    /// Ordered by plan, action and step; only one organisation's and/or one working group's
    /// (of its thematic area) when asked.
    async fn late_steps(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The day to judge by (default today, UTC).")] as_of: Option<NaiveDate>,
        #[graphql(desc = "Only the steps of this organisation's plan.")] organisation_id: Option<
            ID,
        >,
        #[graphql(desc = "Only the steps in this working group's thematic area.")]
        working_group_id: Option<ID>,
    ) -> ApiResult<Vec<LateStep>> {
        let actor = actor(ctx);
        let organisation =
            optional_arg_id::<OrganisationId>("organisationId", organisation_id.as_ref())?;
        let group = optional_arg_id::<WorkingGroupId>("workingGroupId", working_group_id.as_ref())?;
        let as_of = as_of.unwrap_or_else(|| Utc::now().date_naive());
        let rows = reports::late_steps(db(ctx).conn(), as_of, &visible(actor, &MONITORED)?).await?;
        rows.into_iter()
            .filter(|row| organisation.is_none_or(|o| row.organisation_id == o.0))
            .filter(|row| group.is_none_or(|g| row.working_group_id == Some(g.0)))
            .map(|row| {
                let end = PartialDate::parse("end", &row.end).map_err(|_| corrupt("end date"))?;
                let baseline = row
                    .baseline_end
                    .as_deref()
                    .map(|raw| PartialDate::parse("baselineEnd", raw))
                    .transpose()
                    .map_err(|_| corrupt("baseline date"))?;
                let status = row.status.as_deref().and_then(StepStatus::from_code);
                let slippage = rules::slippage(Some(end), baseline, status, as_of);
                Ok(LateStep { row, slippage })
            })
            // The SQL is a superset (see `reports::late_steps`); the exact rule decides.
            .filter(|step: &ApiResult<LateStep>| step.as_ref().map_or(true, |s| s.slippage.late()))
            .collect()
    }

    /// Every good practice taken up by a plan action the viewer may read, by practice and in
    /// the order the links were made: the practice (and the city it comes from), the adopting
    /// action, its plan (the adopting city) and, through the action, its progress.
    async fn practice_transfers(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "Only the transfers of these practices (at most 100 IDs); all when omitted."
        )]
        good_practice_ids: Option<Vec<ID>>,
    ) -> ApiResult<Vec<crate::types::PracticeTransferObject>> {
        let practices = good_practice_ids
            .map(|ids| {
                if ids.len() > MAX_PRACTICE_FILTER {
                    return Err(ApiError::BadUserInput(format!(
                        "`goodPracticeIds` may name at most {MAX_PRACTICE_FILTER} practices."
                    )));
                }
                ids.iter()
                    .map(|id| arg_id::<GoodPracticeId>("goodPracticeIds", id))
                    .collect::<ApiResult<Vec<_>>>()
            })
            .transpose()?;
        let transfers = crate::services::action_plans::practice_transfers(
            db(ctx),
            actor(ctx),
            practices.as_deref(),
        )
        .await
        .map_err(crate::resolve::internal)?;
        Ok(transfers
            .into_iter()
            .map(
                |(practice, action, plan)| crate::types::PracticeTransferObject {
                    practice,
                    action,
                    plan,
                },
            )
            .collect())
    }

    /// Actions per working group (of its thematic area) and origin: from mutual learning vs
    /// other opportunities.
    async fn actions_by_origin(&self, ctx: &Context<'_>) -> ApiResult<Vec<OriginCount>> {
        let actor = actor(ctx);
        let rows =
            reports::actions_by_origin(db(ctx).conn(), &visible(actor, PlanStage::ALL)?).await?;
        let mut counts: Vec<OriginCount> = Vec::new();
        for (group, origin, count) in rows {
            let origin = ActionOrigin::from_code(&origin).ok_or_else(|| corrupt("origin"))?;
            let group = WorkingGroupId(group);
            let index = match counts.iter().position(|c| c.group == group) {
                Some(index) => index,
                None => {
                    counts.push(OriginCount {
                        group,
                        mutual_learning: 0,
                        other_opportunity: 0,
                    });
                    counts.len() - 1
                }
            };
            match origin {
                ActionOrigin::MutualLearning => counts[index].mutual_learning = to_i32(count),
                ActionOrigin::OtherOpportunity => counts[index].other_opportunity = to_i32(count),
            }
        }
        Ok(counts)
    }

    /// Per working group, the learning members with an IMPLEMENTING plan and open steps in the
    /// group's area (latest report neither DONE nor CANCELLED) that reported on none of their
    /// steps there at the group's last call held by `asOf`.
    async fn missing_progress_reports(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The day to judge by (default today, UTC).")] as_of: Option<NaiveDate>,
    ) -> ApiResult<Vec<MissingReport>> {
        authorize(actor(ctx), Action::ReadNetwork)?;
        let as_of = as_of.unwrap_or_else(|| Utc::now().date_naive());
        let rows = reports::missing_reports(db(ctx).conn(), as_of).await?;
        Ok(rows
            .into_iter()
            .map(|(group, call, organisation)| MissingReport {
                group: WorkingGroupId(group),
                call: mega_domain::CoordinationCallId(call),
                organisation: OrganisationId(organisation),
            })
            .collect())
    }

    /// Working groups whose next coordination call (last call + 4 months) is past on `asOf`
    /// (default today). Groups that never held a call are not listed.
    async fn overdue_calls(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The day to judge by (default today, UTC).")] as_of: Option<NaiveDate>,
    ) -> ApiResult<Vec<OverdueCall>> {
        authorize(actor(ctx), Action::ReadNetwork)?;
        let as_of = as_of.unwrap_or_else(|| Utc::now().date_naive());
        let last = mega_persistence::monitoring::last_calls(db(ctx).conn(), as_of).await?;
        let mut overdue: Vec<OverdueCall> = last
            .into_iter()
            .filter_map(|(group, last_call_on)| {
                let due = rules::next_call_due(last_call_on);
                rules::call_overdue(due, as_of).then(|| OverdueCall {
                    group,
                    last_call_on,
                    next_call_due: due,
                    days_overdue: (as_of - due).num_days(),
                })
            })
            .collect();
        overdue.sort_by_key(|o| (std::cmp::Reverse(o.days_overdue), o.group));
        Ok(overdue)
    }

    /// Per key actor × dimension, how many organisations are at each level, over each
    /// organisation's latest validated benchmark. Coordinator only (benchmarks are read by
    /// their organisation and its leading members).
    async fn benchmark_levels(&self, ctx: &Context<'_>) -> ApiResult<Vec<BenchmarkLevels>> {
        let actor = actor(ctx);
        authorize(actor, Action::ReadBenchmarkLevels)?;
        let rows = reports::benchmark_levels(db(ctx).conn()).await?;
        let mut cells: Vec<BenchmarkLevels> = Vec::new();
        for (key_actor, dimension, level, count) in rows {
            let key_actor = KeyActor::from_code(&key_actor).ok_or_else(|| corrupt("key actor"))?;
            let dimension = Dimension::from_code(&dimension).ok_or_else(|| corrupt("dimension"))?;
            let (key_actor, dimension): (KeyActorGql, DimensionGql) =
                (key_actor.into(), dimension.into());
            let index = match cells
                .iter()
                .position(|c| c.key_actor == key_actor && c.dimension == dimension)
            {
                Some(index) => index,
                None => {
                    cells.push(BenchmarkLevels {
                        key_actor,
                        dimension,
                        organisations_per_level: vec![0; 4],
                        organisations: 0,
                        average: 0.0,
                    });
                    cells.len() - 1
                }
            };
            let cell = &mut cells[index];
            if let Some(slot) = usize::try_from(level)
                .ok()
                .and_then(|l| cell.organisations_per_level.get_mut(l))
            {
                *slot += to_i32(count);
            }
        }
        for cell in &mut cells {
            let (sum, n) = cell.organisations_per_level.iter().enumerate().fold(
                (0_i64, 0_i64),
                |(sum, n), (level, count)| {
                    let level = i64::try_from(level).unwrap_or(0);
                    (sum + level * i64::from(*count), n + i64::from(*count))
                },
            );
            cell.organisations = to_i32(n);
            #[expect(clippy::cast_precision_loss, reason = "counts are tiny")]
            let average = if n > 0 { sum as f64 / n as f64 } else { 0.0 };
            cell.average = (average * 100.0).round() / 100.0;
        }
        Ok(cells)
    }
}
