//! Notifications: written by the services of the changes that cause them, inside their unit of
//! work (a rolled-back change tells nobody), to the recipients the policy picks; read and
//! marked read by their recipient only.

use chrono::{DateTime, Utc};
use mega_domain::action_plan::ActionPlan;
use mega_domain::notification::{NewNotification, Notification, NotificationTarget};
use mega_domain::policy::notifications::{Occurrence, recipients};
use mega_domain::{
    Action, Actor, Denial, FeedbackTarget, NotificationId, Page, PageRequest, UserId,
    WorkingGroupId, authorize,
};
use mega_persistence::{
    ConnectionTrait, Database, action_plans as plan_repo, monitoring as report_repo,
    notifications as repo, proposed_actions,
};
use serde::Serialize;

use super::action_plans::groups_in;
use super::unit_of_work::UnitOfWork;
use super::{ServiceError, ServiceResult};

/// Writes, in `uow`, each notification to the recipients the policy picks for its
/// occurrence. A user picked by an earlier pair is not told again by a later one (a reply to
/// one's comment on one's own plan is one notification).
pub async fn notify(
    uow: &UnitOfWork,
    actor: &Actor,
    told: &[(Occurrence<'_>, NewNotification)],
) -> ServiceResult<()> {
    let candidates = repo::candidates(uow.txn()).await?;
    let mut already: Vec<UserId> = Vec::new();
    let now = Utc::now();
    for (occurrence, notification) in told {
        let mut to = recipients(actor, &candidates, occurrence);
        to.retain(|user| !already.contains(user));
        repo::insert_for(uow.txn(), &to, actor.user_id(), notification, now).await?;
        already.extend(to);
    }
    Ok(())
}

/// What reading a plan takes, with the facts read through `conn`.
pub struct PlanFacts {
    /// The plan.
    pub plan: ActionPlan,
    /// The groups of its actions' thematic areas.
    pub groups: Vec<WorkingGroupId>,
}

impl PlanFacts {
    /// Loads the plan `plan` and its groups.
    pub async fn load(
        conn: &impl ConnectionTrait,
        plan: mega_domain::ActionPlanId,
    ) -> ServiceResult<Self> {
        let found = plan_repo::find(conn, plan)
            .await?
            .ok_or(ServiceError::NotFound("actionPlanId"))?;
        let groups = groups_in(conn, &[plan])
            .await?
            .remove(&plan)
            .unwrap_or_default();
        Ok(Self {
            plan: found,
            groups,
        })
    }

    /// `ReadActionPlan` of this plan.
    pub fn read(&self) -> Action<'_> {
        Action::ReadActionPlan {
            owner: self.plan.organisation_id,
            published: self.plan.stage.published(),
            groups: &self.groups,
        }
    }
}

/// Where feedback on `target` links to, and the plan whose readers may read it (none for a
/// proposed action, read by everyone signed in).
pub async fn feedback_place(
    conn: &impl ConnectionTrait,
    target: FeedbackTarget,
) -> ServiceResult<(NotificationTarget, Option<PlanFacts>)> {
    let missing = || ServiceError::Internal("feedback target vanished".into());
    Ok(match target {
        FeedbackTarget::ProposedAction(id) => {
            let action = proposed_actions::find(conn, id)
                .await?
                .ok_or_else(missing)?;
            (
                NotificationTarget::ProposedAction {
                    id,
                    group: action.working_group_id,
                },
                None,
            )
        }
        FeedbackTarget::ActionPlan(plan) => (
            NotificationTarget::ActionPlan { plan },
            Some(PlanFacts::load(conn, plan).await?),
        ),
        FeedbackTarget::Action(id) => {
            let action = plan_repo::find_action(conn, id)
                .await?
                .ok_or_else(missing)?;
            (
                NotificationTarget::ActionPlan {
                    plan: action.plan_id,
                },
                Some(PlanFacts::load(conn, action.plan_id).await?),
            )
        }
        FeedbackTarget::ProgressReport(id) => {
            let report = report_repo::find_report(conn, id)
                .await?
                .ok_or_else(missing)?;
            (
                NotificationTarget::ProgressReport {
                    id,
                    plan: report.plan_id,
                    step: report.step_id,
                },
                Some(PlanFacts::load(conn, report.plan_id).await?),
            )
        }
    })
}

fn me(actor: &Actor) -> ServiceResult<UserId> {
    authorize(actor, Action::ReadNetwork)?;
    actor
        .user_id()
        .ok_or(ServiceError::Denied(Denial::Unauthenticated))
}

/// The caller's notifications, newest first (only unread ones with `unread_only`).
pub async fn page(
    db: &Database,
    actor: &Actor,
    unread_only: bool,
    request: PageRequest,
) -> ServiceResult<Page<Notification>> {
    let recipient = me(actor)?;
    authorize(actor, Action::ManageOwnNotifications { recipient })?;
    Ok(repo::page(db.conn(), recipient, unread_only, request).await?)
}

/// How many of the caller's notifications are unread.
pub async fn unread_count(db: &Database, actor: &Actor) -> ServiceResult<u64> {
    let recipient = me(actor)?;
    authorize(actor, Action::ManageOwnNotifications { recipient })?;
    Ok(repo::unread_count(db.conn(), recipient).await?)
}

/// One notification, if it is the caller's.
pub async fn find(
    db: &Database,
    actor: &Actor,
    id: NotificationId,
) -> ServiceResult<Option<Notification>> {
    let Some(found) = repo::find(db.conn(), id).await? else {
        return Ok(None);
    };
    let mine = authorize(
        actor,
        Action::ManageOwnNotifications {
            recipient: found.recipient_id,
        },
    )
    .is_ok();
    Ok(mine.then_some(found))
}

/// Marks one of the caller's notifications read. Someone else's is `NOT_FOUND` on `id`, as
/// if it did not exist; one read already keeps the time it was first read.
pub async fn mark_read(
    db: &Database,
    actor: &Actor,
    id: NotificationId,
) -> ServiceResult<Notification> {
    me(actor)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = repo::find(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    if authorize(
        actor,
        Action::ManageOwnNotifications {
            recipient: before.recipient_id,
        },
    )
    .is_err()
    {
        return Err(ServiceError::NotFound("id"));
    }
    repo::mark_read(uow.txn(), id, Utc::now()).await?;
    let after = repo::find(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    uow.updated("markNotificationRead", &before, &after).await?;
    uow.commit().await?;
    Ok(after)
}

/// The audit snapshot of `markAllNotificationsRead`.
#[derive(Serialize)]
struct MarkedRead {
    recipient_id: UserId,
    up_to: Option<DateTime<Utc>>,
    marked: u64,
}

/// Marks the caller's unread notifications read (those written at or before `up_to`, when
/// given: the moment the caller saw the list); returns how many were unread.
pub async fn mark_all_read(
    db: &Database,
    actor: &Actor,
    up_to: Option<DateTime<Utc>>,
) -> ServiceResult<u64> {
    let recipient = me(actor)?;
    authorize(actor, Action::ManageOwnNotifications { recipient })?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let marked = repo::mark_all_read(uow.txn(), recipient, up_to, Utc::now()).await?;
    // The audit log's entity is the recipient's notifications as a whole (no one id).
    uow.record(
        "markAllNotificationsRead",
        "Notification",
        0,
        None::<&()>,
        Some(&MarkedRead {
            recipient_id: recipient,
            up_to,
            marked,
        }),
    )
    .await?;
    uow.commit().await?;
    Ok(marked)
}
