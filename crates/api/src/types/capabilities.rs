//! What the viewer may do (GitHub's `viewerCan…` fields): decided by the same policy as the
//! mutations, from facts the object has or that DataLoaders batch for a whole list, so the
//! SPA never offers a control that would end in "not allowed". This module holds the facts
//! several objects share and the network-wide capabilities of `viewerCapabilities`.

use async_graphql::{Context, Object};
use mega_domain::ProposedAction;
use mega_domain::action_plan::{ActionId, ActionPlan, ActionPlanId, PlanStage};
use mega_domain::policy::scopes::feedback_kinds;
use mega_domain::working_group::learning_groups;
use mega_domain::{
    Action, FeedbackKind, FeedbackTarget, OrganisationId, ThematicAreaId, WorkingGroupId, allows,
};

use crate::context::actor;
use crate::error::ApiResult;
use crate::loaders::access::{
    ActionLoader, ActionPlanLoader, GroupsOfAreaLoader, ProgressReportLoader, StepLoader,
};
use crate::loaders::action_plans::ActionsOfPlanLoader;
use crate::loaders::{MembershipsOfOrganisationLoader, ProposedActionLoader};
use crate::loaders::{load_many, load_one};
use crate::services::action_plans::Edit;
use crate::types::enums::FeedbackKindGql;

/// The working groups of the given thematic areas, sorted and without repeats.
pub(crate) async fn area_groups(
    ctx: &Context<'_>,
    areas: &[ThematicAreaId],
) -> ApiResult<Vec<WorkingGroupId>> {
    let mut groups: Vec<WorkingGroupId> = load_many::<GroupsOfAreaLoader, _>(ctx, areas)
        .await?
        .into_iter()
        .flatten()
        .collect();
    groups.sort();
    groups.dedup();
    Ok(groups)
}

/// The working groups a plan concerns: those of its actions' thematic areas (their leading
/// members and invited experts read and comment on it before it is published).
pub(crate) async fn plan_groups(
    ctx: &Context<'_>,
    plan: ActionPlanId,
) -> ApiResult<Vec<WorkingGroupId>> {
    let areas: Vec<ThematicAreaId> = load_one::<ActionsOfPlanLoader, _>(ctx, plan)
        .await?
        .unwrap_or_default()
        .iter()
        .filter_map(|action| action.thematic_area_id)
        .collect();
    area_groups(ctx, &areas).await
}

/// The groups where `organisation` is a learning member (whose leading members and invited
/// experts assess its actions), batched.
pub(crate) async fn learns_in(
    ctx: &Context<'_>,
    organisation: OrganisationId,
) -> ApiResult<Vec<WorkingGroupId>> {
    let memberships = load_one::<MembershipsOfOrganisationLoader, _>(ctx, organisation)
        .await?
        .unwrap_or_default();
    Ok(learning_groups(&memberships))
}

/// The kinds of feedback the viewer may post on a plan, one of its actions or a progress
/// report on it, given the groups concerned.
pub(crate) async fn plan_feedback_kinds(
    ctx: &Context<'_>,
    owner: OrganisationId,
    groups: &[WorkingGroupId],
) -> ApiResult<Vec<FeedbackKindGql>> {
    Ok(gql_kinds(on_plan_kinds(ctx, owner, groups).await?))
}

async fn on_plan_kinds(
    ctx: &Context<'_>,
    owner: OrganisationId,
    groups: &[WorkingGroupId],
) -> ApiResult<Vec<FeedbackKind>> {
    let owner_learns_in = learns_in(ctx, owner).await?;
    Ok(feedback_kinds(actor(ctx), |kind| {
        Action::GiveFeedbackOnPlan {
            groups,
            owner_learns_in: &owner_learns_in,
            owner,
            kind,
        }
    }))
}

/// The kinds of feedback the viewer may post on a proposed action.
pub(crate) async fn proposed_action_kinds(
    ctx: &Context<'_>,
    proposed: &ProposedAction,
) -> ApiResult<Vec<FeedbackKind>> {
    let presenter_learns = learns_in(ctx, proposed.organisation_id)
        .await?
        .contains(&proposed.working_group_id);
    Ok(feedback_kinds(actor(ctx), |kind| Action::GiveFeedback {
        group: proposed.working_group_id,
        presenter: proposed.organisation_id,
        presenter_learns,
        kind,
    }))
}

/// Whether the viewer may make an `edit` of `plan` in its current stage: the same rule the
/// write services apply.
fn may_make(ctx: &Context<'_>, plan: &ActionPlan, edit: Edit) -> bool {
    allows(
        actor(ctx),
        Action::EditActionPlan {
            owner: plan.organisation_id,
            editable_by_owner: edit.by_owner(plan.stage),
        },
    )
}

/// Whether the viewer may edit `plan`'s actions and steps in its current stage.
pub(crate) fn may_edit_plan(ctx: &Context<'_>, plan: &ActionPlan) -> bool {
    may_make(ctx, plan, Edit::Content)
}

/// Whether the viewer may move `plan`'s step dates and add or remove steps now (re-planning,
/// with a reason, once the plan is agreed).
pub(crate) fn may_replan(ctx: &Context<'_>, plan: &ActionPlan) -> bool {
    may_make(ctx, plan, Edit::Schedule)
}

/// Whether the viewer may set the good practices `plan`'s actions adopt (in every stage).
pub(crate) fn may_link_practices(ctx: &Context<'_>, plan: &ActionPlan) -> bool {
    may_make(ctx, plan, Edit::Links)
}

/// Whether the viewer may set a new baseline of `plan` now (while it is agreed and not done).
pub(crate) fn may_set_baseline(ctx: &Context<'_>, plan: &ActionPlan) -> bool {
    use mega_domain::action_plan::PlanStage;
    matches!(plan.stage, PlanStage::Adopted | PlanStage::Implementing)
        && allows(
            actor(ctx),
            Action::SetPlanBaseline {
                owner: plan.organisation_id,
            },
        )
}

/// Whether the viewer may publish `plan`'s summary (an agreed plan) or withdraw it (a
/// published one, whatever its stage): the coordinator.
pub(crate) async fn may_publish_plan(ctx: &Context<'_>, plan: &ActionPlan) -> ApiResult<bool> {
    if !allows(actor(ctx), Action::PublishLessons) {
        return Ok(false);
    }
    Ok(plan.stage.published()
        || load_one::<crate::loaders::PublicationLoader, _>(ctx, plan.id)
            .await?
            .is_some())
}

/// Whether the viewer may report progress on `plan`'s steps now (only while it is carried
/// out).
pub(crate) fn may_report_on(ctx: &Context<'_>, plan: &ActionPlan) -> bool {
    plan.stage == PlanStage::Implementing
        && allows(
            actor(ctx),
            Action::SubmitProgressReport {
                owner: plan.organisation_id,
            },
        )
}

/// Feedback kinds in the API's enum.
pub(crate) fn gql_kinds(kinds: Vec<FeedbackKind>) -> Vec<FeedbackKindGql> {
    kinds.into_iter().map(FeedbackKindGql::from).collect()
}

/// What the viewer may do across the network: the "New …" buttons of list pages and the
/// administration sections. Per-object capabilities are fields of the objects.
pub struct NetworkCapabilities;

#[Object]
impl NetworkCapabilities {
    /// Create and update organisations.
    async fn manage_organisations(&self, ctx: &Context<'_>) -> bool {
        allows(actor(ctx), Action::ManageOrganisations)
    }

    /// Create, update and deactivate users, and reset their passwords.
    async fn manage_users(&self, ctx: &Context<'_>) -> bool {
        allows(actor(ctx), Action::ManageUsers)
    }

    /// Create and rename working groups (members and invitations are on each group).
    async fn manage_working_groups(&self, ctx: &Context<'_>) -> bool {
        allows(actor(ctx), Action::ManageWorkingGroups)
    }

    /// Correct the programme's phases and their dates.
    async fn manage_programme(&self, ctx: &Context<'_>) -> bool {
        allows(actor(ctx), Action::ManageProgramme)
    }

    /// Create benchmarking rounds.
    async fn manage_benchmark_rounds(&self, ctx: &Context<'_>) -> bool {
        allows(actor(ctx), Action::ManageBenchmarkRounds)
    }

    /// Create events and edit their agendas, participants and plenary outcomes.
    async fn manage_events(&self, ctx: &Context<'_>) -> bool {
        allows(actor(ctx), Action::ManageEvents)
    }

    /// Record awards and territory facts.
    async fn record_evidence(&self, ctx: &Context<'_>) -> bool {
        allows(actor(ctx), Action::RecordEvidence)
    }

    /// Read the audit log.
    async fn read_audit_log(&self, ctx: &Context<'_>) -> bool {
        allows(actor(ctx), Action::ReadAuditLog)
    }

    /// See the mail outbox (`mailOutbox`, `mailOutboxCounts`).
    async fn read_mail_outbox(&self, ctx: &Context<'_>) -> bool {
        allows(actor(ctx), Action::ReadMailOutbox)
    }

    /// Register network-wide webhooks and manage every organisation's.
    async fn manage_every_webhook(&self, ctx: &Context<'_>) -> bool {
        allows(actor(ctx), Action::ManageWebhooks { organisation: None })
    }

    /// List and revoke every user's API tokens.
    async fn manage_every_api_token(&self, ctx: &Context<'_>) -> bool {
        allows(actor(ctx), Action::ManageApiToken { owner: None })
    }

    /// See every plan, unpublished ones included, in lists and reports.
    async fn read_every_plan(&self, ctx: &Context<'_>) -> bool {
        allows(actor(ctx), Action::ReadEveryPlan)
    }

    /// Read benchmark levels across organisations (`report.benchmarkLevels`).
    async fn read_benchmark_levels(&self, ctx: &Context<'_>) -> bool {
        allows(actor(ctx), Action::ReadBenchmarkLevels)
    }
}

/// The kinds of feedback the viewer may post in the thread of `subject`: the facts are those
/// `addFeedback` decides on (the group and presenter of a proposed action; the groups of a
/// plan's, an action's or a report's step's thematic areas and the plan's organisation).
pub(crate) async fn subject_feedback_kinds(
    ctx: &Context<'_>,
    subject: FeedbackTarget,
) -> ApiResult<Vec<FeedbackKind>> {
    Ok(match subject {
        FeedbackTarget::ProposedAction(id) => {
            match load_one::<ProposedActionLoader, _>(ctx, id).await? {
                Some(proposed) => proposed_action_kinds(ctx, &proposed).await?,
                None => Vec::new(),
            }
        }
        FeedbackTarget::ActionPlan(id) => match load_one::<ActionPlanLoader, _>(ctx, id).await? {
            Some(plan) => {
                let groups = plan_groups(ctx, id).await?;
                on_plan_kinds(ctx, plan.organisation_id, &groups).await?
            }
            None => Vec::new(),
        },
        FeedbackTarget::Action(id) => match action_facts(ctx, id).await? {
            Some((owner, groups)) => on_plan_kinds(ctx, owner, &groups).await?,
            None => Vec::new(),
        },
        FeedbackTarget::ProgressReport(id) => {
            let Some(report) = load_one::<ProgressReportLoader, _>(ctx, id).await? else {
                return Ok(Vec::new());
            };
            let Some(step) = load_one::<StepLoader, _>(ctx, report.step_id).await? else {
                return Ok(Vec::new());
            };
            match action_facts(ctx, step.action_id).await? {
                Some((_, groups)) => on_plan_kinds(ctx, report.organisation_id, &groups).await?,
                None => Vec::new(),
            }
        }
    })
}

/// The organisation a feedback thread on `subject` is about, through the request's loaders
/// (the facts `resolveFeedbackThread` decides on).
pub(crate) async fn subject_owner(
    ctx: &Context<'_>,
    subject: FeedbackTarget,
) -> ApiResult<Option<OrganisationId>> {
    Ok(match subject {
        FeedbackTarget::ProposedAction(id) => load_one::<ProposedActionLoader, _>(ctx, id)
            .await?
            .map(|proposed| proposed.organisation_id),
        FeedbackTarget::ActionPlan(id) => load_one::<ActionPlanLoader, _>(ctx, id)
            .await?
            .map(|plan| plan.organisation_id),
        FeedbackTarget::Action(id) => match load_one::<ActionLoader, _>(ctx, id).await? {
            Some(action) => load_one::<ActionPlanLoader, _>(ctx, action.plan_id)
                .await?
                .map(|plan| plan.organisation_id),
            None => None,
        },
        FeedbackTarget::ProgressReport(id) => load_one::<ProgressReportLoader, _>(ctx, id)
            .await?
            .map(|report| report.organisation_id),
    })
}

/// The plan's organisation and the groups of an action's thematic area.
async fn action_facts(
    ctx: &Context<'_>,
    action: ActionId,
) -> ApiResult<Option<(OrganisationId, Vec<WorkingGroupId>)>> {
    let Some(action) = load_one::<ActionLoader, _>(ctx, action).await? else {
        return Ok(None);
    };
    let Some(plan) = load_one::<ActionPlanLoader, _>(ctx, action.plan_id).await? else {
        return Ok(None);
    };
    let areas: Vec<_> = action.thematic_area_id.into_iter().collect();
    Ok(Some((
        plan.organisation_id,
        area_groups(ctx, &areas).await?,
    )))
}
