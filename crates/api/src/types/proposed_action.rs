//! GraphQL `ProposedAction` and `Feedback`.

use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};
use mega_domain::{Feedback, FeedbackTarget, ProposedAction};

use super::enums::FeedbackKindGql;
use super::{OrganisationObject, UserObject, WorkingGroupObject};
use crate::context::actor;
use crate::error::{ApiError, ApiResult};
use crate::global_id::encode;
use crate::loaders::{
    FeedbackOfProposedActionLoader, OrganisationLoader, ProposedActionLoader, UserLoader,
    WorkingGroupLoader, load_one,
};
use mega_domain::FeedbackKind;
use mega_domain::{Action, allows};

/// An action a member organisation pitched to its working group at "ask the expert", with
/// the questions it asked and the feedback thread.
pub struct ProposedActionObject(pub ProposedAction);

/// An action a member organisation pitched to its working group at "ask the expert", with
/// the questions it asked and the feedback thread.
#[Object(name = "ProposedAction")]
impl ProposedActionObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.0.id)
    }

    /// The presenting organisation.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<OrganisationObject> {
        load_one::<OrganisationLoader, _>(ctx, self.0.organisation_id)
            .await?
            .map(OrganisationObject)
            .ok_or_else(|| ApiError::Internal("proposed action without organisation".into()))
    }

    /// The working group it is presented to.
    async fn working_group(&self, ctx: &Context<'_>) -> ApiResult<WorkingGroupObject> {
        load_one::<WorkingGroupLoader, _>(ctx, self.0.working_group_id)
            .await?
            .map(WorkingGroupObject)
            .ok_or_else(|| ApiError::Internal("proposed action without group".into()))
    }

    /// Title, e.g. "Data collection".
    async fn title(&self) -> &str {
        &self.0.title
    }

    /// What the action is about.
    async fn description(&self) -> &str {
        &self.0.description
    }

    /// The questions the organisation asks the experts.
    async fn guiding_questions(&self) -> &[String] {
        &self.0.guiding_questions
    }

    /// Statements printed with the questions that are not questions themselves.
    async fn guiding_questions_context(&self) -> &[String] {
        &self.0.guiding_questions_context
    }

    /// The printed heading it appeared under, e.g. "(1) City leadership".
    async fn section(&self) -> Option<&str> {
        self.0.section.as_deref()
    }

    /// When it was recorded.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// The feedback thread: top-level feedback, oldest first, each with its `replies`.
    async fn feedback(&self, ctx: &Context<'_>) -> ApiResult<Vec<FeedbackObject>> {
        Ok(
            load_one::<FeedbackOfProposedActionLoader, _>(ctx, self.0.id)
                .await?
                .unwrap_or_default()
                .into_iter()
                .filter(|feedback| feedback.parent_id.is_none())
                .map(FeedbackObject)
                .collect(),
        )
    }
    /// Whether the viewer may edit this proposed action (its organisation and the
    /// coordinator).
    async fn viewer_can_update(&self, ctx: &Context<'_>) -> bool {
        allows(
            actor(ctx),
            Action::EditProposedAction {
                owner: self.0.organisation_id,
            },
        )
    }

    /// The kinds of feedback the viewer may post in this action's thread (empty when none).
    async fn viewer_feedback_kinds(&self, ctx: &Context<'_>) -> ApiResult<Vec<FeedbackKindGql>> {
        let kinds = super::capabilities::proposed_action_kinds(ctx, &self.0).await?;
        Ok(super::capabilities::gql_kinds(kinds))
    }
}

/// A comment in a proposed action's thread.
pub struct FeedbackObject(pub Feedback);

/// A comment in a feedback thread on a proposed action, an action plan or an action.
#[Object(name = "Feedback")]
impl FeedbackObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.0.id)
    }

    /// The proposed action it is about; null when it is about a plan or an action.
    async fn proposed_action(&self, ctx: &Context<'_>) -> ApiResult<Option<ProposedActionObject>> {
        let FeedbackTarget::ProposedAction(id) = self.0.target else {
            return Ok(None);
        };
        Ok(load_one::<ProposedActionLoader, _>(ctx, id)
            .await?
            .map(ProposedActionObject))
    }

    /// The global ID of what it is about: a proposed action, an action plan, an action or a
    /// progress report.
    async fn subject_id(&self) -> ID {
        match self.0.target {
            FeedbackTarget::ProposedAction(id) => encode(id),
            FeedbackTarget::ActionPlan(id) => encode(id),
            FeedbackTarget::Action(id) => encode(id),
            FeedbackTarget::ProgressReport(id) => encode(id),
        }
    }

    /// Who wrote it.
    async fn author(&self, ctx: &Context<'_>) -> ApiResult<UserObject> {
        load_one::<UserLoader, _>(ctx, self.0.author_id)
            .await?
            .map(UserObject::new)
            .ok_or_else(|| ApiError::Internal("feedback without author".into()))
    }

    /// The text.
    async fn body(&self) -> &str {
        &self.0.body
    }

    /// What it is.
    async fn kind(&self) -> FeedbackKindGql {
        self.0.kind.into()
    }

    /// When it was written.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// The top-level feedback this replies to; null for top-level feedback.
    async fn parent(&self, ctx: &Context<'_>) -> ApiResult<Option<FeedbackObject>> {
        let Some(parent) = self.0.parent_id else {
            return Ok(None);
        };
        Ok(self
            .thread(ctx)
            .await?
            .into_iter()
            .find(|feedback| feedback.id == parent)
            .map(FeedbackObject))
    }

    /// The replies to this feedback, oldest first (empty for replies: one level of nesting).
    async fn replies(&self, ctx: &Context<'_>) -> ApiResult<Vec<FeedbackObject>> {
        if self.0.parent_id.is_some() {
            return Ok(Vec::new());
        }
        Ok(self
            .thread(ctx)
            .await?
            .into_iter()
            .filter(|feedback| feedback.parent_id == Some(self.0.id))
            .map(FeedbackObject)
            .collect())
    }
    /// When its text was last corrected; null if never.
    async fn edited_at(&self) -> Option<DateTime<Utc>> {
        self.0.edited_at
    }

    /// When the thread was marked resolved; null while open (and for replies).
    async fn resolved_at(&self) -> Option<DateTime<Utc>> {
        self.0.resolved.map(|r| r.at)
    }

    /// Who marked the thread resolved; null while open.
    async fn resolved_by(&self, ctx: &Context<'_>) -> ApiResult<Option<UserObject>> {
        let Some(resolution) = self.0.resolved else {
            return Ok(None);
        };
        Ok(load_one::<UserLoader, _>(ctx, resolution.by)
            .await?
            .map(UserObject::new))
    }

    /// Whether the viewer may correct or delete this feedback (`updateFeedback`,
    /// `deleteFeedback`): its author, and the coordinator as moderator.
    async fn viewer_can_edit(&self, ctx: &Context<'_>) -> bool {
        mega_domain::allows(
            crate::context::actor(ctx),
            mega_domain::Action::EditFeedback {
                author: self.0.author_id,
            },
        )
    }

    /// Whether the viewer may mark this thread resolved or open it again
    /// (`resolveFeedbackThread`; top-level feedback only).
    async fn viewer_can_resolve(&self, ctx: &Context<'_>) -> ApiResult<bool> {
        if self.0.parent_id.is_some() {
            return Ok(false);
        }
        let Some(owner) = super::capabilities::subject_owner(ctx, self.0.target).await? else {
            return Ok(false);
        };
        Ok(mega_domain::allows(
            crate::context::actor(ctx),
            mega_domain::Action::ResolveFeedbackThread {
                author: self.0.author_id,
                owner,
            },
        ))
    }

    /// Whether the viewer may reply to this comment (top-level comments only; replies do not
    /// nest).
    async fn viewer_can_reply(&self, ctx: &Context<'_>) -> ApiResult<bool> {
        if self.0.parent_id.is_some() {
            return Ok(false);
        }
        let kinds = super::capabilities::subject_feedback_kinds(ctx, self.0.target).await?;
        Ok(kinds.contains(&FeedbackKind::Reply))
    }
}

impl FeedbackObject {
    /// The whole thread this feedback belongs to, through the request's loaders.
    async fn thread(&self, ctx: &Context<'_>) -> ApiResult<Vec<Feedback>> {
        let thread = match self.0.target {
            FeedbackTarget::ProposedAction(id) => {
                load_one::<FeedbackOfProposedActionLoader, _>(ctx, id).await?
            }
            FeedbackTarget::ActionPlan(id) => {
                load_one::<crate::loaders::FeedbackOfActionPlanLoader, _>(ctx, id).await?
            }
            FeedbackTarget::Action(id) => {
                load_one::<crate::loaders::FeedbackOfActionLoader, _>(ctx, id).await?
            }
            FeedbackTarget::ProgressReport(id) => {
                load_one::<crate::loaders::FeedbackOfProgressReportLoader, _>(ctx, id).await?
            }
        };
        Ok(thread.unwrap_or_default())
    }
}
