//! Proposed actions ("ask the expert") and the feedback threads on them.

use chrono::Utc;
use mega_domain::{
    Action, Actor, Denial, Feedback, FeedbackId, FeedbackKind, OrganisationId, ProposedAction,
    ProposedActionId, ValidationError, WorkingGroupId, authorize,
    event::{parse_optional, parse_required},
    proposed_action::{check_parent, parse_body, parse_questions},
    working_group::parse_title,
};
use mega_persistence::{
    Database, TransactionTrait, feedback,
    feedback::NewFeedback,
    organisations,
    proposed_actions::{self as repo, ProposedActionFields},
    working_groups,
};

use super::action_plans as plans;
use super::{ServiceError, ServiceResult, actor_id, record, webhooks};
use mega_domain::FeedbackTarget;
use mega_domain::NodeId;
use mega_domain::webhook::WebhookEvent;
use mega_persistence::action_plans as plan_repo;
use serde_json::json;

/// The editable fields of a proposed action.
#[derive(Debug)]
pub struct ProposedActionInput {
    /// The group it is presented to.
    pub working_group_id: WorkingGroupId,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Questions to the experts.
    pub guiding_questions: Vec<String>,
    /// Statements printed with the questions.
    pub guiding_questions_context: Vec<String>,
    /// Printed heading.
    pub section: Option<String>,
}

/// Longest description accepted.
const MAX_DESCRIPTION: usize = 10_000;

/// Validates `input` for `organisation`, which must be a member of the group.
async fn fields(
    db: &Database,
    organisation: OrganisationId,
    input: ProposedActionInput,
) -> ServiceResult<ProposedActionFields> {
    let mut errors = Vec::new();
    let mut keep = |result: Result<String, ValidationError>| {
        result.map_err(|err| errors.push(err)).unwrap_or_default()
    };
    let title = keep(parse_title("title", &input.title));
    let description = keep(parse_required(
        "description",
        &input.description,
        MAX_DESCRIPTION,
    ));
    let mut list = |field: &'static str, raw: &[String]| {
        parse_questions(field, raw)
            .map_err(|err| errors.push(err))
            .unwrap_or_default()
    };
    let guiding_questions = list("guidingQuestions", &input.guiding_questions);
    let guiding_questions_context =
        list("guidingQuestionsContext", &input.guiding_questions_context);
    let section = parse_optional("section", input.section.as_deref(), 300)
        .map_err(|err| errors.push(err))
        .unwrap_or_default();
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    working_groups::find(db.conn(), input.working_group_id)
        .await?
        .ok_or(ServiceError::NotFound("workingGroupId"))?;
    let is_member = working_groups::memberships_of_groups(db.conn(), &[input.working_group_id])
        .await?
        .iter()
        .any(|membership| membership.organisation_id == organisation);
    if !is_member {
        return Err(ValidationError::new(
            "workingGroupId",
            "NOT_A_MEMBER",
            "The presenting organisation is not a member of this working group.",
        )
        .into());
    }
    Ok(ProposedActionFields {
        organisation_id: organisation,
        working_group_id: input.working_group_id,
        title,
        description,
        guiding_questions,
        guiding_questions_context,
        section,
    })
}

/// Proposes an action of `organisation` to a working group.
pub async fn create(
    db: &Database,
    actor: &Actor,
    organisation: OrganisationId,
    input: ProposedActionInput,
) -> ServiceResult<ProposedAction> {
    authorize(
        actor,
        Action::EditProposedAction {
            owner: organisation,
        },
    )?;
    if organisations::find_by_ids(db.conn(), &[organisation])
        .await?
        .is_empty()
    {
        return Err(ServiceError::NotFound("organisationId"));
    }
    let fields = fields(db, organisation, input).await?;
    let txn = db.conn().begin().await?;
    let action = repo::create(&txn, fields, Utc::now()).await?;
    record(
        &txn,
        actor_id(actor),
        "createProposedAction",
        "ProposedAction",
        action.id.0,
        None::<&()>,
        Some(&action),
    )
    .await?;
    txn.commit().await?;
    Ok(action)
}

/// Replaces a proposed action's fields; its organisation stays.
pub async fn update(
    db: &Database,
    actor: &Actor,
    id: ProposedActionId,
    input: ProposedActionInput,
) -> ServiceResult<ProposedAction> {
    authorize(actor, Action::ReadNetwork)?;
    let before = repo::find(db.conn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    authorize(
        actor,
        Action::EditProposedAction {
            owner: before.organisation_id,
        },
    )?;
    let fields = fields(db, before.organisation_id, input).await?;
    let txn = db.conn().begin().await?;
    let after = repo::update(&txn, id, fields).await?;
    record(
        &txn,
        actor_id(actor),
        "updateProposedAction",
        "ProposedAction",
        id.0,
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// Input of a new piece of feedback.
#[derive(Debug)]
pub struct FeedbackInput {
    /// What it is about.
    pub target: FeedbackTarget,
    /// What it is.
    pub kind: FeedbackKind,
    /// The text.
    pub body: String,
    /// The top-level feedback it replies to.
    pub parent_id: Option<FeedbackId>,
}

/// Checks that `actor` may add feedback of `kind` to `target`'s thread.
async fn authorize_feedback(
    db: &Database,
    actor: &Actor,
    target: FeedbackTarget,
    kind: FeedbackKind,
) -> ServiceResult<OrganisationId> {
    let owner = match target {
        FeedbackTarget::ProposedAction(id) => {
            let action = repo::find(db.conn(), id)
                .await?
                .ok_or(ServiceError::NotFound("proposedActionId"))?;
            authorize(
                actor,
                Action::GiveFeedback {
                    group: action.working_group_id,
                    presenter: action.organisation_id,
                    kind,
                },
            )?;
            action.organisation_id
        }
        FeedbackTarget::ActionPlan(id) => {
            let plan = plans::load_readable(db, actor, id, "actionPlanId").await?;
            let groups = plans::groups_of_plans(db, &[plan.id])
                .await?
                .remove(&plan.id)
                .unwrap_or_default();
            authorize(
                actor,
                Action::GiveFeedbackOnPlan {
                    groups: &groups,
                    owner: plan.organisation_id,
                    kind,
                },
            )?;
            plan.organisation_id
        }
        FeedbackTarget::Action(id) => {
            let action = plan_repo::find_action(db.conn(), id)
                .await?
                .ok_or(ServiceError::NotFound("actionId"))?;
            let plan = plans::load_readable(db, actor, action.plan_id, "actionId").await?;
            // Feedback on one action concerns the groups of that action's area only.
            let groups: Vec<_> = match action.thematic_area_id {
                Some(area) => plan_repo::group_areas(db.conn())
                    .await?
                    .into_iter()
                    .filter(|(_, a)| *a == area)
                    .map(|(g, _)| g)
                    .collect(),
                None => Vec::new(),
            };
            authorize(
                actor,
                Action::GiveFeedbackOnPlan {
                    groups: &groups,
                    owner: plan.organisation_id,
                    kind,
                },
            )?;
            plan.organisation_id
        }
        FeedbackTarget::ProgressReport(id) => {
            let report = super::monitoring::find_report(db, actor, id)
                .await?
                .ok_or(ServiceError::NotFound("progressReportId"))?;
            let context =
                super::monitoring::step_context(db.conn(), report.step_id, "progressReportId")
                    .await?;
            // Feedback on a report concerns the groups of its step's action only.
            let groups = super::monitoring::groups_of_action(db.conn(), &context.action).await?;
            authorize(
                actor,
                Action::GiveFeedbackOnPlan {
                    groups: &groups,
                    owner: report.organisation_id,
                    kind,
                },
            )?;
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
            match mega_persistence::monitoring::find_report(db.conn(), id).await? {
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

/// Adds feedback to a thread on a proposed action, an action plan or one of its actions.
/// Leading members and invited experts of the groups concerned and the coordinator give any
/// kind; the presenting or owning organisation asks and replies.
pub async fn add_feedback(
    db: &Database,
    actor: &Actor,
    input: FeedbackInput,
) -> ServiceResult<Feedback> {
    authorize(actor, Action::ReadNetwork)?;
    let author = actor_id(actor).ok_or(ServiceError::Denied(Denial::Unauthenticated))?;
    let owner = authorize_feedback(db, actor, input.target, input.kind).await?;
    let body = parse_body(&input.body)?;
    let parent = match input.parent_id {
        Some(id) => Some(
            feedback::find(db.conn(), id)
                .await?
                .ok_or(ServiceError::NotFound("parentId"))?,
        ),
        None => None,
    };
    check_parent(input.target, parent.as_ref())?;
    let txn = db.conn().begin().await?;
    let added = feedback::add(
        &txn,
        NewFeedback {
            target: input.target,
            author_id: author,
            body,
            kind: input.kind,
            parent_id: input.parent_id,
            created_at: Utc::now(),
        },
    )
    .await?;
    record(
        &txn,
        actor_id(actor),
        "addFeedback",
        "Feedback",
        added.id.0,
        None::<&()>,
        Some(&added),
    )
    .await?;
    webhooks::emit(
        &txn,
        WebhookEvent::FeedbackAdded,
        &[owner],
        json!({
            "feedbackId": added.id.global_id(),
            "targetId": input.target.global_id(),
            "kind": added.kind.code(),
            "organisationId": owner.global_id(),
        }),
    )
    .await?;
    txn.commit().await?;
    Ok(added)
}
