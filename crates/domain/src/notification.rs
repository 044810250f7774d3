//! Notifications: a user is told, inside the application, that something happened that
//! concerns them. Each is written in the transaction of the change that caused it; who is told
//! is decided by the policy ([`crate::policy::notifications`]).

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::action_plan::{ActionPlanId, ActionStepId, PlanStage};
use crate::codes::codes;
use crate::{
    CoordinationCallId, FeedbackId, NodeId, NotificationId, ProgressReportId, ProposedActionId,
    UserId, WebhookId, WorkingGroupId,
};

/// Why a user is told.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum NotificationKind {
    /// Feedback was given on something of the recipient's organisation (a proposed action, its
    /// plan, one of its actions or a progress report).
    FeedbackOnMine,
    /// Someone replied to the recipient's comment.
    ReplyToMyComment,
    /// A progress report awaits the recipient's feedback (leading members of the groups
    /// concerned).
    ReportAwaitingFeedback,
    /// A plan was submitted for review (coordinators).
    PlanSubmitted,
    /// The recipient's organisation's plan was adopted.
    PlanAdopted,
    /// The recipient's organisation's adopted (or later) plan was reopened as a draft.
    PlanReopened,
    /// The recipient's organisation's submitted plan was sent back to draft.
    PlanBackToDraft,
    /// A coordination call of the recipient's group was scheduled.
    CallScheduled,
    /// A coordination call of the recipient's group changed.
    CallChanged,
    /// A coordination call of the recipient's group was cancelled.
    CallCancelled,
    /// The recipient was invited to a working group as an expert.
    InvitedAsExpert,
    /// A step of the recipient's organisation's plan passed its end without being done (told
    /// once per step, by the scheduled check).
    StepLate,
    /// A webhook the recipient registered gave up a delivery after every retry (told once
    /// per failing streak, by the scheduled check).
    WebhookFailing,
    /// A coordination call of a group where the recipient's organisation learns is at most
    /// [`REPORT_DUE_DAYS`] days away and its progress report for it is missing (told once
    /// per call, by the scheduled check).
    ReportDue,
}

/// How many days before a coordination call a missing progress report is told.
pub const REPORT_DUE_DAYS: i64 = 7;

codes!(NotificationKind {
    FeedbackOnMine => "FEEDBACK_ON_MINE",
    ReplyToMyComment => "REPLY_TO_MY_COMMENT",
    ReportAwaitingFeedback => "REPORT_AWAITING_FEEDBACK",
    PlanSubmitted => "PLAN_SUBMITTED",
    PlanAdopted => "PLAN_ADOPTED",
    PlanReopened => "PLAN_REOPENED",
    PlanBackToDraft => "PLAN_BACK_TO_DRAFT",
    CallScheduled => "CALL_SCHEDULED",
    CallChanged => "CALL_CHANGED",
    CallCancelled => "CALL_CANCELLED",
    InvitedAsExpert => "INVITED_AS_EXPERT",
    StepLate => "STEP_LATE",
    WebhookFailing => "WEBHOOK_FAILING",
    ReportDue => "REPORT_DUE",
});

impl NotificationKind {
    /// What the stage change of a plan from `from` to `to` tells, if anything: submitting
    /// tells the coordinators; adopting, reopening and sending back tell the organisation.
    pub fn of_plan_transition(from: PlanStage, to: PlanStage) -> Option<Self> {
        match (from, to) {
            (_, PlanStage::Submitted) => Some(Self::PlanSubmitted),
            (_, PlanStage::Adopted) => Some(Self::PlanAdopted),
            (PlanStage::Submitted, PlanStage::Draft) => Some(Self::PlanBackToDraft),
            (_, PlanStage::Draft) => Some(Self::PlanReopened),
            _ => None,
        }
    }
}

/// The exact place a notification links to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum NotificationTarget {
    /// A proposed action, shown on its working group's page.
    ProposedAction {
        /// The action.
        id: ProposedActionId,
        /// Its group.
        group: WorkingGroupId,
    },
    /// An action plan (its own thread or one of its actions').
    ActionPlan {
        /// The plan.
        plan: ActionPlanId,
    },
    /// A progress report, shown with its thread at its step on the plan's page.
    ProgressReport {
        /// The report.
        id: ProgressReportId,
        /// Its plan.
        plan: ActionPlanId,
        /// Its step.
        step: ActionStepId,
    },
    /// A coordination call, shown on its working group's page.
    CoordinationCall {
        /// The call (gone when it was cancelled).
        id: CoordinationCallId,
        /// Its group.
        group: WorkingGroupId,
    },
    /// A working group.
    WorkingGroup {
        /// The group.
        group: WorkingGroupId,
    },
    /// A webhook, shown on the webhooks page.
    Webhook {
        /// The webhook.
        id: WebhookId,
    },
    /// A step, shown at its place on its plan's page.
    ActionStep {
        /// Its plan.
        plan: ActionPlanId,
        /// The step.
        step: ActionStepId,
    },
}

codes!(TargetType {
    ProposedAction => "PROPOSED_ACTION",
    ActionPlan => "ACTION_PLAN",
    ProgressReport => "PROGRESS_REPORT",
    CoordinationCall => "COORDINATION_CALL",
    WorkingGroup => "WORKING_GROUP",
    ActionStep => "ACTION_STEP",
    Webhook => "WEBHOOK",
});

/// The kind of a [`NotificationTarget`], as stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetType {
    /// [`NotificationTarget::ProposedAction`].
    ProposedAction,
    /// [`NotificationTarget::ActionPlan`].
    ActionPlan,
    /// [`NotificationTarget::ProgressReport`].
    ProgressReport,
    /// [`NotificationTarget::CoordinationCall`].
    CoordinationCall,
    /// [`NotificationTarget::WorkingGroup`].
    WorkingGroup,
    /// [`NotificationTarget::ActionStep`].
    ActionStep,
    /// [`NotificationTarget::Webhook`].
    Webhook,
}

/// A target as stored: its type, its own id, and the ids of the plan, step or group that
/// locate it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StoredTarget {
    /// The target's own raw id.
    pub id: i32,
    /// The plan locating it.
    pub plan: Option<i32>,
    /// The step locating it.
    pub step: Option<i32>,
    /// The group locating it.
    pub group: Option<i32>,
}

impl NotificationTarget {
    /// Its type and stored ids.
    pub fn stored(self) -> (TargetType, StoredTarget) {
        match self {
            Self::ProposedAction { id, group } => (
                TargetType::ProposedAction,
                StoredTarget {
                    id: id.0,
                    group: Some(group.0),
                    ..StoredTarget::default()
                },
            ),
            Self::ActionPlan { plan } => (
                TargetType::ActionPlan,
                StoredTarget {
                    id: plan.0,
                    plan: Some(plan.0),
                    ..StoredTarget::default()
                },
            ),
            Self::ProgressReport { id, plan, step } => (
                TargetType::ProgressReport,
                StoredTarget {
                    id: id.0,
                    plan: Some(plan.0),
                    step: Some(step.0),
                    group: None,
                },
            ),
            Self::CoordinationCall { id, group } => (
                TargetType::CoordinationCall,
                StoredTarget {
                    id: id.0,
                    group: Some(group.0),
                    ..StoredTarget::default()
                },
            ),
            Self::WorkingGroup { group } => (
                TargetType::WorkingGroup,
                StoredTarget {
                    id: group.0,
                    group: Some(group.0),
                    ..StoredTarget::default()
                },
            ),
            Self::Webhook { id } => (
                TargetType::Webhook,
                StoredTarget {
                    id: id.0,
                    ..StoredTarget::default()
                },
            ),
            Self::ActionStep { plan, step } => (
                TargetType::ActionStep,
                StoredTarget {
                    id: step.0,
                    plan: Some(plan.0),
                    step: Some(step.0),
                    group: None,
                },
            ),
        }
    }

    /// The target back from its stored form; `None` when the ids it needs are missing.
    pub fn from_stored(ty: TargetType, stored: StoredTarget) -> Option<Self> {
        Some(match ty {
            TargetType::ProposedAction => Self::ProposedAction {
                id: ProposedActionId(stored.id),
                group: WorkingGroupId(stored.group?),
            },
            TargetType::ActionPlan => Self::ActionPlan {
                plan: ActionPlanId(stored.id),
            },
            TargetType::ProgressReport => Self::ProgressReport {
                id: ProgressReportId(stored.id),
                plan: ActionPlanId(stored.plan?),
                step: ActionStepId(stored.step?),
            },
            TargetType::CoordinationCall => Self::CoordinationCall {
                id: CoordinationCallId(stored.id),
                group: WorkingGroupId(stored.group?),
            },
            TargetType::WorkingGroup => Self::WorkingGroup {
                group: WorkingGroupId(stored.id),
            },
            TargetType::Webhook => Self::Webhook {
                id: WebhookId(stored.id),
            },
            TargetType::ActionStep => Self::ActionStep {
                plan: ActionPlanId(stored.plan?),
                step: ActionStepId(stored.id),
            },
        })
    }

    /// The global ID of the object the notification is about.
    pub fn subject_id(self) -> String {
        match self {
            Self::ProposedAction { id, .. } => id.global_id(),
            Self::ActionPlan { plan } => plan.global_id(),
            Self::ProgressReport { id, .. } => id.global_id(),
            Self::CoordinationCall { id, .. } => id.global_id(),
            Self::WorkingGroup { group } => group.global_id(),
            Self::ActionStep { step, .. } => step.global_id(),
            Self::Webhook { id } => id.global_id(),
        }
    }

    /// The place in the web application that shows it: a path of the SPA, global IDs in
    /// it URL-safe already (base64url). A progress report opens its step with its thread.
    pub fn path(self) -> String {
        match self {
            Self::ProposedAction { group, .. }
            | Self::CoordinationCall { group, .. }
            | Self::WorkingGroup { group } => {
                format!("/working-groups/{}", group.global_id())
            }
            Self::ActionPlan { plan } => format!("/plans/{}", plan.global_id()),
            Self::Webhook { .. } => "/webhooks".to_owned(),
            Self::ProgressReport { plan, step, .. } | Self::ActionStep { plan, step } => {
                format!("/plans/{}?step={}", plan.global_id(), step.global_id())
            }
        }
    }
}

/// Longest excerpt kept with a notification (the start of a comment, a call's date).
pub const MAX_EXCERPT: usize = 200;

/// The start of `text`, at most [`MAX_EXCERPT`] characters, cut at a character boundary with
/// an ellipsis when cut.
pub fn excerpt(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= MAX_EXCERPT {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(MAX_EXCERPT - 1).collect();
    cut.push('…');
    cut
}

/// What a change tells: the same notification for every recipient the policy picks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewNotification {
    /// Why.
    pub kind: NotificationKind,
    /// Where it links to.
    pub target: NotificationTarget,
    /// The feedback concerned, when it is about a comment.
    pub feedback_id: Option<FeedbackId>,
    /// A short text shown with it (the start of a comment, a call's date).
    pub excerpt: Option<String>,
}

/// A notification as stored for one recipient.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Notification {
    /// Identity.
    pub id: NotificationId,
    /// Who is told.
    pub recipient_id: UserId,
    /// Who caused it (none when that user is gone).
    pub actor_id: Option<UserId>,
    /// Why.
    pub kind: NotificationKind,
    /// Where it links to.
    pub target: NotificationTarget,
    /// The feedback concerned, when it is about a comment.
    pub feedback_id: Option<FeedbackId>,
    /// A short text shown with it.
    pub excerpt: Option<String>,
    /// When it was written.
    pub created_at: DateTime<Utc>,
    /// When the recipient marked it read; none while unread.
    pub read_at: Option<DateTime<Utc>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_transitions_tell_what_the_issue_asks() {
        use PlanStage::*;
        let kind = NotificationKind::of_plan_transition;
        assert_eq!(
            kind(Draft, Submitted),
            Some(NotificationKind::PlanSubmitted)
        );
        assert_eq!(
            kind(Submitted, Adopted),
            Some(NotificationKind::PlanAdopted)
        );
        assert_eq!(
            kind(Submitted, Draft),
            Some(NotificationKind::PlanBackToDraft)
        );
        for from in [Adopted, Implementing, Completed] {
            assert_eq!(kind(from, Draft), Some(NotificationKind::PlanReopened));
        }
        assert_eq!(kind(Adopted, Implementing), None);
        assert_eq!(kind(Implementing, Completed), None);
    }

    #[test]
    fn targets_round_trip_through_storage_and_link_to_their_place() {
        let targets = [
            NotificationTarget::ProposedAction {
                id: ProposedActionId(3),
                group: WorkingGroupId(4),
            },
            NotificationTarget::ActionPlan {
                plan: ActionPlanId(5),
            },
            NotificationTarget::ProgressReport {
                id: ProgressReportId(6),
                plan: ActionPlanId(7),
                step: ActionStepId(8),
            },
            NotificationTarget::CoordinationCall {
                id: CoordinationCallId(9),
                group: WorkingGroupId(10),
            },
            NotificationTarget::WorkingGroup {
                group: WorkingGroupId(11),
            },
            NotificationTarget::ActionStep {
                plan: ActionPlanId(12),
                step: ActionStepId(13),
            },
            NotificationTarget::Webhook { id: WebhookId(14) },
        ];
        for target in targets {
            let (ty, stored) = target.stored();
            assert_eq!(
                TargetType::from_code(ty.code())
                    .and_then(|ty| { NotificationTarget::from_stored(ty, stored) }),
                Some(target)
            );
        }
        assert_eq!(
            targets[2].path(),
            format!(
                "/plans/{}?step={}",
                ActionPlanId(7).global_id(),
                ActionStepId(8).global_id()
            )
        );
        assert_eq!(
            targets[3].path(),
            format!("/working-groups/{}", WorkingGroupId(10).global_id())
        );
        assert_eq!(
            NotificationTarget::from_stored(TargetType::ProgressReport, StoredTarget::default()),
            None
        );
    }

    #[test]
    fn excerpts_are_cut_at_characters() {
        assert_eq!(excerpt("  short  "), "short");
        let long = "é".repeat(MAX_EXCERPT + 5);
        let cut = excerpt(&long);
        assert_eq!(cut.chars().count(), MAX_EXCERPT);
        assert!(cut.ends_with('…'));
    }
}
