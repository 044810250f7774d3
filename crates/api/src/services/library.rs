//! The good-practice library and working groups' webinars. Good practices are edited by the
//! coordinator and the leading members of the groups of the practice's area; webinars by
//! the coordinator and the group's leading members.

use mega_domain::good_practice::{GoodPracticeDraft, GoodPracticeFields};
use mega_domain::webinar::{WebinarDraft, WebinarFields};
use mega_domain::{
    Action, Actor, GoodPractice, GoodPracticeId, ThematicAreaId, Webinar, WebinarId,
    WorkingGroupId, authorize,
};
use mega_persistence::{
    ConnectionTrait, Database, good_practices, organisations, thematic_areas, webinars,
    working_groups,
};

use super::unit_of_work::UnitOfWork;
use super::{ServiceError, ServiceResult};

/// The groups of `area` (none without an area), whose leading members may edit practices.
async fn area_groups(
    conn: &impl ConnectionTrait,
    area: Option<ThematicAreaId>,
) -> ServiceResult<Vec<WorkingGroupId>> {
    Ok(match area {
        Some(area) => working_groups::of_thematic_area(conn, area).await?,
        None => Vec::new(),
    })
}

/// Whether `actor` may edit practices of `area`.
async fn authorize_area(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    area: Option<ThematicAreaId>,
) -> ServiceResult<()> {
    let groups = area_groups(conn, area).await?;
    authorize(
        actor,
        Action::EditGoodPractice {
            area_groups: &groups,
        },
    )?;
    Ok(())
}

/// Validates a practice's draft; an unknown organisation or area is `NOT_FOUND`.
async fn practice_fields(
    conn: &impl ConnectionTrait,
    draft: GoodPracticeDraft,
) -> ServiceResult<GoodPracticeFields> {
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    if let Some(organisation) = fields.organisation_id
        && organisations::find_by_ids(conn, &[organisation])
            .await?
            .is_empty()
    {
        return Err(ServiceError::NotFound("organisationId"));
    }
    if let Some(area) = fields.thematic_area_id
        && thematic_areas::find_by_ids(conn, &[area]).await?.is_empty()
    {
        return Err(ServiceError::NotFound("thematicAreaId"));
    }
    Ok(fields)
}

/// Adds a good practice to the library.
pub async fn create_good_practice(
    db: &Database,
    actor: &Actor,
    draft: GoodPracticeDraft,
) -> ServiceResult<GoodPractice> {
    // Signed in before anything is looked up for the decision.
    authorize(actor, Action::ReadNetwork)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    authorize_area(uow.txn(), actor, draft.thematic_area_id).await?;
    let fields = practice_fields(uow.txn(), draft).await?;
    let practice = good_practices::create(uow.txn(), fields).await?;
    uow.created("createGoodPractice", &practice).await?;
    uow.commit().await?;
    Ok(practice)
}

/// Replaces a good practice's fields. The actor must be allowed to edit it both in its
/// current area and in the new one (one decision when the area stays).
pub async fn update_good_practice(
    db: &Database,
    actor: &Actor,
    id: GoodPracticeId,
    draft: GoodPracticeDraft,
) -> ServiceResult<GoodPractice> {
    authorize(actor, Action::ReadNetwork)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = good_practices::find(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    authorize_area(uow.txn(), actor, before.thematic_area_id).await?;
    if draft.thematic_area_id != before.thematic_area_id {
        authorize_area(uow.txn(), actor, draft.thematic_area_id).await?;
    }
    let fields = practice_fields(uow.txn(), draft).await?;
    let after = good_practices::update(uow.txn(), id, fields).await?;
    uow.updated("updateGoodPractice", &before, &after).await?;
    uow.commit().await?;
    Ok(after)
}

/// Validates a webinar of `group`: every field problem at once (presenters against the
/// group's leading members), then the practices against the library.
async fn webinar_fields(
    conn: &impl ConnectionTrait,
    group: WorkingGroupId,
    draft: WebinarDraft,
) -> ServiceResult<WebinarFields> {
    let members = working_groups::memberships_of_groups(conn, &[group]).await?;
    let fields = draft
        .validate(group, &members)
        .map_err(ServiceError::Invalid)?;
    if good_practices::find_by_ids(conn, &fields.good_practice_ids)
        .await?
        .len()
        != fields.good_practice_ids.len()
    {
        return Err(ServiceError::NotFound("goodPracticeIds"));
    }
    Ok(fields)
}

/// Schedules a webinar of a working group.
pub async fn schedule_webinar(
    db: &Database,
    actor: &Actor,
    group: WorkingGroupId,
    draft: WebinarDraft,
) -> ServiceResult<Webinar> {
    authorize(actor, Action::ManageWebinars { group })?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    working_groups::find(uow.txn(), group)
        .await?
        .ok_or(ServiceError::NotFound("workingGroupId"))?;
    let fields = webinar_fields(uow.txn(), group, draft).await?;
    let webinar = webinars::create(uow.txn(), fields).await?;
    uow.created("scheduleWebinar", &webinar).await?;
    uow.commit().await?;
    Ok(webinar)
}

/// Replaces a webinar's fields; its group stays.
pub async fn update_webinar(
    db: &Database,
    actor: &Actor,
    id: WebinarId,
    draft: WebinarDraft,
) -> ServiceResult<Webinar> {
    authorize(actor, Action::ReadNetwork)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = webinars::find(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    authorize(
        actor,
        Action::ManageWebinars {
            group: before.working_group_id,
        },
    )?;
    let fields = webinar_fields(uow.txn(), before.working_group_id, draft).await?;
    let after = webinars::update(uow.txn(), id, fields).await?;
    uow.updated("updateWebinar", &before, &after).await?;
    uow.commit().await?;
    Ok(after)
}

/// Deletes a good practice (the webinars that showcased it keep their other practices);
/// returns it as it was. Whoever may edit it.
pub async fn delete_good_practice(
    db: &Database,
    actor: &Actor,
    id: GoodPracticeId,
) -> ServiceResult<GoodPractice> {
    authorize(actor, Action::ReadNetwork)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = good_practices::find(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    authorize_area(uow.txn(), actor, before.thematic_area_id).await?;
    good_practices::delete(uow.txn(), id).await?;
    uow.removed("deleteGoodPractice", &before).await?;
    uow.commit().await?;
    Ok(before)
}

/// Cancels (deletes) a webinar with its presenters and practice links; returns it as it was.
pub async fn delete_webinar(db: &Database, actor: &Actor, id: WebinarId) -> ServiceResult<Webinar> {
    authorize(actor, Action::ReadNetwork)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = webinars::find(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    authorize(
        actor,
        Action::ManageWebinars {
            group: before.working_group_id,
        },
    )?;
    webinars::delete(uow.txn(), id).await?;
    uow.removed("deleteWebinar", &before).await?;
    uow.commit().await?;
    Ok(before)
}
