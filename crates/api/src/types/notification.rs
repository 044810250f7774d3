//! GraphQL `Notification` and `NotificationKind`: what the signed-in user is told, read
//! through `viewer { notifications }` and marked read by its recipient only.

use async_graphql::{Context, Enum, ID, Object};
use chrono::{DateTime, Utc};
use mega_domain::NodeId;
use mega_domain::notification::Notification;

use super::UserObject;
use crate::error::ApiResult;
use crate::global_id::encode;
use crate::loaders::{UserLoader, load_one};

/// Why a user is told.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(
    name = "NotificationKind",
    remote = "mega_domain::notification::NotificationKind"
)]
pub enum NotificationKindGql {
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
    /// A step of the recipient's organisation's plan passed its end without being done.
    StepLate,
    /// A webhook the recipient registered gave up a delivery after every retry.
    WebhookFailing,
    /// A coordination call of a group where the recipient's organisation learns is at most
    /// 7 days away and its progress report for it is missing.
    ReportDue,
}

/// Something that happened that concerns the signed-in user, linking to the exact place.
pub struct NotificationObject(pub Notification);

/// Something that happened that concerns the signed-in user, linking to the exact place.
#[Object(name = "Notification")]
impl NotificationObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.0.id)
    }

    /// Why the user is told.
    async fn kind(&self) -> NotificationKindGql {
        self.0.kind.into()
    }

    /// Who caused it; null when that user is gone.
    async fn actor(&self, ctx: &Context<'_>) -> ApiResult<Option<UserObject>> {
        let Some(actor) = self.0.actor_id else {
            return Ok(None);
        };
        Ok(load_one::<UserLoader, _>(ctx, actor)
            .await?
            .map(UserObject::new))
    }

    /// The place in the web application that shows what happened, as a path
    /// (e.g. `/plans/<id>?step=<id>`, which opens the step's report with its thread).
    async fn path(&self) -> String {
        self.0.target.path()
    }

    /// The global ID of what it is about: a proposed action, action plan, progress report,
    /// coordination call (gone when cancelled) or working group.
    async fn subject_id(&self) -> ID {
        ID(self.0.target.subject_id())
    }

    /// The feedback it is about, when a comment was added.
    async fn feedback_id(&self) -> Option<ID> {
        self.0.feedback_id.map(|id| ID(id.global_id()))
    }

    /// A short text: the start of the comment or report, the call's dates, the plan's stage
    /// comment, the group's title.
    async fn excerpt(&self) -> Option<&str> {
        self.0.excerpt.as_deref()
    }

    /// When it was written.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When the user marked it read; null while unread.
    async fn read_at(&self) -> Option<DateTime<Utc>> {
        self.0.read_at
    }
}
