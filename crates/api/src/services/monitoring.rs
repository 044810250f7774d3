//! Implementation monitoring: the coordinator schedules and minutes coordination calls; an
//! organisation reports progress on the steps of its IMPLEMENTING plan; reports are read by
//! whoever may read the plan. Each change is one transaction with one audit event and its
//! webhook events.

use chrono::{NaiveDate, Utc};
use mega_domain::action_plan::{ActionPlan, ActionStep, ActionStepId, PlanAction, PlanStage};
use mega_domain::event::parse_optional;
use mega_domain::monitoring::{
    self as rules, CoordinationCall, Decision, MAX_TEXT, ProgressReport, StepStatus,
};
use mega_domain::webhook::WebhookEvent;
use mega_domain::{
    Action, Actor, CoordinationCallId, Denial, OrganisationId, ProgressReportId, UserId,
    ValidationError, WorkingGroupId, authorize,
};
use mega_persistence::monitoring::{self as repo, CallFields, NewReport};
use mega_persistence::{
    Database, TransactionTrait, action_plans as plan_repo, organisations, users, working_groups,
};
use serde_json::json;

use super::{ServiceError, ServiceResult, actor_id, record, webhooks};
use crate::global_id::{NodeType, encode};

/// Most decisions minuted for one call.
pub const MAX_DECISIONS: usize = 50;

/// A call as scheduled or edited through the API (unvalidated).
#[derive(Debug, Default)]
pub struct CallInput {
    /// When.
    pub held_on: Option<NaiveDate>,
    /// Who facilitates (default: the coordinator scheduling it).
    pub facilitator_id: Option<UserId>,
    /// Who takes part.
    pub participant_ids: Option<Vec<OrganisationId>>,
    /// What will be discussed.
    pub agenda: Option<String>,
    /// What was said.
    pub notes: Option<String>,
    /// What was decided, with the steps each decision concerns.
    pub decisions: Option<Vec<(String, Vec<ActionStepId>)>>,
}

fn invalid(errors: Vec<ValidationError>) -> ServiceError {
    ServiceError::Invalid(errors)
}

/// Validates `input` over `base` (the call's current fields, or defaults for a new one).
async fn call_fields(
    db: &Database,
    input: CallInput,
    base: CallFields,
) -> ServiceResult<CallFields> {
    let mut errors = Vec::new();
    let agenda = match input.agenda {
        Some(raw) => parse_optional("agenda", Some(&raw), MAX_TEXT).unwrap_or_else(|e| {
            errors.push(e);
            None
        }),
        None => base.agenda,
    };
    let notes = match input.notes {
        Some(raw) => parse_optional("notes", Some(&raw), MAX_TEXT).unwrap_or_else(|e| {
            errors.push(e);
            None
        }),
        None => base.notes,
    };
    let participant_ids = match input.participant_ids {
        Some(mut ids) => {
            ids.sort_unstable();
            ids.dedup();
            let found = organisations::find_by_ids(db.conn(), &ids).await?;
            if found.len() != ids.len() {
                errors.push(ValidationError::new(
                    "participantIds",
                    "NOT_FOUND",
                    "Every participant must be an organisation of the network.",
                ));
            }
            ids
        }
        None => base.participant_ids,
    };
    let facilitator_id = match input.facilitator_id {
        Some(id) => {
            if users::find(db.conn(), id).await?.is_none() {
                errors.push(ValidationError::new(
                    "facilitatorId",
                    "NOT_FOUND",
                    "The facilitator must be a user.",
                ));
            }
            Some(id)
        }
        None => base.facilitator_id,
    };
    let decisions = match input.decisions {
        Some(raw) => {
            if raw.len() > MAX_DECISIONS {
                errors.push(ValidationError::new(
                    "decisions",
                    "TOO_MANY",
                    format!("At most {MAX_DECISIONS} decisions."),
                ));
            }
            let mut decisions = Vec::new();
            for (text, mut steps) in raw.into_iter().take(MAX_DECISIONS) {
                match mega_domain::event::parse_required("text", &text, 2_000) {
                    Ok(text) => {
                        steps.sort_unstable();
                        steps.dedup();
                        for step in &steps {
                            if plan_repo::find_step(db.conn(), *step).await?.is_none() {
                                errors.push(ValidationError::new(
                                    "stepIds",
                                    "NOT_FOUND",
                                    "A decision names a step that does not exist.",
                                ));
                            }
                        }
                        decisions.push(Decision {
                            text,
                            step_ids: steps,
                        });
                    }
                    Err(e) => errors.push(e),
                }
            }
            decisions
        }
        None => base.decisions,
    };
    if !errors.is_empty() {
        return Err(invalid(errors));
    }
    Ok(CallFields {
        held_on: input.held_on.unwrap_or(base.held_on),
        facilitator_id,
        participant_ids,
        agenda,
        notes,
        decisions,
    })
}

fn call_event(calls: &[CoordinationCall]) -> serde_json::Value {
    json!({
        "coordinationCallIds": calls.iter().map(|c| encode(NodeType::CoordinationCall, c.id.0).to_string()).collect::<Vec<_>>(),
        "workingGroupId": calls.first().map(|c| encode(NodeType::WorkingGroup, c.working_group_id.0).to_string()),
        "heldOn": calls.iter().map(|c| c.held_on.to_string()).collect::<Vec<_>>(),
    })
}

/// Schedules a call of `group`, or with `repeat` (count, every months) a series of calls
/// sharing a series id. Coordinator only.
pub async fn schedule(
    db: &Database,
    actor: &Actor,
    group: WorkingGroupId,
    input: CallInput,
    repeat: Option<(u32, u32)>,
) -> ServiceResult<Vec<CoordinationCall>> {
    authorize(actor, Action::ManageCoordinationCalls)?;
    let by = actor_id(actor).ok_or(ServiceError::Denied(Denial::Unauthenticated))?;
    if working_groups::find(db.conn(), group).await?.is_none() {
        return Err(ServiceError::NotFound("workingGroupId"));
    }
    let Some(first) = input.held_on else {
        return Err(invalid(vec![ValidationError::new(
            "heldOn",
            "REQUIRED",
            "heldOn is required.",
        )]));
    };
    let dates = match repeat {
        Some((count, every)) => rules::series_dates(first, count, every)?,
        None => vec![first],
    };
    let base = CallFields {
        held_on: first,
        facilitator_id: Some(by),
        participant_ids: Vec::new(),
        agenda: None,
        notes: None,
        decisions: Vec::new(),
    };
    let fields = call_fields(db, input, base).await?;
    let series = (dates.len() > 1).then(|| uuid::Uuid::new_v4().to_string());
    let txn = db.conn().begin().await?;
    let mut calls = Vec::new();
    for held_on in dates {
        let fields = CallFields {
            held_on,
            ..fields.clone()
        };
        calls.push(repo::insert_call(&txn, group, &fields, series.as_deref(), false).await?);
    }
    let first_id = calls.first().map_or(0, |c| c.id.0);
    record(
        &txn,
        Some(by),
        "scheduleCoordinationCall",
        "CoordinationCall",
        first_id,
        None::<&()>,
        Some(&calls),
    )
    .await?;
    webhooks::emit(
        &txn,
        WebhookEvent::CallScheduled,
        &fields.participant_ids,
        call_event(&calls),
    )
    .await?;
    txn.commit().await?;
    Ok(calls)
}

/// Changes a call: date, facilitator, participants, agenda, notes, decisions. Coordinator
/// only; `STALE_VERSION` when someone else saved first.
pub async fn update(
    db: &Database,
    actor: &Actor,
    id: CoordinationCallId,
    expected_version: i32,
    input: CallInput,
) -> ServiceResult<CoordinationCall> {
    authorize(actor, Action::ManageCoordinationCalls)?;
    let before = repo::find_call(db.conn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let base = CallFields {
        held_on: before.held_on,
        facilitator_id: before.facilitator_id,
        participant_ids: before.participant_ids.clone(),
        agenda: before.agenda.clone(),
        notes: before.notes.clone(),
        decisions: before.decisions.clone(),
    };
    let fields = call_fields(db, input, base).await?;
    let txn = db.conn().begin().await?;
    let after = repo::update_call(&txn, id, expected_version, &fields).await?;
    record(
        &txn,
        actor_id(actor),
        "updateCoordinationCall",
        "CoordinationCall",
        id.0,
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// Removes a call; reports presented at it stay, without the call. Coordinator only.
pub async fn delete(
    db: &Database,
    actor: &Actor,
    id: CoordinationCallId,
) -> ServiceResult<CoordinationCall> {
    authorize(actor, Action::ManageCoordinationCalls)?;
    let before = repo::find_call(db.conn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let txn = db.conn().begin().await?;
    repo::delete_call(&txn, id).await?;
    record(
        &txn,
        actor_id(actor),
        "deleteCoordinationCall",
        "CoordinationCall",
        id.0,
        Some(&before),
        None::<&()>,
    )
    .await?;
    txn.commit().await?;
    Ok(before)
}

/// A step with its action and plan.
pub struct StepContext {
    /// The step.
    pub step: ActionStep,
    /// Its action.
    pub action: PlanAction,
    /// Its plan.
    pub plan: ActionPlan,
}

/// Loads a step's action and plan (`NotFound(field)` when any is missing).
pub async fn step_context(
    db: &Database,
    step_id: ActionStepId,
    field: &'static str,
) -> ServiceResult<StepContext> {
    let step = plan_repo::find_step(db.conn(), step_id)
        .await?
        .ok_or(ServiceError::NotFound(field))?;
    let action = plan_repo::find_action(db.conn(), step.action_id)
        .await?
        .ok_or(ServiceError::NotFound(field))?;
    let plan = plan_repo::find(db.conn(), action.plan_id)
        .await?
        .ok_or(ServiceError::NotFound(field))?;
    Ok(StepContext { step, action, plan })
}

/// The working groups of an action's thematic area (whose leading members give feedback).
pub async fn groups_of_action(
    db: &Database,
    action: &PlanAction,
) -> ServiceResult<Vec<WorkingGroupId>> {
    Ok(match action.thematic_area_id {
        Some(area) => plan_repo::group_areas(db.conn())
            .await?
            .into_iter()
            .filter(|(_, a)| *a == area)
            .map(|(g, _)| g)
            .collect(),
        None => Vec::new(),
    })
}

/// A progress report as submitted through the API (unvalidated).
#[derive(Debug)]
pub struct ReportInput {
    /// The step.
    pub step_id: ActionStepId,
    /// Where it stands.
    pub status: StepStatus,
    /// 0–100.
    pub percent_complete: i32,
    /// What happened.
    pub narrative: Option<String>,
    /// Evidence links.
    pub evidence_links: Vec<String>,
    /// The call it is presented at.
    pub call_id: Option<CoordinationCallId>,
}

/// Reports progress on a step of an IMPLEMENTING plan: members of the plan's organisation
/// (and the coordinator). A call, when given, must be one of the step's working group.
pub async fn submit(
    db: &Database,
    actor: &Actor,
    input: ReportInput,
) -> ServiceResult<ProgressReport> {
    let author = actor_id(actor).ok_or(ServiceError::Denied(Denial::Unauthenticated))?;
    let context = step_context(db, input.step_id, "stepId").await?;
    authorize(
        actor,
        Action::SubmitProgressReport {
            owner: context.plan.organisation_id,
        },
    )?;
    let mut errors = Vec::new();
    if context.plan.stage != PlanStage::Implementing {
        errors.push(ValidationError::new(
            "stepId",
            "PLAN_NOT_IMPLEMENTING",
            format!(
                "Progress is reported only while the plan is IMPLEMENTING; it is {}.",
                context.plan.stage.code()
            ),
        ));
    }
    if let Err(e) = rules::check_progress(input.status, input.percent_complete) {
        errors.push(e);
    }
    let narrative = parse_optional("narrative", input.narrative.as_deref(), MAX_TEXT)
        .unwrap_or_else(|e| {
            errors.push(e);
            None
        });
    let evidence_links = rules::parse_evidence_links(&input.evidence_links).unwrap_or_else(|e| {
        errors.push(e);
        Vec::new()
    });
    if let Some(call_id) = input.call_id {
        let call = repo::find_call(db.conn(), call_id)
            .await?
            .ok_or(ServiceError::NotFound("coordinationCallId"))?;
        let groups = groups_of_action(db, &context.action).await?;
        if !groups.contains(&call.working_group_id) {
            errors.push(ValidationError::new(
                "coordinationCallId",
                "WRONG_CALL",
                "The call is not one of the working group this step's action belongs to.",
            ));
        }
    }
    if !errors.is_empty() {
        return Err(invalid(errors));
    }
    let txn = db.conn().begin().await?;
    let report = repo::insert_report(
        &txn,
        NewReport {
            step_id: input.step_id,
            plan_id: context.plan.id,
            organisation_id: context.plan.organisation_id,
            call_id: input.call_id,
            status: input.status,
            percent_complete: input.percent_complete,
            narrative,
            evidence_links,
            author_id: Some(author),
            generated: false,
            created_at: Utc::now(),
        },
    )
    .await?;
    record(
        &txn,
        Some(author),
        "submitProgressReport",
        "ProgressReport",
        report.id.0,
        None::<&()>,
        Some(&report),
    )
    .await?;
    webhooks::emit(
        &txn,
        WebhookEvent::ProgressReportSubmitted,
        &[report.organisation_id],
        json!({
            "progressReportId": encode(NodeType::ProgressReport, report.id.0).to_string(),
            "stepId": encode(NodeType::ActionStep, report.step_id.0).to_string(),
            "actionPlanId": encode(NodeType::ActionPlan, report.plan_id.0).to_string(),
            "organisationId": encode(NodeType::Organisation, report.organisation_id.0).to_string(),
            "status": report.status.code(),
            "percentComplete": report.percent_complete,
        }),
    )
    .await?;
    txn.commit().await?;
    Ok(report)
}

/// A report, when the caller may read its plan.
pub async fn find_report(
    db: &Database,
    actor: &Actor,
    id: ProgressReportId,
) -> ServiceResult<Option<ProgressReport>> {
    authorize(actor, Action::ReadNetwork)?;
    let Some(report) = repo::find_report(db.conn(), id).await? else {
        return Ok(None);
    };
    match plan_repo::find(db.conn(), report.plan_id).await? {
        Some(plan) if super::action_plans::may_read(db, actor, &plan).await? => Ok(Some(report)),
        _ => Ok(None),
    }
}

/// One call (everyone signed in reads calls).
pub async fn find_call(
    db: &Database,
    actor: &Actor,
    id: CoordinationCallId,
) -> ServiceResult<Option<CoordinationCall>> {
    authorize(actor, Action::ReadNetwork)?;
    Ok(repo::find_call(db.conn(), id).await?)
}

/// The stages whose plans everyone signed in reads.
pub const PUBLISHED_STAGES: [&str; 3] = ["ADOPTED", "IMPLEMENTING", "COMPLETED"];

/// Reports newest first, narrowed by `filter`, of plans the caller may read (published
/// plans and its own organisation's; every plan for the coordinator).
pub async fn reports_page(
    db: &Database,
    actor: &Actor,
    mut filter: repo::ReportFilter,
    request: mega_domain::PageRequest,
) -> ServiceResult<mega_domain::Page<ProgressReport>> {
    authorize(actor, Action::ReadNetwork)?;
    if let Actor::User(me) = actor
        && me.role != mega_domain::GlobalRole::Coordinator
    {
        filter.readable = Some((PUBLISHED_STAGES.to_vec(), me.organisation_id));
    }
    Ok(repo::reports_page(db.conn(), filter, request).await?)
}

/// Calls, latest first, of one group or all (everyone signed in reads them).
pub async fn calls_page(
    db: &Database,
    actor: &Actor,
    group: Option<WorkingGroupId>,
    request: mega_domain::PageRequest,
) -> ServiceResult<mega_domain::Page<CoordinationCall>> {
    authorize(actor, Action::ReadNetwork)?;
    Ok(repo::calls_page(db.conn(), group, request).await?)
}

/// The steps CSV header, in column order.
pub const STEPS_CSV_HEADER: [&str; 16] = [
    "action_plan_id",
    "organisation",
    "plan_stage",
    "working_group",
    "action_ref",
    "action_title",
    "step_id",
    "step_number",
    "step_title",
    "baseline_start",
    "baseline_end",
    "start",
    "end",
    "status",
    "percent_complete",
    "days_late",
];

/// Every step of the plans the caller may read (published plans and its own; all for the
/// coordinator) as CSV, one row per step in plan, action and step order, with its latest
/// status and how late it is on `today`. A constant number of statements.
pub async fn steps_csv(db: &Database, actor: &Actor, today: NaiveDate) -> ServiceResult<String> {
    authorize(actor, Action::ReadNetwork)?;
    let conn = db.conn();
    let all = plan_repo::all(conn, None).await?;
    let mut readable = Vec::new();
    for plan in all {
        // `may_read` asks the database only for unpublished plans of other organisations.
        if super::action_plans::may_read(db, actor, &plan).await? {
            readable.push(plan);
        }
    }
    let plan_ids: Vec<_> = readable.iter().map(|p| p.id).collect();
    let actions = plan_repo::actions_of_plans(conn, &plan_ids).await?;
    let action_ids: Vec<_> = actions.iter().map(|a| a.id).collect();
    let steps = plan_repo::steps_of_actions(conn, &action_ids).await?;
    let step_ids: Vec<_> = steps.iter().map(|s| s.id).collect();
    let latest = repo::latest_of_steps(conn, &step_ids).await?;
    let org_ids: Vec<_> = readable.iter().map(|p| p.organisation_id).collect();
    let orgs = organisations::find_by_ids(conn, &org_ids).await?;
    let group_areas = plan_repo::group_areas(conn).await?;
    let group_ids: Vec<_> = group_areas.iter().map(|(g, _)| *g).collect();
    let groups = working_groups::find_by_ids(conn, &group_ids).await?;

    let mut out = csv::Writer::from_writer(Vec::new());
    let fail = |err: csv::Error| ServiceError::Internal(err.to_string());
    out.write_record(STEPS_CSV_HEADER).map_err(fail)?;
    let date = |d: Option<mega_domain::partial_date::PartialDate>| {
        d.map(|d| d.to_string()).unwrap_or_default()
    };
    for plan in &readable {
        let organisation = orgs
            .iter()
            .find(|o| o.id == plan.organisation_id)
            .map(|o| o.short_name.clone().unwrap_or_else(|| o.name.clone()))
            .unwrap_or_default();
        let mut plan_actions: Vec<_> = actions.iter().filter(|a| a.plan_id == plan.id).collect();
        plan_actions.sort_by_key(|a| a.position);
        for action in plan_actions {
            let group = action
                .thematic_area_id
                .and_then(|area| group_areas.iter().find(|(_, a)| *a == area))
                .and_then(|(g, _)| groups.iter().find(|group| group.id == *g))
                .map(|g| g.title.clone())
                .unwrap_or_default();
            let action_steps: Vec<ActionStep> = steps
                .iter()
                .filter(|s| s.action_id == action.id)
                .cloned()
                .collect();
            let numbers = mega_domain::action_plan::number_steps(&action_steps);
            let mut ordered: Vec<&ActionStep> = action_steps.iter().collect();
            let key = |s: &&ActionStep| -> Vec<u32> {
                numbers
                    .get(&s.id)
                    .map(|n| {
                        n.split('.')
                            .map(|p| p.parse().unwrap_or(u32::MAX))
                            .collect()
                    })
                    .unwrap_or_default()
            };
            ordered.sort_by_key(key);
            for step in ordered {
                let report = latest.get(&step.id);
                let status = report.map(|r| r.status);
                let slip = rules::slippage(step.end, step.baseline_end, status, today);
                out.write_record([
                    encode(NodeType::ActionPlan, plan.id.0).to_string(),
                    organisation.clone(),
                    plan.stage.code().to_owned(),
                    group.clone(),
                    action.reference.clone().unwrap_or_default(),
                    action.title.clone().unwrap_or_default(),
                    encode(NodeType::ActionStep, step.id.0).to_string(),
                    numbers.get(&step.id).cloned().unwrap_or_default(),
                    step.title.clone(),
                    date(step.baseline_start),
                    date(step.baseline_end),
                    date(step.start),
                    date(step.end),
                    status.unwrap_or(StepStatus::NotStarted).code().to_owned(),
                    report.map_or(0, |r| r.percent_complete).to_string(),
                    slip.days_late().to_string(),
                ])
                .map_err(fail)?;
            }
        }
    }
    let bytes = out
        .into_inner()
        .map_err(|err| ServiceError::Internal(err.to_string()))?;
    String::from_utf8(bytes).map_err(|err| ServiceError::Internal(err.to_string()))
}
