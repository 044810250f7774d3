//! A plan's life: creating it (DRAFT) and moving it through its stages, with the plan rules
//! enforced on entering SUBMITTED and ADOPTED.

use chrono::Utc;
use mega_domain::action_plan::{ActionPlan, ActionPlanId, PlanStage};
use mega_domain::event::parse_optional;
use mega_domain::notification::{NewNotification, NotificationKind, NotificationTarget, excerpt};
use mega_domain::policy::notifications::Occurrence;
use mega_domain::webhook::WebhookEvent;
use mega_domain::{Action, Actor, NodeId, OrganisationId, ValidationError, authorize};
use mega_persistence::{Database, action_plans as repo, organisations};
use serde_json::json;

use super::missing;
use super::read::{authorize_read, broken_rules};
use crate::services::notifications::{self, PlanFacts};
use crate::services::unit_of_work::UnitOfWork;
use crate::services::{ServiceError, ServiceResult, conflict_as};

/// Longest comment of a stage change.
const MAX_COMMENT: usize = 2_000;

/// Creates an organisation's (empty, DRAFT) plan; one per organisation.
pub async fn create(
    db: &Database,
    actor: &Actor,
    organisation: OrganisationId,
) -> ServiceResult<ActionPlan> {
    authorize(
        actor,
        Action::EditActionPlan {
            owner: organisation,
            editable_by_owner: true,
        },
    )?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    if organisations::find_by_ids(uow.txn(), &[organisation])
        .await?
        .is_empty()
    {
        return Err(ServiceError::NotFound("organisationId"));
    }
    let plan = repo::create(
        uow.txn(),
        organisation,
        PlanStage::Draft,
        actor.user_id(),
        Utc::now(),
        None,
    )
    .await
    .map_err(conflict_as(
        "organisationId",
        "The organisation has an action plan already.",
    ))?;
    uow.created("createActionPlan", &plan).await?;
    uow.commit().await?;
    Ok(plan)
}

/// Moves a plan to `to` at `expected_version`: a valid edge of the stage machine (else
/// `INVALID_TRANSITION`), made by whom the policy allows, with every plan rule met when
/// entering SUBMITTED or ADOPTED. The first adoption sets baseline 1; a re-adoption keeps the
/// baseline unless `rebaseline` asks for a new one.
pub async fn transition(
    db: &Database,
    actor: &Actor,
    id: ActionPlanId,
    to: PlanStage,
    expected_version: i32,
    comment: Option<String>,
    rebaseline: bool,
) -> ServiceResult<ActionPlan> {
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = repo::find(uow.txn(), id)
        .await?
        .ok_or_else(|| missing(actor, "id"))?;
    if before.stage.check_transition(to).is_err() {
        // Only readers of the plan learn that it is in a stage without this edge; nobody
        // may take a move that is no edge, so reading is the decision here.
        authorize_read(uow.txn(), actor, &before).await?;
        parse_optional("comment", comment.as_deref(), MAX_COMMENT)?;
        return Err(ValidationError::new(
            "to",
            "INVALID_TRANSITION",
            format!(
                "A plan cannot move from {} to {}.",
                before.stage.code(),
                to.code()
            ),
        )
        .with("from", before.stage.code())
        .with("to", to.code())
        .into());
    }
    authorize(
        actor,
        Action::TransitionActionPlan {
            owner: before.organisation_id,
            by_owner: before.stage.member_may_transition(to),
        },
    )?;
    let comment = parse_optional("comment", comment.as_deref(), MAX_COMMENT)?;
    if before.version != expected_version {
        return Err(ServiceError::Stale);
    }
    // The version bump locks the plan row, and content edits lock the same row
    // (`lock_for_edit`), so the rules below see every action committed before this stage
    // change and none can be added or removed until it commits.
    let note = comment.clone();
    let (after, baseline) = repo::transition(
        uow.txn(),
        &before,
        expected_version,
        to,
        actor.user_id(),
        comment,
        rebaseline,
    )
    .await?;
    if let Some(baseline) = baseline {
        repo::add_change(uow.txn(), &baseline.change()).await?;
    }
    if to.enforces_rules() {
        let actions = repo::actions_of_plans(uow.txn(), &[id]).await?;
        let broken = broken_rules(uow.txn(), before.organisation_id, &actions).await?;
        if !broken.is_empty() {
            uow.rollback().await?;
            return Err(ServiceError::Invalid(broken));
        }
    }
    uow.updated("transitionActionPlan", &before, &after).await?;
    if let Some(kind) = NotificationKind::of_plan_transition(before.stage, after.stage) {
        let plan = PlanFacts::load(uow.txn(), id).await?;
        let occurrence = Occurrence {
            owner: Some(before.organisation_id),
            ..Occurrence::new(kind, plan.read())
        };
        let told = NewNotification {
            kind,
            target: NotificationTarget::ActionPlan { plan: id },
            feedback_id: None,
            excerpt: note.as_deref().map(excerpt),
        };
        notifications::notify(&uow, actor, &[(occurrence, told)]).await?;
    }
    uow.emit(
        WebhookEvent::PlanStageChanged,
        &[before.organisation_id],
        json!({
            "actionPlanId": id.global_id(),
            "organisationId": before.organisation_id.global_id(),
            "from": before.stage.code(),
            "to": after.stage.code(),
        }),
    )
    .await?;
    uow.commit().await?;
    Ok(after)
}
