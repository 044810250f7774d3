//! Progress reports: an organisation reports on the steps of its IMPLEMENTING plan; reports
//! are read by whoever may read the plan.

use chrono::Utc;
use mega_domain::NodeId;
use mega_domain::action_plan::{ActionPlan, ActionStep, ActionStepId, PlanAction, PlanStage};
use mega_domain::event::parse_optional;
use mega_domain::monitoring::{self as rules, MAX_TEXT, ProgressReport, StepStatus};
use mega_domain::webhook::WebhookEvent;
use mega_domain::{
    Action, Actor, CoordinationCallId, Denial, ProgressReportId, ValidationError, WorkingGroupId,
    authorize,
};
use mega_persistence::monitoring::{self as repo, NewReport};
use mega_persistence::{Database, TransactionTrait, action_plans as plan_repo};
use serde_json::json;

use crate::services::{ServiceError, ServiceResult, actor_id, record, webhooks};

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
        return Err(ServiceError::Invalid(errors));
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
            "progressReportId": report.id.global_id(),
            "stepId": report.step_id.global_id(),
            "actionPlanId": report.plan_id.global_id(),
            "organisationId": report.organisation_id.global_id(),
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
        Some(plan) if crate::services::action_plans::may_read(db, actor, &plan).await? => {
            Ok(Some(report))
        }
        _ => Ok(None),
    }
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
        && authorize(actor, Action::ReadEveryPlan).is_err()
    {
        filter.readable = Some((PUBLISHED_STAGES.to_vec(), me.organisation_id));
    }
    Ok(repo::reports_page(db.conn(), filter, request).await?)
}
