//! Feedback after it is written: its author corrects or deletes it (the coordinator
//! moderates), and a thread is marked resolved or opened again by whoever started it, the
//! organisation it is about or the coordinator.

use chrono::Utc;
use mega_domain::proposed_action::{Resolution, parse_body};
use mega_domain::{
    Action, Actor, Denial, Feedback, FeedbackId, FeedbackTarget, OrganisationId, ValidationError,
    authorize,
};
use mega_persistence::{
    ConnectionTrait, Database, action_plans as plan_repo, feedback, monitoring as report_repo,
    proposed_actions,
};

use super::proposed_actions::may_read_feedback;
use super::unit_of_work::UnitOfWork;
use super::{ServiceError, ServiceResult};

/// The organisation a thread is about: the presenter of a proposed action, the owner of a
/// plan, of an action's plan, or the reporting organisation.
pub async fn thread_owner(
    conn: &impl ConnectionTrait,
    target: FeedbackTarget,
) -> ServiceResult<Option<OrganisationId>> {
    Ok(match target {
        FeedbackTarget::ProposedAction(id) => proposed_actions::find(conn, id)
            .await?
            .map(|action| action.organisation_id),
        FeedbackTarget::ActionPlan(id) => plan_repo::find(conn, id)
            .await?
            .map(|plan| plan.organisation_id),
        FeedbackTarget::Action(id) => match plan_repo::find_action(conn, id).await? {
            Some(action) => plan_repo::find(conn, action.plan_id)
                .await?
                .map(|plan| plan.organisation_id),
            None => None,
        },
        FeedbackTarget::ProgressReport(id) => report_repo::find_report(conn, id)
            .await?
            .map(|report| report.organisation_id),
    })
}

/// Loads a feedback the actor may read (another's unreadable feedback is not there for it).
async fn load_readable(
    db: &Database,
    uow: &UnitOfWork,
    actor: &Actor,
    id: FeedbackId,
) -> ServiceResult<Feedback> {
    let item = feedback::find(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    if !may_read_feedback(db, actor, &item).await? {
        return Err(ServiceError::NotFound("id"));
    }
    Ok(item)
}

/// Replaces a feedback's text; `editedAt` tells readers it was corrected.
pub async fn update(
    db: &Database,
    actor: &Actor,
    id: FeedbackId,
    body: &str,
) -> ServiceResult<Feedback> {
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = load_readable(db, &uow, actor, id).await?;
    authorize(
        actor,
        Action::EditFeedback {
            author: before.author_id,
        },
    )?;
    let body = parse_body(body).map_err(|problem| ServiceError::Invalid(vec![problem]))?;
    let after = feedback::update_body(uow.txn(), id, body, Utc::now()).await?;
    uow.updated("updateFeedback", &before, &after).await?;
    uow.commit().await?;
    Ok(after)
}

/// Deletes a feedback; a top-level one takes its replies with it. Returns it as it was.
pub async fn delete(db: &Database, actor: &Actor, id: FeedbackId) -> ServiceResult<Feedback> {
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = load_readable(db, &uow, actor, id).await?;
    authorize(
        actor,
        Action::EditFeedback {
            author: before.author_id,
        },
    )?;
    feedback::delete(uow.txn(), id).await?;
    uow.removed("deleteFeedback", &before).await?;
    uow.commit().await?;
    Ok(before)
}

/// Marks a thread (a top-level feedback) resolved, or open again with `resolved: false`.
pub async fn resolve(
    db: &Database,
    actor: &Actor,
    id: FeedbackId,
    resolved: bool,
) -> ServiceResult<Feedback> {
    let by = actor
        .user_id()
        .ok_or(ServiceError::Denied(Denial::Unauthenticated))?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = load_readable(db, &uow, actor, id).await?;
    let owner = thread_owner(uow.txn(), before.target)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    authorize(
        actor,
        Action::ResolveFeedbackThread {
            author: before.author_id,
            owner,
        },
    )?;
    if before.parent_id.is_some() {
        return Err(ServiceError::Invalid(vec![ValidationError::new(
            "id",
            "NOT_A_THREAD",
            "Only a thread's first feedback is resolved, not a reply.",
        )]));
    }
    let resolution = resolved.then(|| Resolution { by, at: Utc::now() });
    let after = feedback::set_resolution(uow.txn(), id, resolution).await?;
    uow.updated("resolveFeedbackThread", &before, &after)
        .await?;
    uow.commit().await?;
    Ok(after)
}
