//! The good practices a plan action adopts: setting them (the plan's organisation in every
//! stage, the coordinator) and following every practice to the actions that adopt it.

use chrono::Utc;
use mega_domain::action_plan::{
    ActionId, ActionPlan, ActionPractices, PlanAction, adopted_practices,
};
use mega_domain::{Actor, GoodPracticeId};
use mega_persistence::{Database, action_plans as repo, good_practices};

use super::{Edit, lock_for_edit, missing, plan_for_edit, readable};
use crate::services::unit_of_work::UnitOfWork;
use crate::services::{ServiceError, ServiceResult};

/// Replaces the practices `action` adopts at the action's `expected_version`.
pub async fn set_practices(
    db: &Database,
    actor: &Actor,
    id: ActionId,
    expected_version: i32,
    given: Vec<GoodPracticeId>,
) -> ServiceResult<PlanAction> {
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let action = repo::find_action(uow.txn(), id)
        .await?
        .ok_or_else(|| missing(actor, "actionId"))?;
    let plan = plan_for_edit(&uow, actor, action.plan_id, "actionId", Edit::Links).await?;
    let practices = adopted_practices(given)?;
    if good_practices::find_by_ids(uow.txn(), &practices)
        .await?
        .len()
        != practices.len()
    {
        return Err(ServiceError::NotFound("goodPracticeIds"));
    }
    lock_for_edit(&uow, actor, &plan, Edit::Links).await?;
    let before = ActionPractices {
        id,
        good_practice_ids: repo::practices_of_actions(uow.txn(), &[id])
            .await?
            .into_iter()
            .map(|(_, p)| p)
            .collect(),
    };
    let after = repo::bump_action(uow.txn(), id, expected_version).await?;
    repo::set_practices(uow.txn(), id, &practices, actor.user_id(), Utc::now()).await?;
    let linked = ActionPractices {
        id,
        good_practice_ids: practices,
    };
    uow.updated("setActionGoodPractices", &before, &linked)
        .await?;
    uow.commit().await?;
    Ok(after)
}

/// Every link of a practice to an action whose plan `actor` may read, by practice and in the
/// order the links were made: (practice, action, plan). A constant number of statements.
pub async fn practice_transfers(
    db: &Database,
    actor: &Actor,
    practices: Option<&[GoodPracticeId]>,
) -> ServiceResult<Vec<(GoodPracticeId, PlanAction, ActionPlan)>> {
    let conn = db.conn();
    let links = repo::links_of_practices(conn, practices).await?;
    let action_ids: Vec<ActionId> = links.iter().map(|(a, _)| *a).collect();
    let actions = repo::actions_by_ids(conn, &action_ids).await?;
    let mut plan_ids: Vec<_> = actions.iter().map(|a| a.plan_id).collect();
    plan_ids.sort();
    plan_ids.dedup();
    let plans = readable(db, actor, repo::find_by_ids(conn, &plan_ids).await?).await?;
    Ok(links
        .into_iter()
        .filter_map(|(action_id, practice)| {
            let action = actions.iter().find(|a| a.id == action_id)?;
            let plan = plans.iter().find(|p| p.id == action.plan_id)?;
            Some((practice, action.clone(), plan.clone()))
        })
        .collect())
}
