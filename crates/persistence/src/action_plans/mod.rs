//! Repository of action plans, their stage history, actions and steps, one module per
//! aggregate; this module maps rows to domain values. Plans, actions and steps each carry a
//! version, and every change goes through [`crate::versioned`], so a stale writer changes
//! nothing.

mod actions;
mod history;
mod import;
mod plans;
mod practices;
mod replan;
mod stakeholders;
mod steps;

use mega_domain::action_plan::{
    ActionId, ActionOrigin, ActionPlan, ActionPlanId, ActionStep, ActionStepId, PlanAction,
    PlanStage, StageChange, StageChangeId,
};
use mega_domain::partial_date::PartialDate;
use mega_domain::{OrganisationId, ProposedActionId, ThematicAreaId, UserId};

use crate::entities::{action_plan, action_plan_stage_change, action_step, plan_action};
use crate::error::{PersistenceError, Result};

pub use actions::{
    actions_by_ids, actions_of_plans, add_action, bump_action, find_action, remove_action,
    update_action,
};
pub use history::{add_history, history_of_plans};
pub use import::{ContentCounts, replace_content};
pub use plans::{
    PlanFilter, all, bump_plan, create, delete, find, find_by_ids, freeze_baseline, group_areas,
    lock_in_stages, of_organisations, page, transition,
};
pub(crate) use practices::unlink_practice;
pub use practices::{
    PracticeLink, adopters_of_practices, links_of_practices, practices_of_actions, set_practices,
};
pub use replan::{add_change, baselines_of_plans, changes_of_plans, latest_baseline, set_baseline};
pub use steps::{
    add_step, find_step, insert_step, move_step, remove_step, replan_step, steps_by_ids,
    steps_of_actions, update_step,
};

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
        stakeholders: stakeholders::read(row.id, &row.stakeholders)?,
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
