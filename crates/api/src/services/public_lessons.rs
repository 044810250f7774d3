//! Lessons shared outside the network: the coordinator publishes chosen good practices to
//! public, read-only pages and withdraws them; anyone, signed in or not, reads what is
//! published (the practice's own texts, its city's and theme's names: no personal data).

use chrono::{DateTime, Utc};
use mega_domain::good_practice::Publication;
use mega_domain::{Action, Actor, GoodPractice, GoodPracticeId, authorize};
use mega_persistence::{Database, good_practices, public_lessons};

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
) -> ServiceResult<std::collections::HashMap<GoodPracticeId, DateTime<Utc>>> {
    Ok(public_lessons::publications_of(db.conn(), ids).await?)
}
