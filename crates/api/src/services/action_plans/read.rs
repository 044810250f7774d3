//! Who reads which plans, and the facts the plan rules are checked against.

use std::collections::HashMap;

use mega_domain::action_plan::{
    ActionFacts, ActionPlan, ActionPlanId, PlanAction, broken_plan_rules, learning_groups,
};
use mega_domain::policy::scopes::plan_read_scope;
use mega_domain::{
    Action, Actor, Denial, OrganisationId, ThematicAreaId, ValidationError, WorkingGroupId,
    authorize,
};
use mega_domain::{Page, PageRequest};
use mega_persistence::{ConnectionTrait, Database, action_plans as repo, working_groups};

use crate::services::{ServiceError, ServiceResult};

/// The working groups of the thematic areas of each plan's actions (the facts
/// `ReadActionPlan` needs), in two statements for any number of plans.
pub async fn groups_of_plans(
    db: &Database,
    plans: &[ActionPlanId],
) -> ServiceResult<HashMap<ActionPlanId, Vec<WorkingGroupId>>> {
    groups_in(db.conn(), plans).await
}

pub(crate) async fn groups_in(
    conn: &impl ConnectionTrait,
    plans: &[ActionPlanId],
) -> ServiceResult<HashMap<ActionPlanId, Vec<WorkingGroupId>>> {
    Ok(plan_groups(conn, plans).await?)
}

/// [`groups_of_plans`] on any connection, with the persistence error (for the DataLoader
/// that batches the read facts of every unpublished plan of a request).
pub async fn plan_groups(
    conn: &impl ConnectionTrait,
    plans: &[ActionPlanId],
) -> Result<HashMap<ActionPlanId, Vec<WorkingGroupId>>, mega_persistence::PersistenceError> {
    let actions = repo::actions_of_plans(conn, plans).await?;
    let groups = repo::group_areas(conn).await?;
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

/// A page of the plans `actor` may read that match `filter`, ordered by creation: the
/// policy's scope ([`plan_read_scope`]) runs in SQL with the filter, the count and the page.
pub async fn page(
    db: &Database,
    actor: &Actor,
    filter: repo::PlanFilter,
    request: PageRequest,
) -> ServiceResult<Page<ActionPlan>> {
    let scope = plan_read_scope(actor)?;
    Ok(repo::page(db.conn(), &scope, filter, request).await?)
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

/// Whether `actor` may read `plan`, given the working groups its actions concern (only an
/// unpublished plan needs them; see [`plan_groups`]). No I/O: for resolvers that load the
/// groups of many plans in one batch.
pub fn may_read_given(actor: &Actor, plan: &ActionPlan, groups: &[WorkingGroupId]) -> bool {
    authorize(actor, read_action(plan, groups)).is_ok()
}

/// Whether `actor` may read `plan`.
pub async fn may_read(db: &Database, actor: &Actor, plan: &ActionPlan) -> ServiceResult<bool> {
    Ok(!readable(db, actor, vec![plan.clone()]).await?.is_empty())
}

/// Decides whether `actor` may read `plan`, reading the facts through `conn` (only an
/// unpublished plan needs its groups).
pub(super) async fn authorize_read(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    plan: &ActionPlan,
) -> ServiceResult<()> {
    let groups = if plan.stage.published() {
        Vec::new()
    } else {
        groups_in(conn, &[plan.id])
            .await?
            .remove(&plan.id)
            .unwrap_or_default()
    };
    authorize(actor, read_action(plan, &groups))?;
    Ok(())
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
    let memberships = working_groups::memberships_of_organisations(conn, &[organisation]).await?;
    let learning = learning_groups(&memberships);
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
