//! Coordination calls: the coordinator schedules them (alone or as a series), minutes them
//! and removes them; everyone signed in reads them.

use chrono::NaiveDate;
use mega_domain::NodeId;
use mega_domain::action_plan::ActionStepId;
use mega_domain::event::parse_optional;
use mega_domain::monitoring::{self as rules, CoordinationCall, Decision, MAX_TEXT};
use mega_domain::webhook::WebhookEvent;
use mega_domain::{
    Action, Actor, CoordinationCallId, Denial, OrganisationId, UserId, ValidationError,
    WorkingGroupId, authorize,
};
use mega_persistence::monitoring::{self as repo, CallFields};
use mega_persistence::{
    Database, TransactionTrait, action_plans as plan_repo, organisations, users, working_groups,
};
use serde_json::json;

use crate::services::{ServiceError, ServiceResult, actor_id, record, webhooks};

/// Most decisions minuted for one call.
pub const MAX_DECISIONS: usize = 50;

/// A call as scheduled or edited through the API (unvalidated).
#[derive(Debug, Default)]
pub struct CallInput {
    /// When.
    pub held_on: Option<NaiveDate>,
    /// Who facilitates (default: the coordinator scheduling it).
    pub facilitator_id: Option<UserId>,
    /// Who takes part.
    pub participant_ids: Option<Vec<OrganisationId>>,
    /// What will be discussed.
    pub agenda: Option<String>,
    /// What was said.
    pub notes: Option<String>,
    /// What was decided, with the steps each decision concerns.
    pub decisions: Option<Vec<(String, Vec<ActionStepId>)>>,
}

fn invalid(errors: Vec<ValidationError>) -> ServiceError {
    ServiceError::Invalid(errors)
}

/// Validates `input` over `base` (the call's current fields, or defaults for a new one).
async fn call_fields(
    db: &Database,
    input: CallInput,
    base: CallFields,
) -> ServiceResult<CallFields> {
    let mut errors = Vec::new();
    let agenda = match input.agenda {
        Some(raw) => parse_optional("agenda", Some(&raw), MAX_TEXT).unwrap_or_else(|e| {
            errors.push(e);
            None
        }),
        None => base.agenda,
    };
    let notes = match input.notes {
        Some(raw) => parse_optional("notes", Some(&raw), MAX_TEXT).unwrap_or_else(|e| {
            errors.push(e);
            None
        }),
        None => base.notes,
    };
    let participant_ids = match input.participant_ids {
        Some(mut ids) => {
            ids.sort_unstable();
            ids.dedup();
            let found = organisations::find_by_ids(db.conn(), &ids).await?;
            if found.len() != ids.len() {
                errors.push(ValidationError::new(
                    "participantIds",
                    "NOT_FOUND",
                    "Every participant must be an organisation of the network.",
                ));
            }
            ids
        }
        None => base.participant_ids,
    };
    let facilitator_id = match input.facilitator_id {
        Some(id) => {
            if users::find(db.conn(), id).await?.is_none() {
                errors.push(ValidationError::new(
                    "facilitatorId",
                    "NOT_FOUND",
                    "The facilitator must be a user.",
                ));
            }
            Some(id)
        }
        None => base.facilitator_id,
    };
    let decisions = match input.decisions {
        Some(raw) => {
            if raw.len() > MAX_DECISIONS {
                errors.push(ValidationError::new(
                    "decisions",
                    "TOO_MANY",
                    format!("At most {MAX_DECISIONS} decisions."),
                ));
            }
            let mut decisions = Vec::new();
            for (text, mut steps) in raw.into_iter().take(MAX_DECISIONS) {
                match mega_domain::event::parse_required("text", &text, 2_000) {
                    Ok(text) => {
                        steps.sort_unstable();
                        steps.dedup();
                        let found = plan_repo::steps_by_ids(db.conn(), &steps).await?;
                        if found.len() != steps.len() {
                            errors.push(ValidationError::new(
                                "stepIds",
                                "NOT_FOUND",
                                "A decision names a step that does not exist.",
                            ));
                        }
                        decisions.push(Decision {
                            text,
                            step_ids: steps,
                        });
                    }
                    Err(e) => errors.push(e),
                }
            }
            decisions
        }
        None => base.decisions,
    };
    if !errors.is_empty() {
        return Err(invalid(errors));
    }
    Ok(CallFields {
        held_on: input.held_on.unwrap_or(base.held_on),
        facilitator_id,
        participant_ids,
        agenda,
        notes,
        decisions,
    })
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
    input: CallInput,
    repeat: Option<(u32, u32)>,
) -> ServiceResult<Vec<CoordinationCall>> {
    authorize(actor, Action::ManageCoordinationCalls)?;
    let by = actor_id(actor).ok_or(ServiceError::Denied(Denial::Unauthenticated))?;
    if working_groups::find(db.conn(), group).await?.is_none() {
        return Err(ServiceError::NotFound("workingGroupId"));
    }
    let Some(first) = input.held_on else {
        return Err(invalid(vec![ValidationError::new(
            "heldOn",
            "REQUIRED",
            "heldOn is required.",
        )]));
    };
    let dates = match repeat {
        Some((count, every)) => rules::series_dates(first, count, every)?,
        None => vec![first],
    };
    let base = CallFields {
        held_on: first,
        facilitator_id: Some(by),
        participant_ids: Vec::new(),
        agenda: None,
        notes: None,
        decisions: Vec::new(),
    };
    let fields = call_fields(db, input, base).await?;
    let series = (dates.len() > 1).then(|| uuid::Uuid::new_v4().to_string());
    let txn = db.conn().begin().await?;
    let mut calls = Vec::new();
    for held_on in dates {
        let fields = CallFields {
            held_on,
            ..fields.clone()
        };
        calls.push(repo::insert_call(&txn, group, &fields, series.as_deref(), false).await?);
    }
    let first_id = calls.first().map_or(0, |c| c.id.0);
    record(
        &txn,
        Some(by),
        "scheduleCoordinationCall",
        "CoordinationCall",
        first_id,
        None::<&()>,
        Some(&calls),
    )
    .await?;
    webhooks::emit(
        &txn,
        WebhookEvent::CallScheduled,
        &fields.participant_ids,
        call_event(&calls),
    )
    .await?;
    txn.commit().await?;
    Ok(calls)
}

/// Changes a call: date, facilitator, participants, agenda, notes, decisions. Coordinator
/// only; `STALE_VERSION` when someone else saved first.
pub async fn update(
    db: &Database,
    actor: &Actor,
    id: CoordinationCallId,
    expected_version: i32,
    input: CallInput,
) -> ServiceResult<CoordinationCall> {
    authorize(actor, Action::ManageCoordinationCalls)?;
    let before = repo::find_call(db.conn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let base = CallFields {
        held_on: before.held_on,
        facilitator_id: before.facilitator_id,
        participant_ids: before.participant_ids.clone(),
        agenda: before.agenda.clone(),
        notes: before.notes.clone(),
        decisions: before.decisions.clone(),
    };
    let fields = call_fields(db, input, base).await?;
    let txn = db.conn().begin().await?;
    let after = repo::update_call(&txn, id, expected_version, &fields).await?;
    record(
        &txn,
        actor_id(actor),
        "updateCoordinationCall",
        "CoordinationCall",
        id.0,
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// Removes a call; reports presented at it stay, without the call. Coordinator only.
pub async fn delete(
    db: &Database,
    actor: &Actor,
    id: CoordinationCallId,
) -> ServiceResult<CoordinationCall> {
    authorize(actor, Action::ManageCoordinationCalls)?;
    let before = repo::find_call(db.conn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let txn = db.conn().begin().await?;
    repo::delete_call(&txn, id).await?;
    record(
        &txn,
        actor_id(actor),
        "deleteCoordinationCall",
        "CoordinationCall",
        id.0,
        Some(&before),
        None::<&()>,
    )
    .await?;
    txn.commit().await?;
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
