//! Repository of coordination calls and progress reports. A step's current status is its
//! latest report (highest id); "latest per step" is one statement for any number of steps.

use std::collections::HashMap;

use chrono::{NaiveDate, Utc};
use mega_domain::action_plan::{ActionPlanId, ActionStepId, PlanStage};
use mega_domain::monitoring::{
    CoordinationCall, CoordinationCallFields, Decision, ProgressReport, StepStatus,
};
use mega_domain::policy::scopes::PlanScope;
use mega_domain::{
    CoordinationCallId, OrganisationId, Page, PageRequest, ProgressReportId, UserId, WorkingGroupId,
};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait, Query},
};
use serde::{Deserialize, Serialize};

use crate::entities::{coordination_call, feedback, progress_report};
use crate::error::{PersistenceError, Result};

#[derive(Serialize, Deserialize)]
struct StoredDecision {
    text: String,
    steps: Vec<i32>,
}

fn json<T: Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|err| PersistenceError::Corrupt(err.to_string()))
}

fn call_to_domain(row: coordination_call::Model) -> Result<CoordinationCall> {
    let corrupt = |what: &str| PersistenceError::Corrupt(format!("call {}: {what}", row.id));
    let participants: Vec<i32> =
        serde_json::from_str(&row.participant_ids).map_err(|_| corrupt("participants"))?;
    let decisions: Vec<StoredDecision> =
        serde_json::from_str(&row.decisions).map_err(|_| corrupt("decisions"))?;
    Ok(CoordinationCall {
        id: CoordinationCallId(row.id),
        working_group_id: WorkingGroupId(row.working_group_id),
        held_on: row.held_on,
        start_time: row.start_time,
        time_zone: row.time_zone,
        facilitator_id: row.facilitator_id.map(UserId),
        participant_ids: participants.into_iter().map(OrganisationId).collect(),
        agenda: row.agenda,
        notes: row.notes,
        decisions: decisions
            .into_iter()
            .map(|d| Decision {
                text: d.text,
                step_ids: d.steps.into_iter().map(ActionStepId).collect(),
            })
            .collect(),
        series_id: row.series_id,
        version: row.version,
        generated: row.generated,
    })
}

fn report_to_domain(row: progress_report::Model) -> Result<ProgressReport> {
    let corrupt = |what: &str| PersistenceError::Corrupt(format!("report {}: {what}", row.id));
    Ok(ProgressReport {
        id: ProgressReportId(row.id),
        step_id: ActionStepId(row.step_id),
        plan_id: ActionPlanId(row.plan_id),
        organisation_id: OrganisationId(row.organisation_id),
        call_id: row.call_id.map(CoordinationCallId),
        status: StepStatus::from_code(&row.status).ok_or_else(|| corrupt("status"))?,
        percent_complete: row.percent_complete,
        narrative: row.narrative,
        evidence_links: serde_json::from_str(&row.evidence_links)
            .map_err(|_| corrupt("evidence"))?,
        author_id: row.author_id.map(UserId),
        created_at: row.created_at,
        generated: row.generated,
    })
}

fn stored_decisions(decisions: &[Decision]) -> Result<String> {
    json(
        &decisions
            .iter()
            .map(|d| StoredDecision {
                text: d.text.clone(),
                steps: d.step_ids.iter().map(|id| id.0).collect(),
            })
            .collect::<Vec<_>>(),
    )
}

/// Stores a new call.
pub async fn insert_call(
    conn: &impl ConnectionTrait,
    group: WorkingGroupId,
    fields: &CoordinationCallFields,
    series_id: Option<&str>,
    generated: bool,
) -> Result<CoordinationCall> {
    let row = coordination_call::ActiveModel {
        working_group_id: Set(group.0),
        held_on: Set(fields.held_on),
        start_time: Set(fields.start_time),
        time_zone: Set(fields.time_zone.clone()),
        facilitator_id: Set(fields.facilitator_id.map(|id| id.0)),
        participant_ids: Set(json(
            &fields
                .participant_ids
                .iter()
                .map(|id| id.0)
                .collect::<Vec<_>>(),
        )?),
        agenda: Set(fields.agenda.clone()),
        notes: Set(fields.notes.clone()),
        decisions: Set(stored_decisions(&fields.decisions)?),
        series_id: Set(series_id.map(str::to_owned)),
        version: Set(1),
        generated: Set(generated),
        created_at: Set(Utc::now()),
        ..Default::default()
    };
    call_to_domain(
        coordination_call::Entity::insert(row)
            .exec_with_returning(conn)
            .await?,
    )
}

/// Replaces a call's fields if it is still at `expected_version`
/// ([`PersistenceError::StaleVersion`] otherwise).
pub async fn update_call(
    conn: &impl ConnectionTrait,
    id: CoordinationCallId,
    expected_version: i32,
    fields: &CoordinationCallFields,
) -> Result<CoordinationCall> {
    let changes = coordination_call::Entity::update_many()
        .col_expr(coordination_call::Column::HeldOn, fields.held_on.into())
        .col_expr(
            coordination_call::Column::StartTime,
            fields.start_time.into(),
        )
        .col_expr(
            coordination_call::Column::TimeZone,
            fields.time_zone.clone().into(),
        )
        .col_expr(
            coordination_call::Column::FacilitatorId,
            fields.facilitator_id.map(|id| id.0).into(),
        )
        .col_expr(
            coordination_call::Column::ParticipantIds,
            json(
                &fields
                    .participant_ids
                    .iter()
                    .map(|id| id.0)
                    .collect::<Vec<_>>(),
            )?
            .into(),
        )
        .col_expr(
            coordination_call::Column::Agenda,
            fields.agenda.clone().into(),
        )
        .col_expr(
            coordination_call::Column::Notes,
            fields.notes.clone().into(),
        )
        .col_expr(
            coordination_call::Column::Decisions,
            stored_decisions(&fields.decisions)?.into(),
        );
    crate::versioned::update(conn, id.0, expected_version, changes).await?;
    find_call(conn, id).await?.ok_or(PersistenceError::NotFound)
}

/// Deletes a call; reports presented at it keep existing, without the call.
pub async fn delete_call(conn: &impl ConnectionTrait, id: CoordinationCallId) -> Result<bool> {
    progress_report::Entity::update_many()
        .col_expr(progress_report::Column::CallId, None::<i32>.into())
        .filter(progress_report::Column::CallId.eq(id.0))
        .exec(conn)
        .await?;
    let deleted = coordination_call::Entity::delete_by_id(id.0)
        .exec(conn)
        .await?;
    Ok(deleted.rows_affected == 1)
}

/// One call.
pub async fn find_call(
    conn: &impl ConnectionTrait,
    id: CoordinationCallId,
) -> Result<Option<CoordinationCall>> {
    coordination_call::Entity::find_by_id(id.0)
        .one(conn)
        .await?
        .map(call_to_domain)
        .transpose()
}

/// Calls by id, in one statement.
pub async fn calls_by_ids(
    conn: &impl ConnectionTrait,
    ids: &[CoordinationCallId],
) -> Result<Vec<CoordinationCall>> {
    coordination_call::Entity::find()
        .filter(coordination_call::Column::Id.is_in(ids.iter().map(|id| id.0)))
        .all(conn)
        .await?
        .into_iter()
        .map(call_to_domain)
        .collect()
}

/// The decisions that concern each of `steps`, with the call each was taken at, in the
/// order the calls were held (then recorded). One statement for any number of steps: the
/// calls with decisions are read and their decision lists searched (a call's decisions are
/// a JSON list, few per call, and calls are few: one every four months per group).
pub async fn decisions_of_steps(
    conn: &impl ConnectionTrait,
    steps: &[ActionStepId],
) -> Result<HashMap<ActionStepId, Vec<(CoordinationCall, Decision)>>> {
    let mut found: HashMap<ActionStepId, Vec<(CoordinationCall, Decision)>> = HashMap::new();
    if steps.is_empty() {
        return Ok(found);
    }
    let rows = coordination_call::Entity::find()
        .filter(coordination_call::Column::Decisions.ne("[]"))
        .order_by_asc(coordination_call::Column::HeldOn)
        .order_by_asc(coordination_call::Column::Id)
        .all(conn)
        .await?;
    for row in rows {
        let call = call_to_domain(row)?;
        for decision in &call.decisions {
            for step in steps {
                if decision.step_ids.contains(step) {
                    found
                        .entry(*step)
                        .or_default()
                        .push((call.clone(), decision.clone()));
                }
            }
        }
    }
    Ok(found)
}

/// Calls, latest first, of one group or of all groups.
pub async fn calls_page(
    conn: &impl ConnectionTrait,
    group: Option<WorkingGroupId>,
    request: PageRequest,
) -> Result<Page<CoordinationCall>> {
    let mut select = coordination_call::Entity::find();
    if let Some(group) = group {
        select = select.filter(coordination_call::Column::WorkingGroupId.eq(group.0));
    }
    let select = select
        .order_by_desc(coordination_call::Column::HeldOn)
        .order_by_desc(coordination_call::Column::Id);
    crate::paging::fetch_page(conn, select, request, call_to_domain).await
}

/// Per group, the date of its last call held on or before `today` (groups without one are
/// left out). One grouped statement.
pub async fn last_calls(
    conn: &impl ConnectionTrait,
    today: NaiveDate,
) -> Result<HashMap<WorkingGroupId, NaiveDate>> {
    let rows: Vec<(i32, Option<NaiveDate>)> = coordination_call::Entity::find()
        .select_only()
        .column(coordination_call::Column::WorkingGroupId)
        .column_as(coordination_call::Column::HeldOn.max(), "last")
        .filter(coordination_call::Column::HeldOn.lte(today))
        .group_by(coordination_call::Column::WorkingGroupId)
        .into_tuple()
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(group, last)| last.map(|last| (WorkingGroupId(group), last)))
        .collect())
}

/// Per group, its next call scheduled after `today`, if any. One grouped statement.
pub async fn next_scheduled_calls(
    conn: &impl ConnectionTrait,
    today: NaiveDate,
) -> Result<HashMap<WorkingGroupId, NaiveDate>> {
    let rows: Vec<(i32, Option<NaiveDate>)> = coordination_call::Entity::find()
        .select_only()
        .column(coordination_call::Column::WorkingGroupId)
        .column_as(coordination_call::Column::HeldOn.min(), "next")
        .filter(coordination_call::Column::HeldOn.gt(today))
        .group_by(coordination_call::Column::WorkingGroupId)
        .into_tuple()
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(group, next)| next.map(|next| (WorkingGroupId(group), next)))
        .collect())
}

/// What is stored for a new report.
#[derive(Clone, Debug)]
pub struct NewReport {
    /// The step.
    pub step_id: ActionStepId,
    /// Its plan.
    pub plan_id: ActionPlanId,
    /// The plan's organisation.
    pub organisation_id: OrganisationId,
    /// The call it belongs to.
    pub call_id: Option<CoordinationCallId>,
    /// Status.
    pub status: StepStatus,
    /// 0–100.
    pub percent_complete: i32,
    /// Narrative.
    pub narrative: Option<String>,
    /// Evidence links.
    pub evidence_links: Vec<String>,
    /// Author.
    pub author_id: Option<UserId>,
    /// Generated demo data.
    pub generated: bool,
    /// When (now, except for generated demo data).
    pub created_at: chrono::DateTime<Utc>,
}

/// Stores a report.
pub async fn insert_report(conn: &impl ConnectionTrait, new: NewReport) -> Result<ProgressReport> {
    let row = progress_report::ActiveModel {
        step_id: Set(new.step_id.0),
        plan_id: Set(new.plan_id.0),
        organisation_id: Set(new.organisation_id.0),
        call_id: Set(new.call_id.map(|id| id.0)),
        status: Set(new.status.code().to_owned()),
        percent_complete: Set(new.percent_complete),
        narrative: Set(new.narrative),
        evidence_links: Set(json(&new.evidence_links)?),
        author_id: Set(new.author_id.map(|id| id.0)),
        created_at: Set(new.created_at),
        generated: Set(new.generated),
        ..Default::default()
    };
    report_to_domain(
        progress_report::Entity::insert(row)
            .exec_with_returning(conn)
            .await?,
    )
}

/// One report.
pub async fn find_report(
    conn: &impl ConnectionTrait,
    id: ProgressReportId,
) -> Result<Option<ProgressReport>> {
    progress_report::Entity::find_by_id(id.0)
        .one(conn)
        .await?
        .map(report_to_domain)
        .transpose()
}

/// Reports by id, in one statement.
pub async fn reports_by_ids(
    conn: &impl ConnectionTrait,
    ids: &[ProgressReportId],
) -> Result<Vec<ProgressReport>> {
    progress_report::Entity::find()
        .filter(progress_report::Column::Id.is_in(ids.iter().map(|id| id.0)))
        .all(conn)
        .await?
        .into_iter()
        .map(report_to_domain)
        .collect()
}

/// Reports newest first, filtered by step, plan or call.
pub async fn reports_page(
    conn: &impl ConnectionTrait,
    filter: ReportFilter,
    request: PageRequest,
) -> Result<Page<ProgressReport>> {
    let mut select = progress_report::Entity::find();
    if let Some(step) = filter.step {
        select = select.filter(progress_report::Column::StepId.eq(step.0));
    }
    if let Some(plan) = filter.plan {
        select = select.filter(progress_report::Column::PlanId.eq(plan.0));
    }
    if let Some(call) = filter.call {
        select = select.filter(progress_report::Column::CallId.eq(call.0));
    }
    if let Some(group) = filter.working_group {
        use crate::entities::{action_step, plan_action, working_group};
        let steps_of_group = Query::select()
            .column((action_step::Entity, action_step::Column::Id))
            .from(action_step::Entity)
            .inner_join(
                plan_action::Entity,
                Expr::col((plan_action::Entity, plan_action::Column::Id))
                    .equals((action_step::Entity, action_step::Column::ActionId)),
            )
            .inner_join(
                working_group::Entity,
                Expr::col((working_group::Entity, working_group::Column::ThematicAreaId))
                    .equals((plan_action::Entity, plan_action::Column::ThematicAreaId)),
            )
            .and_where(Expr::col((working_group::Entity, working_group::Column::Id)).eq(group.0))
            .to_owned();
        select = select.filter(progress_report::Column::StepId.in_subquery(steps_of_group));
    }
    if filter.awaiting_feedback {
        let with_feedback = Query::select()
            .column(feedback::Column::ProgressReportId)
            .from(feedback::Entity)
            .and_where(feedback::Column::ProgressReportId.is_not_null())
            .to_owned();
        select = select.filter(progress_report::Column::Id.not_in_subquery(with_feedback));
    }
    if let Some(scope @ PlanScope::PublishedOrOwn(own)) = filter.readable {
        let stages = scope.stages_of_others(PlanStage::ALL);
        let published = Query::select()
            .column(crate::entities::action_plan::Column::Id)
            .from(crate::entities::action_plan::Entity)
            .and_where(
                crate::entities::action_plan::Column::Stage
                    .is_in(stages.into_iter().map(PlanStage::code)),
            )
            .to_owned();
        let mut readable =
            sea_orm::Condition::any().add(progress_report::Column::PlanId.in_subquery(published));
        if let Some(own) = own {
            readable = readable.add(progress_report::Column::OrganisationId.eq(own.0));
        }
        select = select.filter(readable);
    }
    let select = select
        .order_by_desc(progress_report::Column::CreatedAt)
        .order_by_desc(progress_report::Column::Id);
    crate::paging::fetch_page(conn, select, request, report_to_domain).await
}

/// Narrows [`reports_page`].
#[derive(Clone, Debug, Default)]
pub struct ReportFilter {
    /// Only this step's.
    pub step: Option<ActionStepId>,
    /// Only this plan's.
    pub plan: Option<ActionPlanId>,
    /// Only those presented at this call.
    pub call: Option<CoordinationCallId>,
    /// Only reports on steps in this working group's thematic area.
    pub working_group: Option<WorkingGroupId>,
    /// Only reports without any feedback yet.
    pub awaiting_feedback: bool,
    /// Only reports on plans this scope covers (what the caller may read); `None` for all.
    pub readable: Option<PlanScope>,
}

/// The latest report of each of `steps` that has one, in one statement.
pub async fn latest_of_steps(
    conn: &impl ConnectionTrait,
    steps: &[ActionStepId],
) -> Result<HashMap<ActionStepId, ProgressReport>> {
    if steps.is_empty() {
        return Ok(HashMap::new());
    }
    let latest = Query::select()
        .expr(progress_report::Column::Id.max())
        .from(progress_report::Entity)
        .and_where(progress_report::Column::StepId.is_in(steps.iter().map(|id| id.0)))
        .group_by_col(progress_report::Column::StepId)
        .to_owned();
    progress_report::Entity::find()
        .filter(progress_report::Column::Id.in_subquery(latest))
        .all(conn)
        .await?
        .into_iter()
        .map(|row| report_to_domain(row).map(|report| (report.step_id, report)))
        .collect()
}

/// Deletes a report's feedback (there is no foreign key; see the migration).
pub async fn delete_feedback_of_report(
    conn: &impl ConnectionTrait,
    id: ProgressReportId,
) -> Result<()> {
    feedback::Entity::delete_many()
        .filter(feedback::Column::ProgressReportId.eq(id.0))
        .exec(conn)
        .await?;
    Ok(())
}
