//! Action plans: who reads them, who edits their actions and steps (each with its own
//! version, so people editing different steps never conflict), stage changes with the plan
//! rules, and the baseline frozen at adoption.

use std::collections::HashMap;

use chrono::Utc;
use mega_domain::action_plan::{
    ActionFacts, ActionId, ActionOrigin, ActionPlan, ActionPlanId, ActionStep, ActionStepId,
    MAX_ENTRY, MAX_TITLE, PlanAction, PlanStage, TransitionError, broken_plan_rules, check_parent,
    parse_list,
};
use mega_domain::event::{parse_optional, parse_required};
use mega_domain::partial_date::{PartialDate, check_range};
use mega_domain::{
    Action, Actor, Denial, GlobalRole, MembershipRole, OrganisationId, ProposedActionId,
    ThematicAreaId, ValidationError, WorkingGroupId, authorize,
};
use mega_persistence::action_plans::{self as repo, ActionFields, StepFields};
use mega_persistence::{
    ConnectionTrait, Database, TransactionTrait, organisations, proposed_actions, thematic_areas,
    working_groups,
};

use super::{ServiceError, ServiceResult, actor_id, conflict_as, record};
use mega_domain::NodeId;
use mega_domain::webhook::WebhookEvent;

/// The working groups of the thematic areas of each plan's actions (the facts
/// `ReadActionPlan` needs), in two statements for any number of plans.
pub async fn groups_of_plans(
    db: &Database,
    plans: &[ActionPlanId],
) -> ServiceResult<HashMap<ActionPlanId, Vec<WorkingGroupId>>> {
    let actions = repo::actions_of_plans(db.conn(), plans).await?;
    let groups = repo::group_areas(db.conn()).await?;
    let mut result: HashMap<ActionPlanId, Vec<WorkingGroupId>> =
        plans.iter().map(|p| (*p, Vec::new())).collect();
    for action in actions {
        let Some(area) = action.thematic_area_id else {
            continue;
        };
        let entry = result.entry(action.plan_id).or_default();
        entry.extend(groups.iter().filter(|(_, a)| *a == area).map(|(g, _)| *g));
    }
    for groups in result.values_mut() {
        groups.sort();
        groups.dedup();
    }
    Ok(result)
}

fn read_action<'a>(plan: &ActionPlan, groups: &'a [WorkingGroupId]) -> Action<'a> {
    Action::ReadActionPlan {
        owner: plan.organisation_id,
        published: plan.stage.published(),
        groups,
    }
}

/// The plans among `plans` that `actor` may read, in their order.
pub async fn readable(
    db: &Database,
    actor: &Actor,
    plans: Vec<ActionPlan>,
) -> ServiceResult<Vec<ActionPlan>> {
    authorize(actor, Action::ReadNetwork)?;
    let hidden: Vec<ActionPlanId> = plans
        .iter()
        .filter(|p| !p.stage.published())
        .map(|p| p.id)
        .collect();
    let groups = if hidden.is_empty() {
        HashMap::new()
    } else {
        groups_of_plans(db, &hidden).await?
    };
    Ok(plans
        .into_iter()
        .filter(|plan| {
            let groups = groups.get(&plan.id).map(Vec::as_slice).unwrap_or(&[]);
            authorize(actor, read_action(plan, groups)).is_ok()
        })
        .collect())
}

/// Whether `actor` may read `plan`.
pub async fn may_read(db: &Database, actor: &Actor, plan: &ActionPlan) -> ServiceResult<bool> {
    Ok(!readable(db, actor, vec![plan.clone()]).await?.is_empty())
}

/// Loads a plan the actor may read: `NotFound` when it does not exist, `FORBIDDEN` when
/// the actor may not read it.
pub async fn load_readable(
    db: &Database,
    actor: &Actor,
    id: ActionPlanId,
    field: &'static str,
) -> ServiceResult<ActionPlan> {
    authorize(actor, Action::ReadNetwork)?;
    let plan = repo::find(db.conn(), id)
        .await?
        .ok_or(ServiceError::NotFound(field))?;
    if !may_read(db, actor, &plan).await? {
        return Err(ServiceError::Denied(Denial::Forbidden));
    }
    Ok(plan)
}

/// The thematic areas of the groups where `organisation` is a LEARNING member.
pub async fn learning_areas(
    conn: &impl ConnectionTrait,
    organisation: OrganisationId,
) -> ServiceResult<Vec<ThematicAreaId>> {
    let learning: Vec<WorkingGroupId> =
        working_groups::memberships_of_organisations(conn, &[organisation])
            .await?
            .into_iter()
            .filter(|m| m.role == MembershipRole::Learning)
            .map(|m| m.working_group_id)
            .collect();
    Ok(working_groups::find_by_ids(conn, &learning)
        .await?
        .into_iter()
        .map(|g| g.thematic_area_id)
        .collect())
}

/// Every plan rule `actions` break for `organisation`, read through `conn` (a transaction
/// when a stage change checks them).
pub async fn broken_rules(
    conn: &impl ConnectionTrait,
    organisation: OrganisationId,
    actions: &[PlanAction],
) -> ServiceResult<Vec<ValidationError>> {
    let facts: Vec<ActionFacts> = actions
        .iter()
        .map(|a| ActionFacts {
            origin: a.origin,
            thematic_area_id: a.thematic_area_id,
        })
        .collect();
    Ok(broken_plan_rules(
        &facts,
        &learning_areas(conn, organisation).await?,
    ))
}

fn is_coordinator(actor: &Actor) -> bool {
    matches!(actor, Actor::User(p) if p.role == GlobalRole::Coordinator)
}

/// Creates an organisation's (empty, DRAFT) plan; one per organisation.
pub async fn create(
    db: &Database,
    actor: &Actor,
    organisation: OrganisationId,
) -> ServiceResult<ActionPlan> {
    authorize(
        actor,
        Action::EditActionPlan {
            owner: organisation,
            editable_by_owner: true,
        },
    )?;
    if organisations::find_by_ids(db.conn(), &[organisation])
        .await?
        .is_empty()
    {
        return Err(ServiceError::NotFound("organisationId"));
    }
    let txn = db.conn().begin().await?;
    let plan = repo::create(
        &txn,
        organisation,
        PlanStage::Draft,
        actor_id(actor),
        Utc::now(),
        None,
    )
    .await
    .map_err(conflict_as(
        "organisationId",
        "The organisation has an action plan already.",
    ))?;
    record(
        &txn,
        actor_id(actor),
        "createActionPlan",
        "ActionPlan",
        plan.id.0,
        None::<&()>,
        Some(&plan),
    )
    .await?;
    txn.commit().await?;
    Ok(plan)
}

/// Loads a plan for editing its content: readable, and editable by the actor in its stage.
async fn plan_for_edit(
    db: &Database,
    actor: &Actor,
    id: ActionPlanId,
    field: &'static str,
) -> ServiceResult<ActionPlan> {
    let plan = load_readable(db, actor, id, field).await?;
    authorize(
        actor,
        Action::EditActionPlan {
            owner: plan.organisation_id,
            editable_by_owner: plan.stage.content_editable(),
        },
    )?;
    Ok(plan)
}

/// The fields of an action as given.
#[derive(Debug)]
pub struct ActionInput {
    /// Printed reference.
    pub reference: Option<String>,
    /// The objective.
    pub title: Option<String>,
    /// Thematic area.
    pub thematic_area_id: Option<ThematicAreaId>,
    /// Origin.
    pub origin: ActionOrigin,
    /// The proposed action it grew from.
    pub proposed_action_id: Option<ProposedActionId>,
}

async fn action_fields(db: &Database, input: ActionInput) -> ServiceResult<ActionFields> {
    let mut errors = Vec::new();
    let reference = parse_optional("ref", input.reference.as_deref(), 100)
        .map_err(|e| errors.push(e))
        .unwrap_or_default();
    let title = parse_optional("title", input.title.as_deref(), MAX_TITLE)
        .map_err(|e| errors.push(e))
        .unwrap_or_default();
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    if let Some(area) = input.thematic_area_id
        && thematic_areas::find_by_ids(db.conn(), &[area])
            .await?
            .is_empty()
    {
        return Err(ServiceError::NotFound("thematicAreaId"));
    }
    if let Some(proposed) = input.proposed_action_id
        && proposed_actions::find(db.conn(), proposed).await?.is_none()
    {
        return Err(ServiceError::NotFound("proposedActionId"));
    }
    Ok(ActionFields {
        reference,
        title,
        thematic_area_id: input.thematic_area_id,
        origin: input.origin,
        proposed_action_id: input.proposed_action_id,
    })
}

/// Appends an action to a plan.
pub async fn add_action(
    db: &Database,
    actor: &Actor,
    plan: ActionPlanId,
    input: ActionInput,
) -> ServiceResult<PlanAction> {
    let plan = plan_for_edit(db, actor, plan, "actionPlanId").await?;
    let fields = action_fields(db, input).await?;
    let txn = db.conn().begin().await?;
    lock_for_edit(&txn, actor, &plan).await?;
    let action = repo::add_action(&txn, plan.id, fields).await?;
    record(
        &txn,
        actor_id(actor),
        "addAction",
        "Action",
        action.id.0,
        None::<&()>,
        Some(&action),
    )
    .await?;
    txn.commit().await?;
    Ok(action)
}

async fn action_for_edit(
    db: &Database,
    actor: &Actor,
    id: ActionId,
) -> ServiceResult<(ActionPlan, PlanAction)> {
    authorize(actor, Action::ReadNetwork)?;
    let action = repo::find_action(db.conn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let plan = plan_for_edit(db, actor, action.plan_id, "id").await?;
    Ok((plan, action))
}

/// Replaces an action's fields at `expected_version`.
pub async fn update_action(
    db: &Database,
    actor: &Actor,
    id: ActionId,
    expected_version: i32,
    input: ActionInput,
) -> ServiceResult<PlanAction> {
    let (plan, before) = action_for_edit(db, actor, id).await?;
    let fields = action_fields(db, input).await?;
    let txn = db.conn().begin().await?;
    lock_for_edit(&txn, actor, &plan).await?;
    let after = repo::update_action(&txn, id, expected_version, fields).await?;
    record(
        &txn,
        actor_id(actor),
        "updateAction",
        "Action",
        id.0,
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// Removes an action (with its steps) at `expected_version`; returns its plan.
pub async fn remove_action(
    db: &Database,
    actor: &Actor,
    id: ActionId,
    expected_version: i32,
) -> ServiceResult<ActionPlan> {
    let (plan, before) = action_for_edit(db, actor, id).await?;
    let txn = db.conn().begin().await?;
    lock_for_edit(&txn, actor, &plan).await?;
    repo::remove_action(&txn, id, expected_version).await?;
    record(
        &txn,
        actor_id(actor),
        "removeAction",
        "Action",
        id.0,
        Some(&before),
        None::<&()>,
    )
    .await?;
    txn.commit().await?;
    Ok(plan)
}

/// The fields of a step as given; dates as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
#[derive(Debug, Default)]
pub struct StepInput {
    /// Printed reference.
    pub reference: Option<String>,
    /// What is done.
    pub title: String,
    /// Who.
    pub stakeholders: Vec<String>,
    /// The printed stakeholder cell.
    pub stakeholders_text: Option<String>,
    /// Success factors.
    pub success_factors: Vec<String>,
    /// The printed success-factor cell.
    pub success_factors_text: Option<String>,
    /// Start.
    pub start: Option<String>,
    /// End.
    pub end: Option<String>,
    /// Printed start wording.
    pub start_text: Option<String>,
    /// Printed end wording.
    pub end_text: Option<String>,
}

/// Validates a step's fields, every problem at once.
pub fn step_fields(input: StepInput) -> ServiceResult<StepFields> {
    let mut errors = Vec::new();
    let mut keep = |r: Result<Option<String>, ValidationError>| {
        r.map_err(|e| errors.push(e)).unwrap_or_default()
    };
    let reference = keep(parse_optional("ref", input.reference.as_deref(), 100));
    let stakeholders_text = keep(parse_optional(
        "stakeholdersText",
        input.stakeholders_text.as_deref(),
        MAX_ENTRY,
    ));
    let success_factors_text = keep(parse_optional(
        "successFactorsText",
        input.success_factors_text.as_deref(),
        MAX_ENTRY,
    ));
    let start_text = keep(parse_optional(
        "startText",
        input.start_text.as_deref(),
        200,
    ));
    let end_text = keep(parse_optional("endText", input.end_text.as_deref(), 200));
    let title = parse_required("title", &input.title, MAX_TITLE)
        .map_err(|e| errors.push(e))
        .unwrap_or_default();
    let stakeholders = parse_list("stakeholders", &input.stakeholders)
        .map_err(|e| errors.push(e))
        .unwrap_or_default();
    let success_factors = parse_list("successFactors", &input.success_factors)
        .map_err(|e| errors.push(e))
        .unwrap_or_default();
    let mut date = |field: &'static str, raw: Option<&str>| -> Option<PartialDate> {
        let raw = raw.map(str::trim).filter(|r| !r.is_empty())?;
        PartialDate::parse(field, raw)
            .map_err(|e| errors.push(e))
            .ok()
    };
    let start = date("start", input.start.as_deref());
    let end = date("end", input.end.as_deref());
    if let Err(err) = check_range(start.as_ref(), end.as_ref()) {
        errors.push(err);
    }
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    Ok(StepFields {
        reference,
        title,
        stakeholders,
        stakeholders_text,
        success_factors,
        success_factors_text,
        start,
        end,
        start_text,
        end_text,
    })
}

fn invalid(err: ValidationError) -> ServiceError {
    ServiceError::Invalid(vec![err])
}

/// Appends a step to an action, under `parent` (a top-level step of the same action).
pub async fn add_step(
    db: &Database,
    actor: &Actor,
    action: ActionId,
    parent: Option<ActionStepId>,
    input: StepInput,
) -> ServiceResult<ActionStep> {
    authorize(actor, Action::ReadNetwork)?;
    let action = repo::find_action(db.conn(), action)
        .await?
        .ok_or(ServiceError::NotFound("actionId"))?;
    let plan = plan_for_edit(db, actor, action.plan_id, "actionId").await?;
    let fields = step_fields(input)?;
    let parent_step = match parent {
        Some(id) => Some(
            repo::find_step(db.conn(), id)
                .await?
                .ok_or(ServiceError::NotFound("parentId"))?,
        ),
        None => None,
    };
    check_parent(None, action.id, parent_step.as_ref(), false).map_err(invalid)?;
    let txn = db.conn().begin().await?;
    lock_for_edit(&txn, actor, &plan).await?;
    let step = repo::add_step(&txn, action.id, parent, fields).await?;
    record(
        &txn,
        actor_id(actor),
        "addActionStep",
        "ActionStep",
        step.id.0,
        None::<&()>,
        Some(&step),
    )
    .await?;
    txn.commit().await?;
    Ok(step)
}

async fn step_for_edit(
    db: &Database,
    actor: &Actor,
    id: ActionStepId,
) -> ServiceResult<(ActionPlan, ActionStep)> {
    authorize(actor, Action::ReadNetwork)?;
    let step = repo::find_step(db.conn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let action = repo::find_action(db.conn(), step.action_id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let plan = plan_for_edit(db, actor, action.plan_id, "id").await?;
    Ok((plan, step))
}

/// Re-checks, inside the edit's transaction, that the plan is still in a stage where the
/// actor may edit it, and locks it against a concurrent stage change.
async fn lock_for_edit(
    txn: &mega_persistence::DatabaseTransaction,
    actor: &Actor,
    plan: &ActionPlan,
) -> ServiceResult<()> {
    let stages: &[PlanStage] = if is_coordinator(actor) {
        PlanStage::ALL
    } else {
        &[PlanStage::Draft, PlanStage::Submitted]
    };
    if !repo::lock_in_stages(txn, plan.id, stages).await? {
        return Err(ServiceError::Stale);
    }
    Ok(())
}

/// Replaces a step's fields at `expected_version`; its baseline stays.
pub async fn update_step(
    db: &Database,
    actor: &Actor,
    id: ActionStepId,
    expected_version: i32,
    input: StepInput,
) -> ServiceResult<ActionStep> {
    let (plan, before) = step_for_edit(db, actor, id).await?;
    let fields = step_fields(input)?;
    let txn = db.conn().begin().await?;
    lock_for_edit(&txn, actor, &plan).await?;
    let after = repo::update_step(&txn, id, expected_version, fields).await?;
    record(
        &txn,
        actor_id(actor),
        "updateActionStep",
        "ActionStep",
        id.0,
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// Moves a step under another parent (or to the top level) and/or to another position.
pub async fn move_step(
    db: &Database,
    actor: &Actor,
    id: ActionStepId,
    expected_version: i32,
    parent: Option<ActionStepId>,
    position: Option<i32>,
) -> ServiceResult<ActionStep> {
    let (plan, before) = step_for_edit(db, actor, id).await?;
    let siblings = repo::steps_of_actions(db.conn(), &[before.action_id]).await?;
    let parent_step = match parent {
        Some(pid) => Some(
            siblings
                .iter()
                .find(|s| s.id == pid)
                .cloned()
                .ok_or_else(|| {
                    invalid(ValidationError::new(
                        "parentId",
                        "INVALID_PARENT",
                        "The parent step belongs to another action.",
                    ))
                })?,
        ),
        None => None,
    };
    let has_children = siblings.iter().any(|s| s.parent_id == Some(id));
    check_parent(
        Some(&before),
        before.action_id,
        parent_step.as_ref(),
        has_children,
    )
    .map_err(invalid)?;
    let txn = db.conn().begin().await?;
    lock_for_edit(&txn, actor, &plan).await?;
    let after = repo::move_step(&txn, &before, expected_version, parent, position).await?;
    record(
        &txn,
        actor_id(actor),
        "moveActionStep",
        "ActionStep",
        id.0,
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// Removes a step (with its sub-steps) at `expected_version`; returns its action.
pub async fn remove_step(
    db: &Database,
    actor: &Actor,
    id: ActionStepId,
    expected_version: i32,
) -> ServiceResult<PlanAction> {
    let (plan, before) = step_for_edit(db, actor, id).await?;
    let txn = db.conn().begin().await?;
    lock_for_edit(&txn, actor, &plan).await?;
    repo::remove_step(&txn, id, expected_version).await?;
    record(
        &txn,
        actor_id(actor),
        "removeActionStep",
        "ActionStep",
        id.0,
        Some(&before),
        None::<&()>,
    )
    .await?;
    txn.commit().await?;
    repo::find_action(db.conn(), before.action_id)
        .await?
        .ok_or(ServiceError::NotFound("id"))
}

/// Moves a plan to `to` at `expected_version`: a valid edge of the stage machine (else
/// `INVALID_TRANSITION`), made by whom the policy allows, with every plan rule met when
/// entering SUBMITTED or ADOPTED.
pub async fn transition(
    db: &Database,
    actor: &Actor,
    id: ActionPlanId,
    to: PlanStage,
    expected_version: i32,
    comment: Option<String>,
) -> ServiceResult<ActionPlan> {
    let before = load_readable(db, actor, id, "id").await?;
    let comment = parse_optional("comment", comment.as_deref(), 2_000)?;
    match before.stage.check_transition(to) {
        Ok(()) => {}
        Err(TransitionError::NotAllowed) => {
            return Err(invalid(ValidationError::new(
                "to",
                "INVALID_TRANSITION",
                format!(
                    "A plan cannot move from {} to {}.",
                    before.stage.code(),
                    to.code()
                ),
            )));
        }
    }
    authorize(
        actor,
        Action::TransitionActionPlan {
            owner: before.organisation_id,
            by_owner: before.stage.member_may_transition(to),
        },
    )?;
    if before.version != expected_version {
        return Err(ServiceError::Stale);
    }
    let txn = db.conn().begin().await?;
    // The version bump comes first: it locks the plan row, and content edits lock the same
    // row (`lock_for_edit`), so the rules below see every action committed before this
    // stage change and none can be added or removed until it commits. A broken rule drops
    // the transaction, which rolls the bump back.
    let after = repo::transition(
        &txn,
        &before,
        expected_version,
        to,
        actor_id(actor),
        comment,
    )
    .await?;
    if to.enforces_rules() {
        let actions = repo::actions_of_plans(&txn, &[id]).await?;
        let broken = broken_rules(&txn, before.organisation_id, &actions).await?;
        if !broken.is_empty() {
            txn.rollback().await?;
            return Err(ServiceError::Invalid(broken));
        }
    }
    record(
        &txn,
        actor_id(actor),
        "transitionActionPlan",
        "ActionPlan",
        id.0,
        Some(&before),
        Some(&after),
    )
    .await?;
    super::webhooks::emit(
        &txn,
        WebhookEvent::PlanStageChanged,
        &[before.organisation_id],
        serde_json::json!({
            "actionPlanId": id.global_id(),
            "organisationId": before.organisation_id.global_id(),
            "from": before.stage.code(),
            "to": after.stage.code(),
        }),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}
