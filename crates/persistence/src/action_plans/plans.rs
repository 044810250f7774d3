//! Plans: one per organisation, moved through their stages under a version; content edits
//! lock the plan row so no edit lands after a stage change it did not see.

use chrono::{DateTime, Utc};
use mega_domain::action_plan::{ActionPlan, ActionPlanId, PlanBaseline, PlanStage};
use mega_domain::policy::scopes::PlanReadScope;
use mega_domain::{OrganisationId, Page, PageRequest, ThematicAreaId, UserId, WorkingGroupId};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    sea_query::{Expr, ExprTrait},
};

use super::{add_history, latest_baseline, plan_to_domain, replace_content, set_baseline};
use crate::entities::{
    action_plan, action_plan_stage_change, feedback, plan_action, working_group,
};
use crate::error::{PersistenceError, Result};
use crate::paging::fetch_page;
use crate::versioned;

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

/// Narrows [`page`].
#[derive(Clone, Copy, Debug, Default)]
pub struct PlanFilter {
    /// Only plans in this stage.
    pub stage: Option<PlanStage>,
    /// Only this organisation's plan.
    pub organisation: Option<OrganisationId>,
    /// Only plans with an action in this group's thematic area.
    pub group: Option<WorkingGroupId>,
}

/// The ids of the plans with an action in the thematic area of one of `groups`.
fn plans_in_groups(groups: &[WorkingGroupId]) -> sea_orm::sea_query::SelectStatement {
    use sea_orm::sea_query::Query;
    Query::select()
        .column((plan_action::Entity, plan_action::Column::ActionPlanId))
        .from(plan_action::Entity)
        .inner_join(
            working_group::Entity,
            Expr::col((working_group::Entity, working_group::Column::ThematicAreaId))
                .equals((plan_action::Entity, plan_action::Column::ThematicAreaId)),
        )
        .and_where(
            Expr::col((working_group::Entity, working_group::Column::Id))
                .is_in(groups.iter().map(|g| g.0)),
        )
        .to_owned()
}

/// A page of the plans `scope` covers that match `filter`, ordered by creation: the scope,
/// the filter, the count and the page all in SQL (two statements whatever the data).
pub async fn page(
    conn: &impl ConnectionTrait,
    scope: &PlanReadScope,
    filter: PlanFilter,
    request: PageRequest,
) -> Result<Page<ActionPlan>> {
    let mut select = action_plan::Entity::find().order_by_asc(action_plan::Column::Id);
    if let Some(stage) = filter.stage {
        select = select.filter(action_plan::Column::Stage.eq(stage.code()));
    }
    if let Some(organisation) = filter.organisation {
        select = select.filter(action_plan::Column::OrganisationId.eq(organisation.0));
    }
    if let Some(group) = filter.group {
        select = select.filter(action_plan::Column::Id.in_subquery(plans_in_groups(&[group])));
    }
    if let PlanReadScope::Some { own, coached } = scope {
        let published = PlanStage::ALL
            .iter()
            .filter(|stage| stage.published())
            .map(|stage| stage.code());
        let mut readable = Condition::any().add(action_plan::Column::Stage.is_in(published));
        if let Some(own) = own {
            readable = readable.add(action_plan::Column::OrganisationId.eq(own.0));
        }
        if !coached.is_empty() {
            readable = readable.add(action_plan::Column::Id.in_subquery(plans_in_groups(coached)));
        }
        select = select.filter(readable);
    }
    fetch_page(conn, select, request, plan_to_domain).await
}

/// Every working group with its thematic area, in one statement.
pub async fn group_areas(
    conn: &impl ConnectionTrait,
) -> Result<Vec<(WorkingGroupId, ThematicAreaId)>> {
    Ok(working_group::Entity::find()
        .all(conn)
        .await?
        .into_iter()
        .map(|row| (WorkingGroupId(row.id), ThematicAreaId(row.thematic_area_id)))
        .collect())
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

/// Raises a plan's version from `expected` by one (and sets its stage when given), or fails
/// with [`PersistenceError::StaleVersion`] having changed nothing.
pub async fn bump_plan(
    conn: &impl ConnectionTrait,
    id: ActionPlanId,
    expected: i32,
    stage: Option<PlanStage>,
) -> Result<()> {
    let mut changes = action_plan::Entity::update_many()
        .col_expr(action_plan::Column::UpdatedAt, Utc::now().into());
    if let Some(stage) = stage {
        changes = changes.col_expr(action_plan::Column::Stage, stage.code().into());
    }
    versioned::update(conn, id.0, expected, changes).await
}

/// Moves a plan at version `expected` to `to` and records the history row. Entering ADOPTED
/// sets a baseline when the plan has none yet or when `rebaseline` asks for a new one; the
/// baseline set, if any, is returned with the plan.
pub async fn transition(
    conn: &impl ConnectionTrait,
    plan: &ActionPlan,
    expected: i32,
    to: PlanStage,
    by: Option<UserId>,
    comment: Option<String>,
    rebaseline: bool,
) -> Result<(ActionPlan, Option<PlanBaseline>)> {
    bump_plan(conn, plan.id, expected, Some(to)).await?;
    let now = Utc::now();
    add_history(
        conn,
        plan.id,
        Some(plan.stage),
        to,
        by,
        now,
        comment.clone(),
    )
    .await?;
    let mut baseline = None;
    if to == PlanStage::Adopted && (rebaseline || latest_baseline(conn, plan.id).await?.is_none()) {
        baseline = Some(set_baseline(conn, plan.id, by, now, comment).await?);
    }
    let after = find(conn, plan.id)
        .await?
        .ok_or(PersistenceError::NotFound)?;
    Ok((after, baseline))
}

/// Sets baseline 1 from the steps' current dates unless the plan has a baseline already (for
/// imports of plans agreed elsewhere).
pub async fn freeze_baseline(conn: &impl ConnectionTrait, plan: ActionPlanId) -> Result<()> {
    if latest_baseline(conn, plan).await?.is_none() {
        set_baseline(conn, plan, None, Utc::now(), None).await?;
    }
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
    super::replan::forget_plan(conn, id).await?;
    action_plan::Entity::delete_by_id(id.0).exec(conn).await?;
    Ok(())
}
