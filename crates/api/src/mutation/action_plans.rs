//! Action plans: creating, editing actions and steps (each with its own version), and
//! moving plans through their stages.

use async_graphql::{Context, ID, InputObject, Object};
use mega_domain::OrganisationId;
use mega_domain::action_plan::{
    ActionDraft, ActionId, ActionPlanId, ActionStepId, StakeholderDraft, StepDraft,
};
use mega_domain::{ProposedActionId, ThematicAreaId, ValidationError};

use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::{input_id, optional_input_id, payload, settle};
use crate::services::ServiceError;
use crate::services::action_plans as service;
use crate::types::action_plan::{ActionOriginGql, PlanStageGql};
use crate::types::{ActionObject, ActionPlanObject, ActionStepObject};

/// Input of `createActionPlan`.
#[derive(InputObject)]
pub struct CreateActionPlanInput {
    /// The organisation (one plan each; else `ALREADY_EXISTS`).
    pub organisation_id: ID,
}

/// The editable fields of an action.
#[derive(InputObject)]
pub struct ActionFieldsInput {
    /// The printed reference, e.g. "Objective #1" (at most 100 characters).
    #[graphql(name = "ref")]
    pub reference: Option<String>,
    /// The objective (what), at most 2,000 characters; may be null.
    pub title: Option<String>,
    /// Its thematic area.
    pub thematic_area_id: Option<ID>,
    /// Where it comes from.
    pub origin: ActionOriginGql,
    /// The proposed action it grew from.
    pub proposed_action_id: Option<ID>,
}

/// Input of `addAction`.
#[derive(InputObject)]
pub struct AddActionInput {
    /// The plan.
    pub action_plan_id: ID,
    /// The action (appended after the last one).
    pub action: ActionFieldsInput,
}

/// Input of `updateAction`.
#[derive(InputObject)]
pub struct UpdateActionInput {
    /// The action.
    pub id: ID,
    /// The version you read; a stale one gives `STALE_VERSION` and changes nothing.
    pub expected_version: i32,
    /// Its new fields (all are replaced).
    pub action: ActionFieldsInput,
}

/// Input of `removeAction` and `removeActionStep`.
#[derive(InputObject)]
pub struct RemoveVersionedInput {
    /// The action or step.
    pub id: ID,
    /// The version you read.
    pub expected_version: i32,
    /// Why (at most 2,000 characters): required once the plan is ADOPTED
    /// (`REASON_REQUIRED`), where a removal is re-planning, kept in the plan's `changes`.
    pub reason: Option<String>,
}

/// The editable fields of a step. Dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
/// (`INVALID_DATE`); an end before the start is `END_BEFORE_START`.
#[derive(InputObject)]
pub struct ActionStepFieldsInput {
    /// The printed reference, e.g. "Task #1" (at most 100 characters).
    #[graphql(name = "ref")]
    pub reference: Option<String>,
    /// What is done (how), 1–2,000 characters.
    pub title: String,
    /// Who takes part, as names only; at most 50 entries of at most 1,000 characters. Use
    /// `stakeholderEntries` to link organisations of the network; giving both is `EITHER_OR`.
    #[graphql(default)]
    pub stakeholders: Vec<String>,
    /// Who takes part: organisations of the network (`NOT_FOUND` for an unknown one,
    /// `DUPLICATE` for one listed twice) or parties named in words; same limits. When given,
    /// it replaces the whole list.
    pub stakeholder_entries: Option<Vec<StakeholderInput>>,
    /// The printed stakeholder cell, when not just the list.
    pub stakeholders_text: Option<String>,
    /// Success factors; same limits.
    #[graphql(default)]
    pub success_factors: Vec<String>,
    /// The printed success-factor cell.
    pub success_factors_text: Option<String>,
    /// Start.
    pub start: Option<String>,
    /// End.
    pub end: Option<String>,
    /// The printed start wording.
    pub start_text: Option<String>,
    /// The printed end wording.
    pub end_text: Option<String>,
}

/// A stakeholder of a step: an organisation of the network, a name, or both (an organisation
/// with the wording printed for it). An entry with neither is dropped.
#[derive(InputObject)]
pub struct StakeholderInput {
    /// The organisation.
    pub organisation_id: Option<ID>,
    /// The name as printed or typed (at most 1,000 characters); for an organisation, only
    /// when it differs from the organisation's name.
    pub name: Option<String>,
}

/// Input of `addActionStep`.
#[derive(InputObject)]
pub struct AddActionStepInput {
    /// The action.
    pub action_id: ID,
    /// A top-level step of the same action to nest under (`INVALID_PARENT` otherwise).
    pub parent_id: Option<ID>,
    /// The step (appended after its last sibling).
    pub step: ActionStepFieldsInput,
    /// Why (at most 2,000 characters): required when the plan is ADOPTED or IMPLEMENTING
    /// (`REASON_REQUIRED`), where adding a step is re-planning, kept in the plan's `changes`.
    pub reason: Option<String>,
}

/// Input of `updateActionStep`.
#[derive(InputObject)]
pub struct UpdateActionStepInput {
    /// The step.
    pub id: ID,
    /// The version you read; a stale one gives `STALE_VERSION` and changes nothing.
    pub expected_version: i32,
    /// Its new fields (all are replaced; the baseline stays).
    pub step: ActionStepFieldsInput,
}

/// Input of `moveActionStep`.
#[derive(InputObject)]
pub struct MoveActionStepInput {
    /// The step.
    pub id: ID,
    /// The version you read.
    pub expected_version: i32,
    /// The new parent (a top-level step of the same action), or null for the top level.
    pub parent_id: Option<ID>,
    /// 0-based index among the new siblings; null appends.
    pub position: Option<i32>,
}

/// Input of `transitionActionPlan`.
#[derive(InputObject)]
pub struct TransitionActionPlanInput {
    /// The plan.
    pub id: ID,
    /// The stage to move to.
    pub to: PlanStageGql,
    /// The plan's version you read.
    pub expected_version: i32,
    /// Why (at most 2,000 characters), kept in the stage history.
    pub comment: Option<String>,
    /// On re-adoption (entering ADOPTED when the plan has a baseline already): set a new
    /// baseline from the current dates instead of keeping the earlier one. The first adoption
    /// always sets baseline 1.
    #[graphql(default)]
    pub rebaseline: bool,
}

payload!(
    /// Result of `createActionPlan`, `removeAction`, `transitionActionPlan`,
    /// `publishPlanSummary` and `withdrawPlanSummary`.
    ActionPlanPayload,
    /// The plan.
    action_plan: ActionPlanObject
);
payload!(
    /// Result of `addAction`, `updateAction` and `removeActionStep`.
    ActionPayload,
    /// The action.
    action: ActionObject
);
payload!(
    /// Result of `addActionStep`, `updateActionStep` and `moveActionStep`.
    ActionStepPayload,
    /// The step (its `number` is computed within the action).
    step: ActionStepObject
);

impl ActionFieldsInput {
    /// The draft, with its global IDs decoded (`NOT_FOUND` on a field naming nothing).
    fn draft(self) -> Result<ActionDraft, ServiceError> {
        Ok(ActionDraft {
            reference: self.reference,
            title: self.title,
            thematic_area_id: optional_input_id::<ThematicAreaId>(
                "thematicAreaId",
                self.thematic_area_id.as_ref(),
            )?,
            origin: self.origin.into(),
            proposed_action_id: optional_input_id::<ProposedActionId>(
                "proposedActionId",
                self.proposed_action_id.as_ref(),
            )?,
        })
    }
}

/// Points the errors the domain and the service report on `stakeholders` at `field`, the
/// input the caller gave them in.
fn stakeholder_errors(field: &'static str, err: ServiceError) -> ServiceError {
    match err {
        ServiceError::Invalid(errors) => ServiceError::Invalid(
            errors
                .into_iter()
                .map(|mut error| {
                    if error.field == "stakeholders" {
                        error.field = field;
                    }
                    error
                })
                .collect(),
        ),
        ServiceError::NotFound("stakeholders") => ServiceError::NotFound(field),
        other => other,
    }
}

impl ActionStepFieldsInput {
    /// The input field the stakeholders are given in.
    fn stakeholders_field(&self) -> &'static str {
        match &self.stakeholder_entries {
            Some(entries) if !entries.is_empty() => "stakeholderEntries",
            _ => "stakeholders",
        }
    }

    /// The draft, with the stakeholders' organisation IDs decoded (`NOT_FOUND` for one
    /// naming nothing).
    fn draft(self) -> Result<StepDraft, ServiceError> {
        let field = self.stakeholders_field();
        let stakeholders = match self.stakeholder_entries {
            Some(entries) if !self.stakeholders.is_empty() && !entries.is_empty() => {
                // Named on the older input, the one to drop.
                return Err(ValidationError::new(
                    "stakeholders",
                    "EITHER_OR",
                    "Give stakeholders or stakeholderEntries, not both.",
                )
                .into());
            }
            Some(entries) if !entries.is_empty() => entries
                .into_iter()
                .map(|entry| {
                    Ok(StakeholderDraft {
                        organisation_id: optional_input_id::<OrganisationId>(
                            field,
                            entry.organisation_id.as_ref(),
                        )?,
                        name: entry.name,
                    })
                })
                .collect::<Result<_, ServiceError>>()?,
            _ => self
                .stakeholders
                .into_iter()
                .map(StakeholderDraft::named)
                .collect(),
        };
        Ok(StepDraft {
            reference: self.reference,
            title: self.title,
            stakeholders,
            stakeholders_text: self.stakeholders_text,
            success_factors: self.success_factors,
            success_factors_text: self.success_factors_text,
            start: self.start,
            end: self.end,
            start_text: self.start_text,
            end_text: self.end_text,
        })
    }
}

/// A step with its number among the current steps of its action.
pub(super) async fn numbered(
    ctx: &Context<'_>,
    step: mega_domain::action_plan::ActionStep,
) -> Result<ActionStepObject, ServiceError> {
    let steps =
        mega_persistence::action_plans::steps_of_actions(db(ctx).conn(), &[step.action_id]).await?;
    let id = step.id;
    Ok(crate::types::action_plan::ordered_steps(steps)
        .into_iter()
        .find(|o| o.step.id == id)
        .unwrap_or(ActionStepObject {
            step,
            number: String::new(),
        }))
}

/// Action-plan mutations.
#[derive(Default)]
pub struct ActionPlanMutation;

#[Object]
impl ActionPlanMutation {
    /// Creates an organisation's empty DRAFT plan. Members of the organisation and the
    /// coordinator.
    async fn create_action_plan(
        &self,
        ctx: &Context<'_>,
        input: CreateActionPlanInput,
    ) -> ApiResult<ActionPlanPayload> {
        let result = async {
            let organisation =
                input_id::<OrganisationId>("organisationId", &input.organisation_id)?;
            service::create(db(ctx), actor(ctx), organisation).await
        }
        .await;
        Ok(settle(result.map(ActionPlanObject))?.into())
    }

    /// Appends an action to a plan. Members of the organisation while the plan is DRAFT or
    /// SUBMITTED; the coordinator always.
    async fn add_action(
        &self,
        ctx: &Context<'_>,
        input: AddActionInput,
    ) -> ApiResult<ActionPayload> {
        let result = async {
            let plan = input_id::<ActionPlanId>("actionPlanId", &input.action_plan_id)?;
            service::add_action(db(ctx), actor(ctx), plan, input.action.draft()?).await
        }
        .await;
        Ok(settle(result.map(ActionObject))?.into())
    }

    /// Replaces an action's fields at `expectedVersion`. Who: as `addAction`.
    async fn update_action(
        &self,
        ctx: &Context<'_>,
        input: UpdateActionInput,
    ) -> ApiResult<ActionPayload> {
        let result = async {
            let id = input_id::<ActionId>("id", &input.id)?;
            service::update_action(
                db(ctx),
                actor(ctx),
                id,
                input.expected_version,
                input.action.draft()?,
            )
            .await
        }
        .await;
        Ok(settle(result.map(ActionObject))?.into())
    }

    /// Removes an action with its steps at `expectedVersion`. Who: as `addAction`.
    async fn remove_action(
        &self,
        ctx: &Context<'_>,
        input: RemoveVersionedInput,
    ) -> ApiResult<ActionPlanPayload> {
        let result = async {
            let id = input_id::<ActionId>("id", &input.id)?;
            service::remove_action(
                db(ctx),
                actor(ctx),
                id,
                input.expected_version,
                input.reason,
            )
            .await
        }
        .await;
        Ok(settle(result.map(ActionPlanObject))?.into())
    }

    /// Appends a step to an action, optionally under a top-level step. Members of the
    /// organisation until the plan is COMPLETED (with a `reason` once it is ADOPTED: that is
    /// re-planning); the coordinator always.
    async fn add_action_step(
        &self,
        ctx: &Context<'_>,
        input: AddActionStepInput,
    ) -> ApiResult<ActionStepPayload> {
        let result = async {
            let action = input_id::<ActionId>("actionId", &input.action_id)?;
            let parent = optional_input_id::<ActionStepId>("parentId", input.parent_id.as_ref())?;
            let field = input.step.stakeholders_field();
            let step = service::add_step(
                db(ctx),
                actor(ctx),
                action,
                parent,
                input.step.draft()?,
                input.reason,
            )
            .await
            .map_err(|err| stakeholder_errors(field, err))?;
            numbered(ctx, step).await
        }
        .await;
        Ok(settle(result)?.into())
    }

    /// Replaces a step's fields at `expectedVersion`; the baseline frozen at adoption stays.
    /// Who: as `addAction`. In an ADOPTED or later plan (the coordinator) the dates do not
    /// change here (`REPLAN_REQUIRED`): use `replanActionStep`.
    async fn update_action_step(
        &self,
        ctx: &Context<'_>,
        input: UpdateActionStepInput,
    ) -> ApiResult<ActionStepPayload> {
        let result = async {
            let id = input_id::<ActionStepId>("id", &input.id)?;
            let field = input.step.stakeholders_field();
            let step = service::update_step(
                db(ctx),
                actor(ctx),
                id,
                input.expected_version,
                input.step.draft()?,
            )
            .await
            .map_err(|err| stakeholder_errors(field, err))?;
            numbered(ctx, step).await
        }
        .await;
        Ok(settle(result)?.into())
    }

    /// Moves a step: another parent (a top-level step of the same action, or none) and/or
    /// another position. Deeper nesting and cycles are `INVALID_PARENT`. Who: as `addAction`.
    async fn move_action_step(
        &self,
        ctx: &Context<'_>,
        input: MoveActionStepInput,
    ) -> ApiResult<ActionStepPayload> {
        let result = async {
            let id = input_id::<ActionStepId>("id", &input.id)?;
            let parent = optional_input_id::<ActionStepId>("parentId", input.parent_id.as_ref())?;
            let step = service::move_step(
                db(ctx),
                actor(ctx),
                id,
                input.expected_version,
                parent,
                input.position,
            )
            .await?;
            numbered(ctx, step).await
        }
        .await;
        Ok(settle(result)?.into())
    }

    /// Removes a step with its sub-steps at `expectedVersion`. Who: as `addActionStep` (with
    /// a `reason` once the plan is ADOPTED).
    async fn remove_action_step(
        &self,
        ctx: &Context<'_>,
        input: RemoveVersionedInput,
    ) -> ApiResult<ActionPayload> {
        let result = async {
            let id = input_id::<ActionStepId>("id", &input.id)?;
            service::remove_step(
                db(ctx),
                actor(ctx),
                id,
                input.expected_version,
                input.reason,
            )
            .await
        }
        .await;
        Ok(settle(result.map(ActionObject))?.into())
    }

    /// Moves a plan to another stage at the plan's `expectedVersion`. Members of the
    /// organisation: DRAFT→SUBMITTED, SUBMITTED→DRAFT, ADOPTED→IMPLEMENTING,
    /// IMPLEMENTING→COMPLETED; the coordinator also adopts (SUBMITTED→ADOPTED) and reopens
    /// (→DRAFT). Other moves are `INVALID_TRANSITION`; entering SUBMITTED or ADOPTED returns
    /// every broken plan rule (`TOO_FEW_ACTIONS`, `NO_MUTUAL_LEARNING_ACTION`). Entering
    /// ADOPTED the first time sets baseline 1 from each step's dates; a re-adoption keeps the
    /// baseline unless `rebaseline` is true.
    async fn transition_action_plan(
        &self,
        ctx: &Context<'_>,
        input: TransitionActionPlanInput,
    ) -> ApiResult<ActionPlanPayload> {
        let result = async {
            let id = input_id::<ActionPlanId>("id", &input.id)?;
            service::transition(
                db(ctx),
                actor(ctx),
                id,
                input.to.into(),
                input.expected_version,
                input.comment,
                input.rebaseline,
            )
            .await
        }
        .await;
        Ok(settle(result.map(ActionPlanObject))?.into())
    }
}
