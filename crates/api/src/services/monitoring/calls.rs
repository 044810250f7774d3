//! Coordination calls: the coordinator schedules them (alone or as a series), minutes them
//! and removes them; everyone signed in reads them.

use mega_domain::monitoring::{
    self as rules, CoordinationCall, CoordinationCallDraft, CoordinationCallFields, KnownReferences,
};
use mega_domain::notification::{NewNotification, NotificationKind, NotificationTarget};
use mega_domain::policy::notifications::Occurrence;
use mega_domain::webhook::WebhookEvent;
use mega_domain::{
    Action, Actor, Audited, CoordinationCallId, Denial, NodeId, ValidationError, WorkingGroupId,
    authorize,
};
use mega_persistence::monitoring as repo;
use mega_persistence::{
    ConnectionTrait, Database, action_plans as plan_repo, organisations, users, working_groups,
};
use serde_json::json;

use crate::services::notifications;
use crate::services::unit_of_work::UnitOfWork;
use crate::services::{ServiceError, ServiceResult};

/// Looks up the objects `draft` names (one statement per kind named), and validates it over
/// `current` (the call's fields, or those of a new one).
async fn call_fields(
    conn: &impl ConnectionTrait,
    draft: CoordinationCallDraft,
    current: CoordinationCallFields,
) -> ServiceResult<CoordinationCallFields> {
    let mut known = KnownReferences::default();
    let organisations = draft.named_organisations();
    if !organisations.is_empty() {
        known.organisations = organisations::find_by_ids(conn, &organisations)
            .await?
            .into_iter()
            .map(|o| o.id)
            .collect();
    }
    if let Some(facilitator) = draft.facilitator_id
        && users::find(conn, facilitator).await?.is_some()
    {
        known.users.push(facilitator);
    }
    let steps = draft.named_steps();
    if !steps.is_empty() {
        known.steps = plan_repo::steps_by_ids(conn, &steps)
            .await?
            .into_iter()
            .map(|s| s.id)
            .collect();
    }
    draft
        .validate(current, &known)
        .map_err(ServiceError::Invalid)
}

/// Tells the members of `call`'s group that it was scheduled, changed or cancelled (calls
/// are read by everyone signed in). `dates`: the call's date, or a series' dates.
async fn tell_group(
    uow: &UnitOfWork,
    actor: &Actor,
    kind: NotificationKind,
    call: &CoordinationCall,
    dates: &[String],
) -> ServiceResult<()> {
    let groups = [call.working_group_id];
    let occurrence = Occurrence {
        groups: &groups,
        ..Occurrence::new(kind, Action::ReadNetwork)
    };
    let told = NewNotification {
        kind,
        target: NotificationTarget::CoordinationCall {
            id: call.id,
            group: call.working_group_id,
        },
        feedback_id: None,
        excerpt: Some(mega_domain::notification::excerpt(&dates.join(", "))),
    };
    notifications::notify(uow, actor, &[(occurrence, told)]).await
}

fn call_event(calls: &[CoordinationCall]) -> serde_json::Value {
    json!({
        "coordinationCallIds": calls.iter().map(|c| c.id.global_id()).collect::<Vec<_>>(),
        "workingGroupId": calls.first().map(|c| c.working_group_id.global_id()),
        "heldOn": calls.iter().map(|c| c.held_on.to_string()).collect::<Vec<_>>(),
    })
}

/// Schedules a call of `group`, or with `repeat` (count, every months) a series of calls
/// sharing a series id. Coordinator only.
pub async fn schedule(
    db: &Database,
    actor: &Actor,
    group: WorkingGroupId,
    draft: CoordinationCallDraft,
    repeat: Option<(u32, u32)>,
) -> ServiceResult<Vec<CoordinationCall>> {
    authorize(actor, Action::ManageCoordinationCalls)?;
    let by = actor
        .user_id()
        .ok_or(ServiceError::Denied(Denial::Unauthenticated))?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    if working_groups::find(uow.txn(), group).await?.is_none() {
        return Err(ServiceError::NotFound("workingGroupId"));
    }
    let Some(first) = draft.held_on else {
        return Err(ServiceError::Invalid(vec![ValidationError::new(
            "heldOn",
            "REQUIRED",
            "heldOn is required.",
        )]));
    };
    let dates = match repeat {
        Some((count, every)) => rules::series_dates(first, count, every)?,
        None => vec![first],
    };
    let fields = call_fields(
        uow.txn(),
        draft,
        CoordinationCallFields::new(first, Some(by)),
    )
    .await?;
    let series = (dates.len() > 1).then(|| uuid::Uuid::new_v4().to_string());
    let mut calls = Vec::new();
    for held_on in dates {
        let fields = CoordinationCallFields {
            held_on,
            ..fields.clone()
        };
        calls.push(repo::insert_call(uow.txn(), group, &fields, series.as_deref(), false).await?);
    }
    // One event for the whole series, on its first call, with every call in the snapshot.
    let first_id = calls.first().map_or(0, |c| c.id.0);
    uow.record(
        "scheduleCoordinationCall",
        CoordinationCall::ENTITY,
        first_id,
        None::<&()>,
        Some(&calls),
    )
    .await?;
    if let Some(first) = calls.first() {
        let dates: Vec<String> = calls.iter().map(|c| c.held_on.to_string()).collect();
        tell_group(&uow, actor, NotificationKind::CallScheduled, first, &dates).await?;
    }
    uow.emit(
        WebhookEvent::CallScheduled,
        &fields.participant_ids,
        call_event(&calls),
    )
    .await?;
    uow.commit().await?;
    Ok(calls)
}

/// Changes a call: date, facilitator, participants, agenda, notes, decisions. Coordinator
/// only; `STALE_VERSION` when someone else saved first.
pub async fn update(
    db: &Database,
    actor: &Actor,
    id: CoordinationCallId,
    expected_version: i32,
    draft: CoordinationCallDraft,
) -> ServiceResult<CoordinationCall> {
    authorize(actor, Action::ManageCoordinationCalls)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = repo::find_call(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let fields = call_fields(uow.txn(), draft, CoordinationCallFields::of(&before)).await?;
    let after = repo::update_call(uow.txn(), id, expected_version, &fields).await?;
    uow.updated("updateCoordinationCall", &before, &after)
        .await?;
    let date = [after.held_on.to_string()];
    tell_group(&uow, actor, NotificationKind::CallChanged, &after, &date).await?;
    uow.commit().await?;
    Ok(after)
}

/// Removes a call; reports presented at it stay, without the call. Coordinator only.
pub async fn delete(
    db: &Database,
    actor: &Actor,
    id: CoordinationCallId,
) -> ServiceResult<CoordinationCall> {
    authorize(actor, Action::ManageCoordinationCalls)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = repo::find_call(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    repo::delete_call(uow.txn(), id).await?;
    uow.removed("deleteCoordinationCall", &before).await?;
    let date = [before.held_on.to_string()];
    tell_group(&uow, actor, NotificationKind::CallCancelled, &before, &date).await?;
    uow.commit().await?;
    Ok(before)
}

/// One call (everyone signed in reads calls).
pub async fn find_call(
    db: &Database,
    actor: &Actor,
    id: CoordinationCallId,
) -> ServiceResult<Option<CoordinationCall>> {
    authorize(actor, Action::ReadNetwork)?;
    Ok(repo::find_call(db.conn(), id).await?)
}

/// Calls, latest first, of one group or all (everyone signed in reads them).
pub async fn calls_page(
    db: &Database,
    actor: &Actor,
    group: Option<WorkingGroupId>,
    request: mega_domain::PageRequest,
) -> ServiceResult<mega_domain::Page<CoordinationCall>> {
    authorize(actor, Action::ReadNetwork)?;
    Ok(repo::calls_page(db.conn(), group, request).await?)
}
