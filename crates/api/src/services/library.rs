//! The good-practice library and working groups' webinars. Good practices are edited by the
//! coordinator and the leading members of the groups of the practice's area; webinars by
//! the coordinator and the group's leading members.

use chrono::{DateTime, Utc};
use mega_domain::{
    Action, Actor, GoodPractice, GoodPracticeId, OrganisationId, ThematicAreaId, ValidationError,
    Webinar, WebinarId, WorkingGroupId, authorize,
    event::parse_required,
    good_practice::{MAX_DESCRIPTION, MAX_SOURCE},
    webinar::{check_count, check_presenters, parse_time_zone, parse_url},
    working_group::parse_title,
};
use mega_persistence::{
    Database, TransactionTrait,
    good_practices::{self, GoodPracticeFields},
    organisations, thematic_areas,
    webinars::{self, WebinarFields},
    working_groups,
};

use super::{ServiceError, ServiceResult, actor_id, record};

/// The editable fields of a good practice.
#[derive(Debug)]
pub struct GoodPracticeInput {
    /// Title.
    pub title: String,
    /// The organisation behind it.
    pub organisation_id: Option<OrganisationId>,
    /// Its thematic area.
    pub thematic_area_id: Option<ThematicAreaId>,
    /// Description.
    pub description: String,
    /// Where it comes from.
    pub source: String,
}

/// The groups of `area` (none without an area), whose leading members may edit practices.
async fn area_groups(
    db: &Database,
    area: Option<ThematicAreaId>,
) -> ServiceResult<Vec<WorkingGroupId>> {
    Ok(match area {
        Some(area) => working_groups::of_thematic_area(db.conn(), area).await?,
        None => Vec::new(),
    })
}

/// Validates a good practice's fields; unknown organisation or area are `NOT_FOUND`.
async fn practice_fields(
    db: &Database,
    input: GoodPracticeInput,
) -> ServiceResult<GoodPracticeFields> {
    let mut errors = Vec::new();
    let mut keep = |result: Result<String, ValidationError>| {
        result.map_err(|err| errors.push(err)).unwrap_or_default()
    };
    let title = keep(parse_title("title", &input.title));
    let description = keep(parse_required(
        "description",
        &input.description,
        MAX_DESCRIPTION,
    ));
    let source = keep(parse_required("source", &input.source, MAX_SOURCE));
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    if let Some(organisation) = input.organisation_id
        && organisations::find_by_ids(db.conn(), &[organisation])
            .await?
            .is_empty()
    {
        return Err(ServiceError::NotFound("organisationId"));
    }
    if let Some(area) = input.thematic_area_id
        && thematic_areas::find_by_ids(db.conn(), &[area])
            .await?
            .is_empty()
    {
        return Err(ServiceError::NotFound("thematicAreaId"));
    }
    Ok(GoodPracticeFields {
        title,
        organisation_id: input.organisation_id,
        thematic_area_id: input.thematic_area_id,
        description,
        source,
    })
}

/// Adds a good practice to the library.
pub async fn create_good_practice(
    db: &Database,
    actor: &Actor,
    input: GoodPracticeInput,
) -> ServiceResult<GoodPractice> {
    authorize(actor, Action::ReadNetwork)?;
    let groups = area_groups(db, input.thematic_area_id).await?;
    authorize(
        actor,
        Action::EditGoodPractice {
            area_groups: &groups,
        },
    )?;
    let fields = practice_fields(db, input).await?;
    let txn = db.conn().begin().await?;
    let practice = good_practices::create(&txn, fields).await?;
    record(
        &txn,
        actor_id(actor),
        "createGoodPractice",
        "GoodPractice",
        practice.id.0,
        None::<&()>,
        Some(&practice),
    )
    .await?;
    txn.commit().await?;
    Ok(practice)
}

/// Replaces a good practice's fields. The actor must be allowed to edit it both in its
/// current area and in the new one.
pub async fn update_good_practice(
    db: &Database,
    actor: &Actor,
    id: GoodPracticeId,
    input: GoodPracticeInput,
) -> ServiceResult<GoodPractice> {
    authorize(actor, Action::ReadNetwork)?;
    let before = good_practices::find(db.conn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    for area in [before.thematic_area_id, input.thematic_area_id] {
        let groups = area_groups(db, area).await?;
        authorize(
            actor,
            Action::EditGoodPractice {
                area_groups: &groups,
            },
        )?;
    }
    let fields = practice_fields(db, input).await?;
    let txn = db.conn().begin().await?;
    let after = good_practices::update(&txn, id, fields).await?;
    record(
        &txn,
        actor_id(actor),
        "updateGoodPractice",
        "GoodPractice",
        id.0,
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// The editable fields of a webinar.
#[derive(Debug)]
pub struct WebinarInput {
    /// Title.
    pub title: String,
    /// Start.
    pub starts_at: DateTime<Utc>,
    /// IANA time zone.
    pub time_zone: String,
    /// Presenting organisations.
    pub presenter_ids: Vec<OrganisationId>,
    /// Recording address.
    pub recording_url: Option<String>,
    /// Good practices shown.
    pub good_practice_ids: Vec<GoodPracticeId>,
    /// Attendance.
    pub attendance: Option<i32>,
}

/// Validates a webinar of `group`: every field problem at once, then the presenters against
/// the group's leading members and the practices against the library.
async fn webinar_fields(
    db: &Database,
    group: WorkingGroupId,
    input: WebinarInput,
) -> ServiceResult<WebinarFields> {
    let mut errors = Vec::new();
    let title = parse_title("title", &input.title)
        .map_err(|err| errors.push(err))
        .unwrap_or_default();
    let time_zone = parse_time_zone(&input.time_zone)
        .map_err(|err| errors.push(err))
        .unwrap_or_default();
    let recording_url = parse_url("recordingUrl", input.recording_url.as_deref())
        .map_err(|err| errors.push(err))
        .unwrap_or_default();
    if let Err(err) = check_count("attendance", input.attendance) {
        errors.push(err);
    }
    let members = working_groups::memberships_of_groups(db.conn(), &[group]).await?;
    if let Err(err) = check_presenters(&input.presenter_ids, &members) {
        errors.push(err);
    }
    if input.good_practice_ids.len() > 50 {
        errors.push(ValidationError::new(
            "goodPracticeIds",
            "TOO_MANY",
            "goodPracticeIds may hold at most 50 entries.",
        ));
    }
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    let mut practices = input.good_practice_ids.clone();
    practices.sort_unstable();
    practices.dedup();
    if practices.len() != input.good_practice_ids.len() {
        return Err(ValidationError::new(
            "goodPracticeIds",
            "DUPLICATE",
            "A good practice is named twice.",
        )
        .into());
    }
    if good_practices::find_by_ids(db.conn(), &practices)
        .await?
        .len()
        != practices.len()
    {
        return Err(ServiceError::NotFound("goodPracticeIds"));
    }
    Ok(WebinarFields {
        working_group_id: group,
        title,
        starts_at: input.starts_at,
        time_zone,
        presenter_ids: input.presenter_ids,
        recording_url,
        good_practice_ids: input.good_practice_ids,
        attendance: input.attendance,
    })
}

/// Schedules a webinar of a working group.
pub async fn schedule_webinar(
    db: &Database,
    actor: &Actor,
    group: WorkingGroupId,
    input: WebinarInput,
) -> ServiceResult<Webinar> {
    authorize(actor, Action::ManageWebinars { group })?;
    working_groups::find(db.conn(), group)
        .await?
        .ok_or(ServiceError::NotFound("workingGroupId"))?;
    let fields = webinar_fields(db, group, input).await?;
    let txn = db.conn().begin().await?;
    let webinar = webinars::create(&txn, fields).await?;
    record(
        &txn,
        actor_id(actor),
        "scheduleWebinar",
        "Webinar",
        webinar.id.0,
        None::<&()>,
        Some(&webinar),
    )
    .await?;
    txn.commit().await?;
    Ok(webinar)
}

/// Replaces a webinar's fields; its group stays.
pub async fn update_webinar(
    db: &Database,
    actor: &Actor,
    id: WebinarId,
    input: WebinarInput,
) -> ServiceResult<Webinar> {
    authorize(actor, Action::ReadNetwork)?;
    let before = webinars::find(db.conn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    authorize(
        actor,
        Action::ManageWebinars {
            group: before.working_group_id,
        },
    )?;
    let fields = webinar_fields(db, before.working_group_id, input).await?;
    let txn = db.conn().begin().await?;
    let after = webinars::update(&txn, id, fields).await?;
    record(
        &txn,
        actor_id(actor),
        "updateWebinar",
        "Webinar",
        id.0,
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}
