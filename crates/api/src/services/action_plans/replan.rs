//! Re-planning: moving a step's dates (with a reason once the plan is agreed, kept in the
//! plan's change history) and setting a new numbered baseline (the coordinator).

use chrono::Utc;
use mega_domain::action_plan::{
    ActionPlan, ActionPlanId, ActionStep, ActionStepId, PlanChange, PlanChangeKind, PlanStage,
    ReplanDraft,
};
use mega_domain::event::parse_optional;
use mega_domain::partial_date::PartialDate;
use mega_domain::{Action, Actor, ValidationError, authorize};
use mega_persistence::{Database, action_plans as repo};

use super::steps::step_for_edit;
use super::{Edit, lock_for_edit, missing};
use crate::services::unit_of_work::UnitOfWork;
use crate::services::{ServiceError, ServiceResult};

/// Longest note of a baseline.
const MAX_NOTE: usize = 2_000;

type Dates = (Option<PartialDate>, Option<PartialDate>);

/// Keeps a change of an agreed plan's steps in its history (changes while the plan is being
/// written are not re-planning and are only audited).
pub(super) async fn record_change(
    uow: &UnitOfWork,
    actor: &Actor,
    plan: &ActionPlan,
    kind: PlanChangeKind,
    step: &ActionStep,
    (previous, current): (Dates, Dates),
    reason: Option<String>,
) -> ServiceResult<()> {
    if !plan.stage.replanning() {
        return Ok(());
    }
    let change = PlanChange {
        plan_id: plan.id,
        kind,
        step_id: Some(step.id),
        step_title: Some(step.title.clone()),
        previous,
        current,
        baseline_number: None,
        reason,
        by: actor.user_id(),
        at: Utc::now(),
    };
    repo::add_change(uow.txn(), &change).await?;
    Ok(())
}

/// Moves a step's dates at `expected_version`. In an agreed plan `reason` is required, the
/// baseline stays and the move is kept in the plan's change history.
pub async fn replan_step(
    db: &Database,
    actor: &Actor,
    id: ActionStepId,
    expected_version: i32,
    draft: ReplanDraft,
) -> ServiceResult<ActionStep> {
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let (plan, _, before) = step_for_edit(&uow, actor, id, Edit::Schedule).await?;
    let replan = draft.validate(plan.stage).map_err(ServiceError::Invalid)?;
    lock_for_edit(&uow, actor, &plan, Edit::Schedule).await?;
    let after = repo::replan_step(
        uow.txn(),
        &before,
        expected_version,
        replan.start,
        replan.end,
    )
    .await?;
    record_change(
        &uow,
        actor,
        &plan,
        PlanChangeKind::DatesChanged,
        &after,
        ((before.start, before.end), (after.start, after.end)),
        replan.reason,
    )
    .await?;
    uow.updated("replanActionStep", &before, &after).await?;
    uow.commit().await?;
    Ok(after)
}

/// Sets the next baseline of an agreed (ADOPTED or IMPLEMENTING) plan from its steps'
/// current dates, at the plan's `expected_version`; earlier baselines are kept.
pub async fn set_baseline(
    db: &Database,
    actor: &Actor,
    id: ActionPlanId,
    expected_version: i32,
    note: Option<String>,
) -> ServiceResult<ActionPlan> {
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = repo::find(uow.txn(), id)
        .await?
        .ok_or_else(|| missing(actor, "actionPlanId"))?;
    authorize(
        actor,
        Action::SetPlanBaseline {
            owner: before.organisation_id,
        },
    )?;
    let note = parse_optional("note", note.as_deref(), MAX_NOTE)?;
    if !matches!(before.stage, PlanStage::Adopted | PlanStage::Implementing) {
        return Err(ValidationError::new(
            "actionPlanId",
            "NOT_AGREED",
            "Only an adopted or implementing plan gets a new baseline.",
        )
        .with("stage", before.stage.code())
        .into());
    }
    // Raising the version locks the plan row, so no stage change or step edit lands between
    // the dates read and the snapshot taken.
    repo::bump_plan(uow.txn(), id, expected_version, None).await?;
    let at = Utc::now();
    let baseline = repo::set_baseline(uow.txn(), id, actor.user_id(), at, note).await?;
    repo::add_change(uow.txn(), &baseline.change()).await?;
    let after = repo::find(uow.txn(), id)
        .await?
        .ok_or_else(|| missing(actor, "actionPlanId"))?;
    uow.updated("setPlanBaseline", &before, &after).await?;
    uow.commit().await?;
    Ok(after)
}
