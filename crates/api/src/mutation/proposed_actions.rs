//! Proposed actions ("ask the expert") and feedback on them.

use async_graphql::{Context, ID, InputObject, Object};
use mega_domain::action_plan::{ActionId, ActionPlanId};
use mega_domain::proposed_action::{FeedbackDraft, ProposedActionDraft};
use mega_domain::{
    FeedbackId, FeedbackTarget, OrganisationId, ProgressReportId, ProposedActionId,
    ValidationError, WorkingGroupId,
};

use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::{input_id, optional_input_id, payload, settle};
use crate::services::ServiceError;
use crate::services::feedback_edits;
use crate::services::proposed_actions as service;
use crate::types::enums::FeedbackKindGql;
use crate::types::{FeedbackObject, ProposedActionObject};

/// The editable fields of a proposed action.
#[derive(InputObject)]
pub struct ProposedActionFieldsInput {
    /// The working group it is presented to; the presenting organisation must be a member
    /// (else `NOT_A_MEMBER`).
    pub working_group_id: ID,
    /// Title, 1–200 characters.
    pub title: String,
    /// What the action is about, 1–10,000 characters.
    pub description: String,
    /// The questions to the experts; at most 20, each at most 1,000 characters.
    #[graphql(default)]
    pub guiding_questions: Vec<String>,
    /// Statements that go with the questions; same limits.
    #[graphql(default)]
    pub guiding_questions_context: Vec<String>,
    /// A heading it belongs under, e.g. "(1) City leadership"; at most 300 characters.
    pub section: Option<String>,
}

/// Input of `createProposedAction`.
#[derive(InputObject)]
pub struct CreateProposedActionInput {
    /// The presenting organisation.
    pub organisation_id: ID,
    /// The action.
    pub proposed_action: ProposedActionFieldsInput,
}

/// Input of `updateProposedAction`.
#[derive(InputObject)]
pub struct UpdateProposedActionInput {
    /// The proposed action.
    pub id: ID,
    /// Its new fields (all are replaced; the organisation stays).
    pub proposed_action: ProposedActionFieldsInput,
}

/// Input of `deleteProposedAction`.
#[derive(InputObject)]
pub struct DeleteProposedActionInput {
    /// The proposed action.
    pub id: ID,
}

/// Input of `addFeedback`: exactly one of `proposedActionId`, `actionPlanId` and `actionId`
/// says what the feedback is about.
#[derive(InputObject)]
pub struct AddFeedbackInput {
    /// The proposed action the feedback is about.
    pub proposed_action_id: Option<ID>,
    /// The action plan the feedback is about.
    pub action_plan_id: Option<ID>,
    /// The action (objective) of a plan the feedback is about.
    pub action_id: Option<ID>,
    /// The progress report the feedback is about (leading members of the step's working
    /// group, invited experts and the coordinator give feedback; the reporting organisation
    /// asks and replies).
    pub progress_report_id: Option<ID>,
    /// What kind of feedback. Members of the presenting organisation may add QUESTION and
    /// REPLY only.
    pub kind: FeedbackKindGql,
    /// The text, 1–10,000 characters.
    pub body: String,
    /// The top-level feedback this replies to (one level of nesting).
    pub parent_id: Option<ID>,
}

/// Input of `updateFeedback`.
#[derive(InputObject)]
pub struct UpdateFeedbackInput {
    /// The feedback.
    pub id: ID,
    /// The corrected text, 1–10,000 characters.
    pub body: String,
}

/// Input of `deleteFeedback`.
#[derive(InputObject)]
pub struct DeleteFeedbackInput {
    /// The feedback (a top-level one takes its replies with it).
    pub id: ID,
}

/// Input of `resolveFeedbackThread`.
#[derive(InputObject)]
pub struct ResolveFeedbackThreadInput {
    /// The thread's first (top-level) feedback.
    pub id: ID,
    /// `true` to mark it resolved, `false` to open it again.
    #[graphql(default = true)]
    pub resolved: bool,
}

payload!(
    /// Result of `createProposedAction` and `updateProposedAction`.
    ProposedActionPayload,
    /// The proposed action.
    proposed_action: ProposedActionObject
);
payload!(
    /// Result of `addFeedback`, `updateFeedback`, `resolveFeedbackThread` and
    /// `deleteFeedback` (the feedback as it was).
    FeedbackPayload,
    /// The feedback.
    feedback: FeedbackObject
);

impl ProposedActionFieldsInput {
    fn draft(self) -> Result<ProposedActionDraft, ServiceError> {
        Ok(ProposedActionDraft {
            working_group_id: input_id::<WorkingGroupId>("workingGroupId", &self.working_group_id)?,
            title: self.title,
            description: self.description,
            guiding_questions: self.guiding_questions,
            guiding_questions_context: self.guiding_questions_context,
            section: self.section,
        })
    }
}

impl AddFeedbackInput {
    fn draft(self) -> Result<FeedbackDraft, ServiceError> {
        let target = match (
            &self.proposed_action_id,
            &self.action_plan_id,
            &self.action_id,
            &self.progress_report_id,
        ) {
            (Some(id), None, None, None) => {
                FeedbackTarget::ProposedAction(input_id::<ProposedActionId>(
                    "proposedActionId",
                    id,
                )?)
            }
            (None, Some(id), None, None) => {
                FeedbackTarget::ActionPlan(input_id::<ActionPlanId>("actionPlanId", id)?)
            }
            (None, None, Some(id), None) => {
                FeedbackTarget::Action(input_id::<ActionId>("actionId", id)?)
            }
            (None, None, None, Some(id)) => {
                FeedbackTarget::ProgressReport(input_id::<ProgressReportId>(
                    "progressReportId",
                    id,
                )?)
            }
            _ => {
                return Err(ServiceError::Invalid(vec![ValidationError::new(
                    "proposedActionId",
                    "EXACTLY_ONE_TARGET",
                    "Give exactly one of proposedActionId, actionPlanId, actionId and progressReportId.",
                )]));
            }
        };
        Ok(FeedbackDraft {
            target,
            kind: self.kind.into(),
            body: self.body,
            parent_id: optional_input_id::<FeedbackId>("parentId", self.parent_id.as_ref())?,
        })
    }
}

/// Proposed-action and feedback mutations.
#[derive(Default)]
pub struct ProposedActionMutation;

#[Object]
impl ProposedActionMutation {
    /// Proposes an action of an organisation to one of its working groups. Members of the
    /// organisation and the coordinator.
    async fn create_proposed_action(
        &self,
        ctx: &Context<'_>,
        input: CreateProposedActionInput,
    ) -> ApiResult<ProposedActionPayload> {
        let result = async {
            let organisation =
                input_id::<OrganisationId>("organisationId", &input.organisation_id)?;
            let draft = input.proposed_action.draft()?;
            service::create(db(ctx), actor(ctx), organisation, draft).await
        }
        .await;
        Ok(settle(result.map(ProposedActionObject))?.into())
    }

    /// Replaces a proposed action's fields. Members of the presenting organisation and the
    /// coordinator.
    async fn update_proposed_action(
        &self,
        ctx: &Context<'_>,
        input: UpdateProposedActionInput,
    ) -> ApiResult<ProposedActionPayload> {
        let result = async {
            let id = input_id::<ProposedActionId>("id", &input.id)?;
            let draft = input.proposed_action.draft()?;
            service::update(db(ctx), actor(ctx), id, draft).await
        }
        .await;
        Ok(settle(result.map(ProposedActionObject))?.into())
    }

    /// Deletes a proposed action with its feedback threads; the payload holds it as it was.
    /// Refused with `IN_USE` while a plan action grew from it. Whoever may edit it.
    async fn delete_proposed_action(
        &self,
        ctx: &Context<'_>,
        input: DeleteProposedActionInput,
    ) -> ApiResult<ProposedActionPayload> {
        let result = async {
            let id = input_id::<ProposedActionId>("id", &input.id)?;
            service::delete(db(ctx), actor(ctx), id).await
        }
        .await;
        Ok(settle(result.map(ProposedActionObject))?.into())
    }

    /// Adds feedback to the thread of a proposed action, an action plan or one of its actions.
    /// The leading members and invited experts of the groups concerned and the coordinator
    /// give any kind; members of the presenting (or owning) organisation ask questions and
    /// reply; everyone else is refused (`FORBIDDEN`). Nobody comments on a plan they may not
    /// read.
    async fn add_feedback(
        &self,
        ctx: &Context<'_>,
        input: AddFeedbackInput,
    ) -> ApiResult<FeedbackPayload> {
        let result = async {
            let draft = input.draft()?;
            service::add_feedback(db(ctx), actor(ctx), draft).await
        }
        .await;
        Ok(settle(result.map(FeedbackObject))?.into())
    }

    /// Corrects a feedback's text (`editedAt` shows it was). Its author, and the coordinator
    /// as moderator.
    async fn update_feedback(
        &self,
        ctx: &Context<'_>,
        input: UpdateFeedbackInput,
    ) -> ApiResult<FeedbackPayload> {
        let result = async {
            let id = input_id::<FeedbackId>("id", &input.id)?;
            feedback_edits::update(db(ctx), actor(ctx), id, &input.body).await
        }
        .await;
        Ok(settle(result.map(FeedbackObject))?.into())
    }

    /// Deletes a feedback, with its replies when it starts a thread; the payload holds it as
    /// it was. Its author, and the coordinator as moderator.
    async fn delete_feedback(
        &self,
        ctx: &Context<'_>,
        input: DeleteFeedbackInput,
    ) -> ApiResult<FeedbackPayload> {
        let result = async {
            let id = input_id::<FeedbackId>("id", &input.id)?;
            feedback_edits::delete(db(ctx), actor(ctx), id).await
        }
        .await;
        Ok(settle(result.map(FeedbackObject))?.into())
    }

    /// Marks a thread resolved, or open again. Whoever started it, members of the
    /// organisation it is about, and the coordinator. A reply is `NOT_A_THREAD`.
    async fn resolve_feedback_thread(
        &self,
        ctx: &Context<'_>,
        input: ResolveFeedbackThreadInput,
    ) -> ApiResult<FeedbackPayload> {
        let result = async {
            let id = input_id::<FeedbackId>("id", &input.id)?;
            feedback_edits::resolve(db(ctx), actor(ctx), id, input.resolved).await
        }
        .await;
        Ok(settle(result.map(FeedbackObject))?.into())
    }
}
