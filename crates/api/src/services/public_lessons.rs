//! Lessons shared outside the network: the coordinator publishes chosen good practices and
//! summaries of agreed plans to public, read-only pages and withdraws them; anyone, signed in
//! or not, reads what is published (the practice's own texts, a plan's objectives and steps
//! with their progress, names of cities and themes: no personal data).

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use mega_domain::action_plan::summary::{PlanSummary, summarise};
use mega_domain::action_plan::{ActionPlan, ActionPlanId};
use mega_domain::good_practice::Publication;
use mega_domain::{Action, Actor, GoodPractice, GoodPracticeId, ValidationError, authorize};
use mega_persistence::{
    ConnectionTrait, Database, action_plans, good_practices, monitoring, public_lessons,
};

use super::unit_of_work::UnitOfWork;
use super::{ServiceError, ServiceResult};

/// Puts a practice on the public pages (`published` true) or takes it off; returns the
/// practice. Publishing a published practice keeps its date.
pub async fn set_published(
    db: &Database,
    actor: &Actor,
    id: GoodPracticeId,
    published: bool,
) -> ServiceResult<GoodPractice> {
    authorize(actor, Action::PublishLessons)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let practice = good_practices::find(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let before = Publication {
        id,
        published_at: public_lessons::publications_of(uow.txn(), &[id])
            .await?
            .remove(&id),
    };
    let after = if published {
        let at = public_lessons::publish(uow.txn(), id, actor.user_id(), Utc::now()).await?;
        Publication {
            id,
            published_at: Some(at),
        }
    } else {
        public_lessons::withdraw(uow.txn(), id).await?;
        Publication {
            id,
            published_at: None,
        }
    };
    let action = if published {
        "publishGoodPractice"
    } else {
        "withdrawGoodPractice"
    };
    uow.updated(action, &before, &after).await?;
    uow.commit().await?;
    Ok(practice)
}

/// Every published practice with its date, newest first; no sign-in needed.
pub async fn published(db: &Database) -> ServiceResult<Vec<(GoodPractice, DateTime<Utc>)>> {
    let conn = db.conn();
    let published = public_lessons::published(conn).await?;
    let ids: Vec<_> = published.iter().map(|(id, _)| *id).collect();
    let practices = good_practices::find_by_ids(conn, &ids).await?;
    Ok(published
        .into_iter()
        .filter_map(|(id, at)| {
            practices
                .iter()
                .find(|p| p.id == id)
                .map(|p| (p.clone(), at))
        })
        .collect())
}

/// One published practice, or none when it does not exist or is not published.
pub async fn published_one(
    db: &Database,
    id: GoodPracticeId,
) -> ServiceResult<Option<(GoodPractice, DateTime<Utc>)>> {
    let conn = db.conn();
    let Some(at) = public_lessons::publications_of(conn, &[id])
        .await?
        .remove(&id)
    else {
        return Ok(None);
    };
    Ok(good_practices::find(conn, id).await?.map(|p| (p, at)))
}

/// When each of the given practices was published (for `GoodPractice.publishedAt`).
pub async fn publications(
    db: &Database,
    ids: &[GoodPracticeId],
) -> ServiceResult<HashMap<GoodPracticeId, DateTime<Utc>>> {
    Ok(public_lessons::publications_of(db.conn(), ids).await?)
}

/// Puts an agreed plan's summary on the public pages (`published` true; a plan still DRAFT
/// or SUBMITTED is `NOT_AGREED`) or takes it off; returns the plan. Publishing a published
/// summary keeps its date.
pub async fn set_plan_published(
    db: &Database,
    actor: &Actor,
    id: ActionPlanId,
    published: bool,
) -> ServiceResult<ActionPlan> {
    authorize(actor, Action::PublishLessons)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let plan = action_plans::find(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    if published && !plan.stage.published() {
        return Err(ValidationError::new(
            "id",
            "NOT_AGREED",
            "Only an adopted, implementing or completed plan is published.",
        )
        .with("stage", plan.stage.code())
        .with("variant", "PUBLISH")
        .into());
    }
    let before = Publication {
        id,
        published_at: public_lessons::plan_publications_of(uow.txn(), &[id])
            .await?
            .remove(&id),
    };
    let published_at = if published {
        Some(public_lessons::publish_plan(uow.txn(), id, actor.user_id(), Utc::now()).await?)
    } else {
        public_lessons::withdraw_plan(uow.txn(), id).await?;
        None
    };
    let after = Publication { id, published_at };
    let action = if published {
        "publishPlanSummary"
    } else {
        "withdrawPlanSummary"
    };
    uow.updated(action, &before, &after).await?;
    uow.commit().await?;
    Ok(plan)
}

/// The summaries of `published` plans that are still agreed (a plan reopened to DRAFT drops
/// off the public pages until it is agreed again), in the given order, in six statements.
/// An objective lists only the adopted practices that are published too.
async fn summaries(
    conn: &impl ConnectionTrait,
    published: Vec<(ActionPlanId, DateTime<Utc>)>,
) -> ServiceResult<Vec<(PlanSummary, DateTime<Utc>)>> {
    let ids: Vec<ActionPlanId> = published.iter().map(|(id, _)| *id).collect();
    let plans = action_plans::find_by_ids(conn, &ids).await?;
    let actions = action_plans::actions_of_plans(conn, &ids).await?;
    let action_ids: Vec<_> = actions.iter().map(|a| a.id).collect();
    let steps = action_plans::steps_of_actions(conn, &action_ids).await?;
    let step_ids: Vec<_> = steps.iter().map(|s| s.id).collect();
    let latest = monitoring::latest_of_steps(conn, &step_ids).await?;
    let mut links = action_plans::practices_of_actions(conn, &action_ids).await?;
    let linked: Vec<GoodPracticeId> = links.iter().map(|(_, practice)| *practice).collect();
    let public = public_lessons::publications_of(conn, &linked).await?;
    links.retain(|(_, practice)| public.contains_key(practice));
    Ok(published
        .into_iter()
        .filter_map(|(id, at)| {
            let plan = plans.iter().find(|p| p.id == id && p.stage.published())?;
            Some((summarise(plan, &actions, &steps, &latest, &links), at))
        })
        .collect())
}

/// Every published plan summary, newest first; no sign-in needed.
pub async fn published_plans(db: &Database) -> ServiceResult<Vec<(PlanSummary, DateTime<Utc>)>> {
    let published = public_lessons::published_plans(db.conn()).await?;
    summaries(db.conn(), published).await
}

/// One published plan summary, or none when the plan does not exist, is not published or is
/// no longer agreed.
pub async fn published_plan(
    db: &Database,
    id: ActionPlanId,
) -> ServiceResult<Option<(PlanSummary, DateTime<Utc>)>> {
    let Some(at) = public_lessons::plan_publications_of(db.conn(), &[id])
        .await?
        .remove(&id)
    else {
        return Ok(None);
    };
    Ok(summaries(db.conn(), vec![(id, at)]).await?.pop())
}
