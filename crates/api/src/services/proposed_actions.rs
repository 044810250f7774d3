//! Proposed actions ("ask the expert") and the feedback threads on them, on action plans,
//! their actions and progress reports.

use chrono::Utc;
use mega_domain::notification::{NewNotification, NotificationKind, excerpt};
use mega_domain::policy::notifications::Occurrence;
use mega_domain::proposed_action::{
    FeedbackDraft, ProposedActionDraft, ProposedActionFields, check_parent, check_presenter,
};
use mega_domain::webhook::WebhookEvent;
use mega_domain::{
    Action, Actor, Denial, Feedback, FeedbackKind, FeedbackTarget, NodeId, OrganisationId,
    ProposedAction, ProposedActionId, ThematicAreaId, ValidationError, WorkingGroupId, authorize,
};
use mega_persistence::{
    ConnectionTrait, Database, action_plans as plan_repo, feedback, monitoring as report_repo,
    organisations, proposed_actions as repo, working_groups,
};
use serde_json::json;

use super::action_plans as plans;
use super::notifications::{self, PlanFacts};
use super::unit_of_work::UnitOfWork;
use super::{ServiceError, ServiceResult};

/// `fields` of an action `presenter` presents: the group must exist and the presenter be
/// one of its members.
async fn check_group(
    conn: &impl ConnectionTrait,
    presenter: OrganisationId,
    fields: &ProposedActionFields,
) -> ServiceResult<()> {
    let group = fields.working_group_id;
    working_groups::find(conn, group)
        .await?
        .ok_or(ServiceError::NotFound("workingGroupId"))?;
    let members = working_groups::memberships_of_groups(conn, &[group]).await?;
    check_presenter(&members, presenter)?;
    Ok(())
}

/// Proposes an action of `organisation` to a working group.
pub async fn create(
    db: &Database,
    actor: &Actor,
    organisation: OrganisationId,
    draft: ProposedActionDraft,
) -> ServiceResult<ProposedAction> {
    authorize(
        actor,
        Action::EditProposedAction {
            owner: organisation,
        },
    )?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    if organisations::find_by_ids(uow.txn(), &[organisation])
        .await?
        .is_empty()
    {
        return Err(ServiceError::NotFound("organisationId"));
    }
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    check_group(uow.txn(), organisation, &fields).await?;
    let action = repo::create(uow.txn(), organisation, fields, Utc::now()).await?;
    uow.created("createProposedAction", &action).await?;
    uow.commit().await?;
    Ok(action)
}

/// Replaces a proposed action's fields; its organisation stays.
pub async fn update(
    db: &Database,
    actor: &Actor,
    id: ProposedActionId,
    draft: ProposedActionDraft,
) -> ServiceResult<ProposedAction> {
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = repo::find(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    authorize(
        actor,
        Action::EditProposedAction {
            owner: before.organisation_id,
        },
    )?;
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    check_group(uow.txn(), before.organisation_id, &fields).await?;
    let after = repo::update(uow.txn(), id, fields).await?;
    uow.updated("updateProposedAction", &before, &after).await?;
    uow.commit().await?;
    Ok(after)
}

/// Deletes a proposed action with its feedback threads; returns it as it was. Refused
/// (`IN_USE`) while a plan action grew from it: the plan keeps its origin.
pub async fn delete(
    db: &Database,
    actor: &Actor,
    id: ProposedActionId,
) -> ServiceResult<ProposedAction> {
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = repo::find(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    authorize(
        actor,
        Action::EditProposedAction {
            owner: before.organisation_id,
        },
    )?;
    if repo::plan_actions_from(uow.txn(), id).await? > 0 {
        return Err(ServiceError::Invalid(vec![ValidationError::new(
            "id",
            "IN_USE",
            "A plan action grew from this proposed action; it stays as the action's origin.",
        )]));
    }
    repo::delete(uow.txn(), id).await?;
    uow.removed("deleteProposedAction", &before).await?;
    uow.commit().await?;
    Ok(before)
}

/// The working groups of thematic area `area` (none without an area): their leading
/// members and invited experts give feedback on what concerns the area.
async fn groups_of_area(
    conn: &impl ConnectionTrait,
    area: Option<ThematicAreaId>,
) -> ServiceResult<Vec<WorkingGroupId>> {
    let Some(area) = area else {
        return Ok(Vec::new());
    };
    Ok(plan_repo::group_areas(conn)
        .await?
        .into_iter()
        .filter(|(_, a)| *a == area)
        .map(|(group, _)| group)
        .collect())
}

/// The groups where `organisation` is a learning member (whose leading members and invited
/// experts assess its actions).
async fn learns_in(
    conn: &impl mega_persistence::ConnectionTrait,
    organisation: OrganisationId,
) -> ServiceResult<Vec<WorkingGroupId>> {
    let memberships =
        mega_persistence::working_groups::memberships_of_organisations(conn, &[organisation])
            .await?;
    Ok(mega_domain::working_group::learning_groups(&memberships))
}

/// Decides whether `actor` may add feedback of `kind` to `target`'s thread (one decision:
/// whoever may give feedback on a plan may read it); returns the organisation the thread
/// concerns. The facts are read through `uow`, or through `db` where a rule of action plans
/// answers them.
async fn authorize_feedback(
    db: &Database,
    uow: &UnitOfWork,
    actor: &Actor,
    target: FeedbackTarget,
    kind: FeedbackKind,
) -> ServiceResult<OrganisationId> {
    let conn = uow.txn();
    let owner = match target {
        FeedbackTarget::ProposedAction(id) => {
            let action = repo::find(conn, id)
                .await?
                .ok_or(ServiceError::NotFound("proposedActionId"))?;
            let presenter_learns = learns_in(conn, action.organisation_id)
                .await?
                .contains(&action.working_group_id);
            authorize(
                actor,
                Action::GiveFeedback {
                    group: action.working_group_id,
                    presenter: action.organisation_id,
                    presenter_learns,
                    kind,
                },
            )?;
            action.organisation_id
        }
        FeedbackTarget::ActionPlan(id) => {
            let plan = plan_repo::find(conn, id)
                .await?
                .ok_or(ServiceError::NotFound("actionPlanId"))?;
            // Feedback on a plan concerns the groups of all its actions' areas.
            let groups = plans::groups_of_plans(db, &[id])
                .await?
                .remove(&id)
                .unwrap_or_default();
            let owner_learns_in = learns_in(conn, plan.organisation_id).await?;
            authorize(
                actor,
                Action::GiveFeedbackOnPlan {
                    groups: &groups,
                    owner_learns_in: &owner_learns_in,
                    owner: plan.organisation_id,
                    kind,
                },
            )?;
            plan.organisation_id
        }
        FeedbackTarget::Action(id) => {
            let action = plan_repo::find_action(conn, id)
                .await?
                .ok_or(ServiceError::NotFound("actionId"))?;
            let plan = plan_repo::find(conn, action.plan_id)
                .await?
                .ok_or(ServiceError::NotFound("actionId"))?;
            // Feedback on one action concerns the groups of that action's area only.
            let groups = groups_of_area(conn, action.thematic_area_id).await?;
            let owner_learns_in = learns_in(conn, plan.organisation_id).await?;
            authorize(
                actor,
                Action::GiveFeedbackOnPlan {
                    groups: &groups,
                    owner_learns_in: &owner_learns_in,
                    owner: plan.organisation_id,
                    kind,
                },
            )?;
            plan.organisation_id
        }
        FeedbackTarget::ProgressReport(id) => {
            let missing = || ServiceError::NotFound("progressReportId");
            let report = report_repo::find_report(conn, id)
                .await?
                .ok_or_else(missing)?;
            let step = plan_repo::find_step(conn, report.step_id)
                .await?
                .ok_or_else(missing)?;
            let action = plan_repo::find_action(conn, step.action_id)
                .await?
                .ok_or_else(missing)?;
            // Feedback on a report concerns the groups of its step's action only.
            let groups = groups_of_area(conn, action.thematic_area_id).await?;
            let owner_learns_in = learns_in(conn, report.organisation_id).await?;
            let decision = authorize(
                actor,
                Action::GiveFeedbackOnPlan {
                    groups: &groups,
                    owner_learns_in: &owner_learns_in,
                    owner: report.organisation_id,
                    kind,
                },
            );
            if let Err(denial) = decision {
                // A report on a plan the actor may not read is not there for it.
                let plan = plan_repo::find(conn, report.plan_id).await?;
                return Err(match plan {
                    Some(plan) if plans::may_read(db, actor, &plan).await? => denial.into(),
                    _ => missing(),
                });
            }
            report.organisation_id
        }
    };
    Ok(owner)
}

/// Whether `actor` may read `item`: feedback on proposed actions is read by everyone signed
/// in; feedback on a plan or one of its actions only by those who may read the plan.
pub async fn may_read_feedback(
    db: &Database,
    actor: &Actor,
    item: &Feedback,
) -> ServiceResult<bool> {
    authorize(actor, Action::ReadNetwork)?;
    let plan = match item.target {
        FeedbackTarget::ProposedAction(_) => return Ok(true),
        FeedbackTarget::ActionPlan(id) => id,
        FeedbackTarget::Action(id) => match plan_repo::find_action(db.conn(), id).await? {
            Some(action) => action.plan_id,
            None => return Ok(false),
        },
        FeedbackTarget::ProgressReport(id) => {
            match report_repo::find_report(db.conn(), id).await? {
                Some(report) => report.plan_id,
                None => return Ok(false),
            }
        }
    };
    match plan_repo::find(db.conn(), plan).await? {
        Some(plan) => plans::may_read(db, actor, &plan).await,
        None => Ok(false),
    }
}

/// Adds feedback to a thread on a proposed action, an action plan, one of its actions or a
/// progress report. Leading members and invited experts of the groups concerned and the
/// coordinator give any kind; the presenting or owning organisation asks and replies.
pub async fn add_feedback(
    db: &Database,
    actor: &Actor,
    draft: FeedbackDraft,
) -> ServiceResult<Feedback> {
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let owner = authorize_feedback(db, &uow, actor, draft.target, draft.kind).await?;
    let author = actor
        .user_id()
        .ok_or(ServiceError::Denied(Denial::Unauthenticated))?;
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    let parent = match fields.parent_id {
        Some(id) => Some(
            feedback::find(uow.txn(), id)
                .await?
                .ok_or(ServiceError::NotFound("parentId"))?,
        ),
        None => None,
    };
    check_parent(fields.target, parent.as_ref())?;
    let target = fields.target;
    let added = feedback::add(uow.txn(), author, fields, Utc::now()).await?;
    uow.created("addFeedback", &added).await?;
    let (place, plan) = notifications::feedback_place(uow.txn(), target).await?;
    let read = plan.as_ref().map_or(Action::ReadNetwork, PlanFacts::read);
    let told = |kind| NewNotification {
        kind,
        target: place,
        feedback_id: Some(added.id),
        excerpt: Some(excerpt(&added.body)),
    };
    let reply = Occurrence {
        addressee: parent.as_ref().map(|p| p.author_id),
        ..Occurrence::new(NotificationKind::ReplyToMyComment, read)
    };
    let on_mine = Occurrence {
        owner: Some(owner),
        ..Occurrence::new(NotificationKind::FeedbackOnMine, read)
    };
    notifications::notify(
        &uow,
        actor,
        &[
            (reply, told(NotificationKind::ReplyToMyComment)),
            (on_mine, told(NotificationKind::FeedbackOnMine)),
        ],
    )
    .await?;
    uow.emit(
        WebhookEvent::FeedbackAdded,
        &[owner],
        json!({
            "feedbackId": added.id.global_id(),
            "targetId": target.global_id(),
            "kind": added.kind.code(),
            "organisationId": owner.global_id(),
        }),
    )
    .await?;
    uow.commit().await?;
    Ok(added)
}
