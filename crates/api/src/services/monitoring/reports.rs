//! Progress reports: an organisation reports on the steps of its IMPLEMENTING plan; reports
//! are read by whoever may read the plan.

use std::sync::LazyLock;

use chrono::Utc;
use mega_domain::NodeId;
use mega_domain::action_plan::{ActionPlan, ActionStep, ActionStepId, PlanAction, PlanStage};
use mega_domain::monitoring::{ProgressReport, ProgressReportDraft, ReportSetting};
use mega_domain::notification::{NewNotification, NotificationKind, NotificationTarget, excerpt};
use mega_domain::policy::notifications::Occurrence;
use mega_domain::policy::scopes::plan_scope;
use mega_domain::webhook::WebhookEvent;
use mega_domain::{Action, Actor, Denial, ProgressReportId, WorkingGroupId, authorize};
use mega_persistence::monitoring::{self as repo, NewReport};
use mega_persistence::{ConnectionTrait, Database, action_plans as plan_repo};
use serde_json::json;

use crate::services::notifications::{self, PlanFacts};
use crate::services::unit_of_work::UnitOfWork;
use crate::services::{ServiceError, ServiceResult};

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
    conn: &impl ConnectionTrait,
    step_id: ActionStepId,
    field: &'static str,
) -> ServiceResult<StepContext> {
    let step = plan_repo::find_step(conn, step_id)
        .await?
        .ok_or(ServiceError::NotFound(field))?;
    let action = plan_repo::find_action(conn, step.action_id)
        .await?
        .ok_or(ServiceError::NotFound(field))?;
    let plan = plan_repo::find(conn, action.plan_id)
        .await?
        .ok_or(ServiceError::NotFound(field))?;
    Ok(StepContext { step, action, plan })
}

/// The working groups of an action's thematic area (whose leading members give feedback).
pub async fn groups_of_action(
    conn: &impl ConnectionTrait,
    action: &PlanAction,
) -> ServiceResult<Vec<WorkingGroupId>> {
    Ok(match action.thematic_area_id {
        Some(area) => plan_repo::group_areas(conn)
            .await?
            .into_iter()
            .filter(|(_, a)| *a == area)
            .map(|(g, _)| g)
            .collect(),
        None => Vec::new(),
    })
}

/// Reports progress on a step of an IMPLEMENTING plan: members of the plan's organisation
/// (and the coordinator). A call, when given, must be one of the step's working group.
pub async fn submit(
    db: &Database,
    actor: &Actor,
    draft: ProgressReportDraft,
) -> ServiceResult<ProgressReport> {
    let author = actor
        .user_id()
        .ok_or(ServiceError::Denied(Denial::Unauthenticated))?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let context = step_context(uow.txn(), draft.step_id, "stepId").await?;
    authorize(
        actor,
        Action::SubmitProgressReport {
            owner: context.plan.organisation_id,
        },
    )?;
    let call_of_step_group = match draft.call_id {
        Some(call_id) => {
            let call = repo::find_call(uow.txn(), call_id)
                .await?
                .ok_or(ServiceError::NotFound("coordinationCallId"))?;
            groups_of_action(uow.txn(), &context.action)
                .await?
                .contains(&call.working_group_id)
        }
        None => true,
    };
    let previous_status = repo::latest_of_steps(uow.txn(), &[draft.step_id])
        .await?
        .remove(&draft.step_id)
        .map(|report| report.status);
    let fields = draft
        .validate(ReportSetting {
            plan_stage: context.plan.stage,
            call_of_step_group,
            previous_status,
        })
        .map_err(ServiceError::Invalid)?;
    let report = repo::insert_report(
        uow.txn(),
        NewReport {
            step_id: fields.step_id,
            plan_id: context.plan.id,
            organisation_id: context.plan.organisation_id,
            call_id: fields.call_id,
            status: fields.status,
            percent_complete: fields.percent_complete,
            narrative: fields.narrative,
            evidence_links: fields.evidence_links,
            author_id: Some(author),
            generated: false,
            created_at: Utc::now(),
        },
    )
    .await?;
    uow.created("submitProgressReport", &report).await?;
    let groups = groups_of_action(uow.txn(), &context.action).await?;
    let plan = PlanFacts::load(uow.txn(), report.plan_id).await?;
    let awaiting = Occurrence {
        owner: Some(report.organisation_id),
        groups: &groups,
        ..Occurrence::new(NotificationKind::ReportAwaitingFeedback, plan.read())
    };
    let told = NewNotification {
        kind: NotificationKind::ReportAwaitingFeedback,
        target: NotificationTarget::ProgressReport {
            id: report.id,
            plan: report.plan_id,
            step: report.step_id,
        },
        feedback_id: None,
        excerpt: report.narrative.as_deref().map(excerpt),
    };
    notifications::notify(&uow, actor, &[(awaiting, told)]).await?;
    uow.emit(
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
    uow.commit().await?;
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

/// Codes of the stages whose plans everyone signed in reads. Temporary: only for
/// `crate::query::report` until it narrows with `plan_scope` too.
pub static PUBLISHED_STAGES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    PlanStage::ALL
        .iter()
        .filter(|stage| stage.published())
        .map(|stage| stage.code())
        .collect()
});

/// Reports newest first, narrowed by `filter`, of plans the caller may read (published
/// plans and its own organisation's; every plan for the coordinator).
pub async fn reports_page(
    db: &Database,
    actor: &Actor,
    mut filter: repo::ReportFilter,
    request: mega_domain::PageRequest,
) -> ServiceResult<mega_domain::Page<ProgressReport>> {
    filter.readable = Some(plan_scope(actor)?);
    Ok(repo::reports_page(db.conn(), filter, request).await?)
}
