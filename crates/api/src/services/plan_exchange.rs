//! Exporting a plan (CSV for spreadsheets, JSON for programs) and importing one from the same
//! CSV: the organisation's members and the coordinator create or replace a DRAFT plan.

use std::collections::HashMap;

use chrono::Utc;
use mega_domain::NodeId;
use mega_domain::action_plan::{
    ActionPlan, ActionPlanId, ActionStep, PlanAction, PlanStage, StakeholderMatcher, number_steps,
    stakeholder_organisations,
};
use mega_domain::{
    Action, Actor, Audited, OrganisationId, PageRequest, ProposedActionId, ThematicAreaId,
    ValidationError, authorize,
};
use mega_persistence::{
    ConnectionTrait, Database, action_plans as repo, organisations, proposed_actions,
    thematic_areas,
};
use serde_json::{Value, json};

use super::action_plans::load_readable;
use super::unit_of_work::UnitOfWork;
use super::{ServiceError, ServiceResult};
use crate::plan_csv;

/// Everything an export shows.
pub struct PlanExport {
    /// The plan.
    pub plan: ActionPlan,
    /// Its actions.
    pub actions: Vec<PlanAction>,
    /// Their steps.
    pub steps: Vec<ActionStep>,
    /// Thematic-area numbers by id.
    pub area_numbers: HashMap<ThematicAreaId, i32>,
    /// The organisation's name.
    pub organisation: String,
    /// The names of the organisations among the steps' stakeholders.
    pub stakeholder_names: HashMap<OrganisationId, String>,
}

/// The names of the organisations `steps` name as stakeholders, in one statement.
pub async fn stakeholder_names(
    conn: &impl ConnectionTrait,
    steps: &[ActionStep],
) -> ServiceResult<HashMap<OrganisationId, String>> {
    let ids = stakeholder_organisations(steps.iter().flat_map(|step| &step.stakeholders));
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(organisations::find_by_ids(conn, &ids)
        .await?
        .into_iter()
        .map(|organisation| (organisation.id, organisation.name))
        .collect())
}

async fn areas(conn: &impl ConnectionTrait) -> ServiceResult<Vec<mega_domain::ThematicArea>> {
    let request = PageRequest {
        offset: 0,
        limit: 1_000,
    };
    Ok(thematic_areas::page(conn, request).await?.items)
}

/// Loads a plan the actor may read, with everything an export needs.
pub async fn load(db: &Database, actor: &Actor, id: ActionPlanId) -> ServiceResult<PlanExport> {
    let plan = load_readable(db, actor, id, "id").await?;
    let actions = repo::actions_of_plans(db.conn(), &[plan.id]).await?;
    let ids: Vec<_> = actions.iter().map(|a| a.id).collect();
    let steps = repo::steps_of_actions(db.conn(), &ids).await?;
    let stakeholder_names = stakeholder_names(db.conn(), &steps).await?;
    let area_numbers = areas(db.conn())
        .await?
        .into_iter()
        .map(|a| (a.id, a.number))
        .collect();
    let organisation = organisations::find_by_ids(db.conn(), &[plan.organisation_id])
        .await?
        .pop()
        .map(|o| o.name)
        .unwrap_or_default();
    Ok(PlanExport {
        plan,
        actions,
        steps,
        area_numbers,
        organisation,
        stakeholder_names,
    })
}

/// The plan as CSV (see [`plan_csv`]).
pub fn to_csv(export: &PlanExport) -> ServiceResult<String> {
    plan_csv::to_csv(
        &export.actions,
        &export.steps,
        &export.area_numbers,
        &export.stakeholder_names,
        |id| ProposedActionId(id).global_id(),
    )
    .map_err(|err| ServiceError::Internal(err.to_string()))
}

/// The plan as JSON: actions in order, each with its numbered steps.
pub fn to_json(export: &PlanExport) -> Value {
    let mut actions: Vec<&PlanAction> = export.actions.iter().collect();
    actions.sort_by_key(|a| (a.position, a.id));
    let date = |d: &Option<mega_domain::partial_date::PartialDate>| d.map(|d| d.to_string());
    json!({
        "id": export.plan.id.global_id(),
        "organisation": export.organisation,
        "stage": export.plan.stage.code(),
        "version": export.plan.version,
        "actions": actions.iter().map(|action| {
            let own: Vec<ActionStep> = export.steps.iter().filter(|s| s.action_id == action.id).cloned().collect();
            let numbers = number_steps(&own);
            let mut steps: Vec<(&String, &ActionStep)> = own.iter().filter_map(|s| numbers.get(&s.id).map(|n| (n, s))).collect();
            steps.sort_by_key(|(n, _)| n.split('.').map(|p| p.parse::<u32>().unwrap_or(0)).collect::<Vec<_>>());
            json!({
                "ref": action.reference,
                "title": action.title,
                "thematicAreaNumber": action.thematic_area_id.and_then(|id| export.area_numbers.get(&id)),
                "origin": plan_origin(action),
                "steps": steps.iter().map(|(number, step)| json!({
                    "number": number,
                    "ref": step.reference,
                    "title": step.title,
                    "stakeholders": step.stakeholders.iter().map(|s| s.name(&export.stakeholder_names)).collect::<Vec<_>>(),
                    "stakeholderEntries": step.stakeholders.iter().map(|s| json!({
                        "name": s.name(&export.stakeholder_names),
                        "organisationId": s.organisation().map(|id| id.global_id()),
                    })).collect::<Vec<_>>(),
                    "stakeholdersText": step.stakeholders_text,
                    "successFactors": step.success_factors,
                    "successFactorsText": step.success_factors_text,
                    "start": date(&step.start),
                    "end": date(&step.end),
                    "startText": step.start_text,
                    "endText": step.end_text,
                    "baselineStart": date(&step.baseline_start),
                    "baselineEnd": date(&step.baseline_end),
                })).collect::<Vec<_>>(),
            })
        }).collect::<Vec<_>>(),
    })
}

fn plan_origin(action: &PlanAction) -> &'static str {
    match action.origin {
        mega_domain::action_plan::ActionOrigin::MutualLearning => "MUTUAL_LEARNING",
        mega_domain::action_plan::ActionOrigin::OtherOpportunity => "OTHER_OPPORTUNITY",
    }
}

/// Creates the organisation's plan from CSV, or replaces the content of its DRAFT plan.
pub async fn import_csv(
    db: &Database,
    actor: &Actor,
    organisation: OrganisationId,
    text: &str,
) -> ServiceResult<ActionPlan> {
    authorize(
        actor,
        Action::EditActionPlan {
            owner: organisation,
            editable_by_owner: true,
        },
    )?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    if organisations::find_by_ids(uow.txn(), &[organisation])
        .await?
        .is_empty()
    {
        return Err(ServiceError::NotFound("organisationId"));
    }
    let area_ids: HashMap<i32, ThematicAreaId> = areas(uow.txn())
        .await?
        .into_iter()
        .map(|a| (a.number, a.id))
        .collect();
    let mut known = StakeholderMatcher::default();
    for organisation in organisations::all(uow.txn()).await? {
        known.add(
            organisation.id,
            &organisation.name,
            organisation.short_name.as_deref(),
        );
    }
    let mut parsed = plan_csv::from_csv(text, &area_ids, &known).map_err(ServiceError::Invalid)?;
    for (index, global) in parsed.proposed_actions.iter().enumerate() {
        let Some(global) = global else { continue };
        let id = mega_domain::ids::decode_global_id::<ProposedActionId>(global);
        let exists = match id {
            Some(id) => proposed_actions::find(uow.txn(), id).await?.is_some(),
            None => false,
        };
        if !exists {
            return Err(ValidationError::new(
                "csv",
                "UNKNOWN_PROPOSED_ACTION",
                format!(
                    "Action {}: no proposed action {}.",
                    index + 1,
                    mega_domain::error::excerpt(global)
                ),
            )
            .with("action", index + 1)
            .with("value", mega_domain::error::excerpt(global))
            .into());
        }
        if let Some(action) = parsed.actions.get_mut(index) {
            action.fields.proposed_action_id = id;
        }
    }
    let not_draft = || -> ServiceError {
        ValidationError::new(
            "organisationId",
            "PLAN_NOT_DRAFT",
            "The organisation's plan is past DRAFT; reopen it before importing.",
        )
        .into()
    };
    let plan = match repo::of_organisations(uow.txn(), &[organisation])
        .await?
        .pop()
    {
        Some(plan) if plan.stage != PlanStage::Draft => return Err(not_draft()),
        // Locked in DRAFT, the plan cannot be submitted while its content is replaced: a
        // concurrent submission waits for this import or makes it refuse.
        Some(plan) => {
            if !repo::lock_in_stages(uow.txn(), plan.id, &[PlanStage::Draft]).await? {
                return Err(not_draft());
            }
            plan
        }
        None => {
            repo::create(
                uow.txn(),
                organisation,
                PlanStage::Draft,
                actor.user_id(),
                Utc::now(),
                None,
            )
            .await?
        }
    };
    let counts = repo::replace_content(uow.txn(), plan.id, parsed.actions).await?;
    let summary =
        json!({ "actions": counts.actions, "steps": counts.steps, "subSteps": counts.sub_steps });
    uow.record(
        "importActionPlanCsv",
        ActionPlan::ENTITY,
        plan.id.0,
        None::<&()>,
        Some(&summary),
    )
    .await?;
    uow.commit().await?;
    Ok(plan)
}
