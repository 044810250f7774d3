//! Repository of action plans, their stage history, actions and steps. Plans, actions and
//! steps each carry a version; every update is a conditional `UPDATE … WHERE id = ? AND
//! version = ?` run first in the caller's transaction, so a stale writer changes nothing.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use mega_domain::action_plan::{
    ActionId, ActionOrigin, ActionPlan, ActionPlanId, ActionStep, ActionStepId, PlanAction,
    PlanStage, StageChange, StageChangeId,
};
use mega_domain::partial_date::PartialDate;
use mega_domain::{OrganisationId, ProposedActionId, ThematicAreaId, UserId};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    sea_query::{Expr, ExprTrait},
};

use crate::entities::{action_plan, action_plan_stage_change, action_step, feedback, plan_action};
use crate::error::{PersistenceError, Result};

fn corrupt(what: String) -> PersistenceError {
    PersistenceError::Corrupt(what)
}

fn plan_to_domain(row: action_plan::Model) -> Result<ActionPlan> {
    Ok(ActionPlan {
        id: ActionPlanId(row.id),
        organisation_id: OrganisationId(row.organisation_id),
        stage: PlanStage::from_code(&row.stage)
            .ok_or_else(|| corrupt(format!("action plan {} stage", row.id)))?,
        version: row.version,
        created_at: row.created_at,
        updated_at: row.updated_at,
    })
}

fn action_to_domain(row: plan_action::Model) -> Result<PlanAction> {
    Ok(PlanAction {
        id: ActionId(row.id),
        plan_id: ActionPlanId(row.action_plan_id),
        reference: row.reference,
        title: row.title,
        thematic_area_id: row.thematic_area_id.map(ThematicAreaId),
        origin: ActionOrigin::from_code(&row.origin)
            .ok_or_else(|| corrupt(format!("action {} origin", row.id)))?,
        proposed_action_id: row.proposed_action_id.map(ProposedActionId),
        position: row.position,
        version: row.version,
    })
}

fn list(id: i32, raw: &str) -> Result<Vec<String>> {
    serde_json::from_str(raw).map_err(|_| corrupt(format!("action step {id}: list")))
}

fn json(list: &[String]) -> Result<String> {
    serde_json::to_string(list).map_err(|err| corrupt(err.to_string()))
}

fn date(id: i32, raw: Option<&str>) -> Result<Option<PartialDate>> {
    raw.map(|raw| {
        PartialDate::parse("date", raw).map_err(|_| corrupt(format!("action step {id}: date")))
    })
    .transpose()
}

fn step_to_domain(row: action_step::Model) -> Result<ActionStep> {
    Ok(ActionStep {
        id: ActionStepId(row.id),
        action_id: ActionId(row.action_id),
        parent_id: row.parent_id.map(ActionStepId),
        reference: row.reference,
        title: row.title,
        stakeholders: list(row.id, &row.stakeholders)?,
        stakeholders_text: row.stakeholders_text,
        success_factors: list(row.id, &row.success_factors)?,
        success_factors_text: row.success_factors_text,
        start: date(row.id, row.start_date.as_deref())?,
        end: date(row.id, row.end_date.as_deref())?,
        start_text: row.start_text,
        end_text: row.end_text,
        baseline_start: date(row.id, row.baseline_start.as_deref())?,
        baseline_end: date(row.id, row.baseline_end.as_deref())?,
        position: row.position,
        version: row.version,
    })
}

fn change_to_domain(row: action_plan_stage_change::Model) -> Result<StageChange> {
    let stage = |code: &str| {
        PlanStage::from_code(code).ok_or_else(|| corrupt(format!("stage change {}", row.id)))
    };
    Ok(StageChange {
        id: StageChangeId(row.id),
        plan_id: ActionPlanId(row.action_plan_id),
        from: row.from_stage.as_deref().map(stage).transpose()?,
        to: stage(&row.to_stage)?,
        by: row.changed_by.map(UserId),
        at: row.changed_at,
        comment: row.comment.clone(),
    })
}

/// Plans with the given ids, in one statement.
pub async fn find_by_ids(
    conn: &impl ConnectionTrait,
    ids: &[ActionPlanId],
) -> Result<Vec<ActionPlan>> {
    action_plan::Entity::find()
        .filter(action_plan::Column::Id.is_in(ids.iter().map(|id| id.0)))
        .all(conn)
        .await?
        .into_iter()
        .map(plan_to_domain)
        .collect()
}

/// One plan.
pub async fn find(conn: &impl ConnectionTrait, id: ActionPlanId) -> Result<Option<ActionPlan>> {
    Ok(find_by_ids(conn, &[id]).await?.pop())
}

/// The plans of the given organisations, in one statement.
pub async fn of_organisations(
    conn: &impl ConnectionTrait,
    organisations: &[OrganisationId],
) -> Result<Vec<ActionPlan>> {
    action_plan::Entity::find()
        .filter(action_plan::Column::OrganisationId.is_in(organisations.iter().map(|id| id.0)))
        .all(conn)
        .await?
        .into_iter()
        .map(plan_to_domain)
        .collect()
}

/// Every plan, optionally of one stage, ordered by id.
pub async fn all(conn: &impl ConnectionTrait, stage: Option<PlanStage>) -> Result<Vec<ActionPlan>> {
    let mut select = action_plan::Entity::find().order_by_asc(action_plan::Column::Id);
    if let Some(stage) = stage {
        select = select.filter(action_plan::Column::Stage.eq(stage.code()));
    }
    select
        .all(conn)
        .await?
        .into_iter()
        .map(plan_to_domain)
        .collect()
}

/// The actions of the given plans, in one statement, by plan and position.
pub async fn actions_of_plans(
    conn: &impl ConnectionTrait,
    plans: &[ActionPlanId],
) -> Result<Vec<PlanAction>> {
    plan_action::Entity::find()
        .filter(plan_action::Column::ActionPlanId.is_in(plans.iter().map(|id| id.0)))
        .order_by_asc(plan_action::Column::ActionPlanId)
        .order_by_asc(plan_action::Column::Position)
        .order_by_asc(plan_action::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(action_to_domain)
        .collect()
}

/// Actions with the given ids, in one statement.
pub async fn actions_by_ids(
    conn: &impl ConnectionTrait,
    ids: &[ActionId],
) -> Result<Vec<PlanAction>> {
    plan_action::Entity::find()
        .filter(plan_action::Column::Id.is_in(ids.iter().map(|id| id.0)))
        .all(conn)
        .await?
        .into_iter()
        .map(action_to_domain)
        .collect()
}

/// One action.
pub async fn find_action(conn: &impl ConnectionTrait, id: ActionId) -> Result<Option<PlanAction>> {
    Ok(actions_by_ids(conn, &[id]).await?.pop())
}

/// The steps of the given actions, in one statement, by action and position.
pub async fn steps_of_actions(
    conn: &impl ConnectionTrait,
    actions: &[ActionId],
) -> Result<Vec<ActionStep>> {
    action_step::Entity::find()
        .filter(action_step::Column::ActionId.is_in(actions.iter().map(|id| id.0)))
        .order_by_asc(action_step::Column::ActionId)
        .order_by_asc(action_step::Column::Position)
        .order_by_asc(action_step::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(step_to_domain)
        .collect()
}

/// Steps with the given ids, in one statement.
pub async fn steps_by_ids(
    conn: &impl ConnectionTrait,
    ids: &[ActionStepId],
) -> Result<Vec<ActionStep>> {
    action_step::Entity::find()
        .filter(action_step::Column::Id.is_in(ids.iter().map(|id| id.0)))
        .all(conn)
        .await?
        .into_iter()
        .map(step_to_domain)
        .collect()
}

/// One step.
pub async fn find_step(
    conn: &impl ConnectionTrait,
    id: ActionStepId,
) -> Result<Option<ActionStep>> {
    Ok(steps_by_ids(conn, &[id]).await?.pop())
}

/// The stage histories of the given plans, in one statement, oldest first.
pub async fn history_of_plans(
    conn: &impl ConnectionTrait,
    plans: &[ActionPlanId],
) -> Result<Vec<StageChange>> {
    action_plan_stage_change::Entity::find()
        .filter(action_plan_stage_change::Column::ActionPlanId.is_in(plans.iter().map(|id| id.0)))
        .order_by_asc(action_plan_stage_change::Column::ChangedAt)
        .order_by_asc(action_plan_stage_change::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(change_to_domain)
        .collect()
}

/// Creates a plan in `stage` with its first history row; [`PersistenceError::Conflict`]
/// when the organisation has one already.
pub async fn create(
    conn: &impl ConnectionTrait,
    organisation: OrganisationId,
    stage: PlanStage,
    by: Option<UserId>,
    at: DateTime<Utc>,
    comment: Option<String>,
) -> Result<ActionPlan> {
    let row = action_plan::ActiveModel {
        organisation_id: Set(organisation.0),
        stage: Set(stage.code().to_owned()),
        version: Set(1),
        created_at: Set(at),
        updated_at: Set(at),
        ..Default::default()
    };
    let plan = plan_to_domain(
        action_plan::Entity::insert(row)
            .exec_with_returning(conn)
            .await?,
    )?;
    add_history(conn, plan.id, None, stage, by, at, comment).await?;
    Ok(plan)
}

/// Appends a row to a plan's stage history.
pub async fn add_history(
    conn: &impl ConnectionTrait,
    plan: ActionPlanId,
    from: Option<PlanStage>,
    to: PlanStage,
    by: Option<UserId>,
    at: DateTime<Utc>,
    comment: Option<String>,
) -> Result<()> {
    let row = action_plan_stage_change::ActiveModel {
        action_plan_id: Set(plan.0),
        from_stage: Set(from.map(|s| s.code().to_owned())),
        to_stage: Set(to.code().to_owned()),
        changed_by: Set(by.map(|u| u.0)),
        changed_at: Set(at),
        comment: Set(comment),
        ..Default::default()
    };
    action_plan_stage_change::Entity::insert(row)
        .exec(conn)
        .await?;
    Ok(())
}

/// Raises a plan's version from `expected` by one (and sets its stage when given), or fails
/// with [`PersistenceError::StaleVersion`] having changed nothing.
pub async fn bump_plan(
    conn: &impl ConnectionTrait,
    id: ActionPlanId,
    expected: i32,
    stage: Option<PlanStage>,
) -> Result<()> {
    let mut update = action_plan::Entity::update_many()
        .col_expr(
            action_plan::Column::Version,
            Expr::col(action_plan::Column::Version).add(1),
        )
        .col_expr(action_plan::Column::UpdatedAt, Utc::now().into());
    if let Some(stage) = stage {
        update = update.col_expr(action_plan::Column::Stage, stage.code().into());
    }
    let result = update
        .filter(
            Condition::all()
                .add(action_plan::Column::Id.eq(id.0))
                .add(action_plan::Column::Version.eq(expected)),
        )
        .exec(conn)
        .await?;
    if result.rows_affected == 0 {
        return Err(PersistenceError::StaleVersion);
    }
    Ok(())
}

/// Moves a plan at version `expected` to `to`, records the history row and, on entering
/// ADOPTED, freezes every step's dates as its baseline where none is frozen yet.
pub async fn transition(
    conn: &impl ConnectionTrait,
    plan: &ActionPlan,
    expected: i32,
    to: PlanStage,
    by: Option<UserId>,
    comment: Option<String>,
) -> Result<ActionPlan> {
    bump_plan(conn, plan.id, expected, Some(to)).await?;
    add_history(conn, plan.id, Some(plan.stage), to, by, Utc::now(), comment).await?;
    if to == PlanStage::Adopted {
        freeze_baseline(conn, plan.id).await?;
    }
    find(conn, plan.id).await?.ok_or(PersistenceError::NotFound)
}

/// Copies every step's start and end into its baseline where none is frozen yet.
pub async fn freeze_baseline(conn: &impl ConnectionTrait, plan: ActionPlanId) -> Result<()> {
    {
        let actions: Vec<i32> = actions_of_plans(conn, &[plan])
            .await?
            .iter()
            .map(|a| a.id.0)
            .collect();
        if !actions.is_empty() {
            for (baseline, date) in [
                (
                    action_step::Column::BaselineStart,
                    action_step::Column::StartDate,
                ),
                (
                    action_step::Column::BaselineEnd,
                    action_step::Column::EndDate,
                ),
            ] {
                action_step::Entity::update_many()
                    .col_expr(baseline, Expr::col(date))
                    .filter(
                        Condition::all()
                            .add(action_step::Column::ActionId.is_in(actions.clone()))
                            .add(baseline.is_null()),
                    )
                    .exec(conn)
                    .await?;
            }
        }
    }
    Ok(())
}

/// The editable fields of an action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionFields {
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

/// Appends an action to a plan.
pub async fn add_action(
    conn: &impl ConnectionTrait,
    plan: ActionPlanId,
    fields: ActionFields,
) -> Result<PlanAction> {
    let position = actions_of_plans(conn, &[plan])
        .await?
        .iter()
        .map(|a| a.position + 1)
        .max()
        .unwrap_or(0);
    insert_action(conn, plan, fields, position).await
}

async fn insert_action(
    conn: &impl ConnectionTrait,
    plan: ActionPlanId,
    fields: ActionFields,
    position: i32,
) -> Result<PlanAction> {
    let row = plan_action::ActiveModel {
        action_plan_id: Set(plan.0),
        reference: Set(fields.reference),
        title: Set(fields.title),
        thematic_area_id: Set(fields.thematic_area_id.map(|a| a.0)),
        origin: Set(fields.origin.code().to_owned()),
        proposed_action_id: Set(fields.proposed_action_id.map(|p| p.0)),
        position: Set(position),
        version: Set(1),
        ..Default::default()
    };
    action_to_domain(
        plan_action::Entity::insert(row)
            .exec_with_returning(conn)
            .await?,
    )
}

/// Replaces an action's fields at version `expected`.
pub async fn update_action(
    conn: &impl ConnectionTrait,
    id: ActionId,
    expected: i32,
    fields: ActionFields,
) -> Result<PlanAction> {
    let result = plan_action::Entity::update_many()
        .col_expr(
            plan_action::Column::Version,
            Expr::col(plan_action::Column::Version).add(1),
        )
        .col_expr(plan_action::Column::Reference, fields.reference.into())
        .col_expr(plan_action::Column::Title, fields.title.into())
        .col_expr(
            plan_action::Column::ThematicAreaId,
            fields.thematic_area_id.map(|a| a.0).into(),
        )
        .col_expr(plan_action::Column::Origin, fields.origin.code().into())
        .col_expr(
            plan_action::Column::ProposedActionId,
            fields.proposed_action_id.map(|p| p.0).into(),
        )
        .filter(
            Condition::all()
                .add(plan_action::Column::Id.eq(id.0))
                .add(plan_action::Column::Version.eq(expected)),
        )
        .exec(conn)
        .await?;
    if result.rows_affected == 0 {
        return Err(PersistenceError::StaleVersion);
    }
    find_action(conn, id)
        .await?
        .ok_or(PersistenceError::NotFound)
}

/// Removes an action at version `expected` with its steps and feedback.
pub async fn remove_action(conn: &impl ConnectionTrait, id: ActionId, expected: i32) -> Result<()> {
    let result = plan_action::Entity::delete_many()
        .filter(
            Condition::all()
                .add(plan_action::Column::Id.eq(id.0))
                .add(plan_action::Column::Version.eq(expected)),
        )
        .exec(conn)
        .await?;
    if result.rows_affected == 0 {
        return Err(PersistenceError::StaleVersion);
    }
    delete_steps_of(conn, &[id.0]).await?;
    feedback::Entity::delete_many()
        .filter(feedback::Column::ActionId.eq(id.0))
        .exec(conn)
        .await?;
    Ok(())
}

async fn delete_steps_of(conn: &impl ConnectionTrait, actions: &[i32]) -> Result<()> {
    if actions.is_empty() {
        return Ok(());
    }
    // Children first: SQLite does not enforce the self-reference unless foreign keys are on.
    action_step::Entity::delete_many()
        .filter(
            Condition::all()
                .add(action_step::Column::ActionId.is_in(actions.to_vec()))
                .add(action_step::Column::ParentId.is_not_null()),
        )
        .exec(conn)
        .await?;
    action_step::Entity::delete_many()
        .filter(action_step::Column::ActionId.is_in(actions.to_vec()))
        .exec(conn)
        .await?;
    Ok(())
}

/// The editable fields of a step.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct StepFields {
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
    pub start: Option<PartialDate>,
    /// End.
    pub end: Option<PartialDate>,
    /// Printed start wording.
    pub start_text: Option<String>,
    /// Printed end wording.
    pub end_text: Option<String>,
}

/// Inserts a step at `position` under `parent` (baseline left empty).
pub async fn insert_step(
    conn: &impl ConnectionTrait,
    action: ActionId,
    parent: Option<ActionStepId>,
    position: i32,
    fields: StepFields,
    baseline: (Option<PartialDate>, Option<PartialDate>),
) -> Result<ActionStep> {
    let row = action_step::ActiveModel {
        action_id: Set(action.0),
        parent_id: Set(parent.map(|p| p.0)),
        reference: Set(fields.reference),
        title: Set(fields.title),
        stakeholders: Set(json(&fields.stakeholders)?),
        stakeholders_text: Set(fields.stakeholders_text),
        success_factors: Set(json(&fields.success_factors)?),
        success_factors_text: Set(fields.success_factors_text),
        start_date: Set(fields.start.map(|d| d.to_string())),
        end_date: Set(fields.end.map(|d| d.to_string())),
        start_text: Set(fields.start_text),
        end_text: Set(fields.end_text),
        baseline_start: Set(baseline.0.map(|d| d.to_string())),
        baseline_end: Set(baseline.1.map(|d| d.to_string())),
        position: Set(position),
        version: Set(1),
        ..Default::default()
    };
    step_to_domain(
        action_step::Entity::insert(row)
            .exec_with_returning(conn)
            .await?,
    )
}

/// Appends a step under `parent` (or at the top level) of `action`.
pub async fn add_step(
    conn: &impl ConnectionTrait,
    action: ActionId,
    parent: Option<ActionStepId>,
    fields: StepFields,
) -> Result<ActionStep> {
    let position = steps_of_actions(conn, &[action])
        .await?
        .iter()
        .filter(|s| s.parent_id == parent)
        .map(|s| s.position + 1)
        .max()
        .unwrap_or(0);
    insert_step(conn, action, parent, position, fields, (None, None)).await
}

/// Replaces a step's fields at version `expected`; the baseline stays.
pub async fn update_step(
    conn: &impl ConnectionTrait,
    id: ActionStepId,
    expected: i32,
    fields: StepFields,
) -> Result<ActionStep> {
    let result = action_step::Entity::update_many()
        .col_expr(
            action_step::Column::Version,
            Expr::col(action_step::Column::Version).add(1),
        )
        .col_expr(action_step::Column::Reference, fields.reference.into())
        .col_expr(action_step::Column::Title, fields.title.into())
        .col_expr(
            action_step::Column::Stakeholders,
            json(&fields.stakeholders)?.into(),
        )
        .col_expr(
            action_step::Column::StakeholdersText,
            fields.stakeholders_text.into(),
        )
        .col_expr(
            action_step::Column::SuccessFactors,
            json(&fields.success_factors)?.into(),
        )
        .col_expr(
            action_step::Column::SuccessFactorsText,
            fields.success_factors_text.into(),
        )
        .col_expr(
            action_step::Column::StartDate,
            fields.start.map(|d| d.to_string()).into(),
        )
        .col_expr(
            action_step::Column::EndDate,
            fields.end.map(|d| d.to_string()).into(),
        )
        .col_expr(action_step::Column::StartText, fields.start_text.into())
        .col_expr(action_step::Column::EndText, fields.end_text.into())
        .filter(
            Condition::all()
                .add(action_step::Column::Id.eq(id.0))
                .add(action_step::Column::Version.eq(expected)),
        )
        .exec(conn)
        .await?;
    if result.rows_affected == 0 {
        return Err(PersistenceError::StaleVersion);
    }
    find_step(conn, id).await?.ok_or(PersistenceError::NotFound)
}

/// Moves a step at version `expected` under `parent` (or to the top level) at index
/// `position` among its new siblings (clamped); the siblings are renumbered 0, 1, 2, ….
pub async fn move_step(
    conn: &impl ConnectionTrait,
    step: &ActionStep,
    expected: i32,
    parent: Option<ActionStepId>,
    position: Option<i32>,
) -> Result<ActionStep> {
    let result = action_step::Entity::update_many()
        .col_expr(
            action_step::Column::Version,
            Expr::col(action_step::Column::Version).add(1),
        )
        .col_expr(action_step::Column::ParentId, parent.map(|p| p.0).into())
        .filter(
            Condition::all()
                .add(action_step::Column::Id.eq(step.id.0))
                .add(action_step::Column::Version.eq(expected)),
        )
        .exec(conn)
        .await?;
    if result.rows_affected == 0 {
        return Err(PersistenceError::StaleVersion);
    }
    let mut siblings: Vec<ActionStep> = steps_of_actions(conn, &[step.action_id])
        .await?
        .into_iter()
        .filter(|s| s.parent_id == parent && s.id != step.id)
        .collect();
    siblings.sort_by_key(|s| (s.position, s.id));
    let mut order: Vec<ActionStepId> = siblings.iter().map(|s| s.id).collect();
    let index = position
        .map(|p| {
            usize::try_from(Ord::max(p, 0))
                .unwrap_or(0)
                .min(order.len())
        })
        .unwrap_or(order.len());
    order.insert(index, step.id);
    let current: HashMap<ActionStepId, i32> = siblings.iter().map(|s| (s.id, s.position)).collect();
    for (i, id) in order.iter().enumerate() {
        let i = i32::try_from(i).unwrap_or(i32::MAX);
        if *id != step.id && current.get(id) == Some(&i) {
            continue;
        }
        action_step::Entity::update_many()
            .col_expr(action_step::Column::Position, i.into())
            .filter(action_step::Column::Id.eq(id.0))
            .exec(conn)
            .await?;
    }
    find_step(conn, step.id)
        .await?
        .ok_or(PersistenceError::NotFound)
}

/// Removes a step at version `expected` with its sub-steps.
pub async fn remove_step(
    conn: &impl ConnectionTrait,
    id: ActionStepId,
    expected: i32,
) -> Result<()> {
    let exists = action_step::Entity::find()
        .filter(
            Condition::all()
                .add(action_step::Column::Id.eq(id.0))
                .add(action_step::Column::Version.eq(expected)),
        )
        .one(conn)
        .await?;
    if exists.is_none() {
        return Err(PersistenceError::StaleVersion);
    }
    action_step::Entity::delete_many()
        .filter(action_step::Column::ParentId.eq(id.0))
        .exec(conn)
        .await?;
    let result = action_step::Entity::delete_many()
        .filter(
            Condition::all()
                .add(action_step::Column::Id.eq(id.0))
                .add(action_step::Column::Version.eq(expected)),
        )
        .exec(conn)
        .await?;
    if result.rows_affected == 0 {
        return Err(PersistenceError::StaleVersion);
    }
    Ok(())
}

/// A whole action with its steps, for imports: top-level steps with their sub-steps.
#[derive(Clone, Debug, Default)]
pub struct NewAction {
    /// The action's fields.
    pub fields: Option<ActionFields>,
    /// Its steps, each with its sub-steps.
    pub steps: Vec<(StepFields, Vec<StepFields>)>,
}

/// Counts of what [`replace_content`] wrote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ContentCounts {
    /// Actions written.
    pub actions: usize,
    /// Top-level steps written.
    pub steps: usize,
    /// Sub-steps written.
    pub sub_steps: usize,
}

/// Replaces all actions and steps of a plan (import).
pub async fn replace_content(
    conn: &impl ConnectionTrait,
    plan: ActionPlanId,
    actions: Vec<NewAction>,
) -> Result<ContentCounts> {
    let old: Vec<i32> = actions_of_plans(conn, &[plan])
        .await?
        .iter()
        .map(|a| a.id.0)
        .collect();
    if !old.is_empty() {
        delete_steps_of(conn, &old).await?;
        feedback::Entity::delete_many()
            .filter(feedback::Column::ActionId.is_in(old.clone()))
            .exec(conn)
            .await?;
        plan_action::Entity::delete_many()
            .filter(plan_action::Column::Id.is_in(old))
            .exec(conn)
            .await?;
    }
    let mut counts = ContentCounts::default();
    for (position, new) in actions.into_iter().enumerate() {
        let fields = new
            .fields
            .ok_or_else(|| corrupt("action without fields".into()))?;
        let action = insert_action(
            conn,
            plan,
            fields,
            i32::try_from(position).unwrap_or(i32::MAX),
        )
        .await?;
        counts.actions += 1;
        for (i, (step, children)) in new.steps.into_iter().enumerate() {
            let parent = insert_step(
                conn,
                action.id,
                None,
                i32::try_from(i).unwrap_or(i32::MAX),
                step,
                (None, None),
            )
            .await?;
            counts.steps += 1;
            for (j, child) in children.into_iter().enumerate() {
                insert_step(
                    conn,
                    action.id,
                    Some(parent.id),
                    i32::try_from(j).unwrap_or(i32::MAX),
                    child,
                    (None, None),
                )
                .await?;
                counts.sub_steps += 1;
            }
        }
    }
    Ok(counts)
}

/// Every working group with its thematic area, in one statement.
pub async fn group_areas(
    conn: &impl ConnectionTrait,
) -> Result<Vec<(mega_domain::WorkingGroupId, ThematicAreaId)>> {
    Ok(crate::entities::working_group::Entity::find()
        .all(conn)
        .await?
        .into_iter()
        .map(|row| {
            (
                mega_domain::WorkingGroupId(row.id),
                ThematicAreaId(row.thematic_area_id),
            )
        })
        .collect())
}

/// Deletes a plan with its history, actions, steps and feedback (test and admin set-up).
pub async fn delete(conn: &impl ConnectionTrait, id: ActionPlanId) -> Result<()> {
    replace_content(conn, id, Vec::new()).await?;
    feedback::Entity::delete_many()
        .filter(feedback::Column::ActionPlanId.eq(id.0))
        .exec(conn)
        .await?;
    action_plan_stage_change::Entity::delete_many()
        .filter(action_plan_stage_change::Column::ActionPlanId.eq(id.0))
        .exec(conn)
        .await?;
    action_plan::Entity::delete_by_id(id.0).exec(conn).await?;
    Ok(())
}

/// Locks a plan row for a content edit in the caller's transaction, if the plan is in one of
/// `stages`: `false` when its stage moved on meanwhile. Concurrent stage changes wait for the
/// lock (PostgreSQL) or the write transaction (SQLite), so no edit lands after an adoption.
pub async fn lock_in_stages(
    conn: &impl ConnectionTrait,
    plan: ActionPlanId,
    stages: &[PlanStage],
) -> Result<bool> {
    let result = action_plan::Entity::update_many()
        // A no-op write (`stage = stage`): it takes the row lock without touching the
        // plan's data, so `updatedAt` keeps meaning "when its stage last changed".
        .col_expr(
            action_plan::Column::Stage,
            Expr::col(action_plan::Column::Stage),
        )
        .filter(action_plan::Column::Id.eq(plan.0))
        .filter(action_plan::Column::Stage.is_in(stages.iter().map(|s| s.code())))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}
