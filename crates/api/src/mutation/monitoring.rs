//! `scheduleCoordinationCall`, `updateCoordinationCall`, `deleteCoordinationCall` and
//! `submitProgressReport`.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::NaiveDate;
use mega_domain::monitoring::{CoordinationCallDraft, DecisionDraft, ProgressReportDraft};
use mega_domain::{CoordinationCallId, WorkingGroupId};

use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::{input_id, input_ids, optional_input_id, payload, settle};
use crate::services::ServiceError;
use crate::services::monitoring as service;
use crate::types::{CoordinationCallObject, ProgressReportObject, StepStatusGql, UserError};

/// A decision taken at a call.
#[derive(InputObject)]
pub struct DecisionInput {
    /// What was decided, 1–2,000 characters.
    pub text: String,
    /// The plan steps it concerns.
    #[graphql(default)]
    pub step_ids: Vec<ID>,
}

/// Repeat a call as a series.
#[derive(InputObject)]
pub struct RepeatInput {
    /// How many calls in all, 1–12 (`OUT_OF_RANGE`).
    pub count: u32,
    /// Months between calls, 1–12 (`OUT_OF_RANGE`); 4 is the network's rhythm.
    pub every_months: u32,
}

/// Input of `scheduleCoordinationCall`.
#[derive(InputObject)]
pub struct ScheduleCoordinationCallInput {
    /// The working group.
    pub working_group_id: ID,
    /// When (the first call of a series).
    pub held_on: NaiveDate,
    /// The local time it starts, `HH:MM` (`INVALID_TIME`); a series keeps it on every call.
    pub start_time: Option<String>,
    /// The IANA time zone of `startTime` (`INVALID_TIME_ZONE`); default Europe/Brussels.
    pub time_zone: Option<String>,
    /// Who facilitates; default the coordinator scheduling it.
    pub facilitator_id: Option<ID>,
    /// The organisations taking part.
    #[graphql(default)]
    pub participant_ids: Vec<ID>,
    /// What will be discussed, at most 10,000 characters.
    pub agenda: Option<String>,
    /// Schedule a series instead of one call.
    pub repeat: Option<RepeatInput>,
}

/// Input of `updateCoordinationCall`; omitted fields keep their value.
#[derive(InputObject)]
pub struct UpdateCoordinationCallInput {
    /// The call.
    pub id: ID,
    /// The version read (`STALE_VERSION` when someone saved since).
    pub expected_version: i32,
    /// A new date.
    pub held_on: Option<NaiveDate>,
    /// A new local start time, `HH:MM`; an empty string leaves the call without a time.
    pub start_time: Option<String>,
    /// A new time zone for the start time.
    pub time_zone: Option<String>,
    /// A new facilitator.
    pub facilitator_id: Option<ID>,
    /// The organisations taking part (replaces the list).
    pub participant_ids: Option<Vec<ID>>,
    /// What will be discussed, at most 10,000 characters.
    pub agenda: Option<String>,
    /// What was said, at most 10,000 characters.
    pub notes: Option<String>,
    /// What was decided (replaces the list), at most 50.
    pub decisions: Option<Vec<DecisionInput>>,
}

/// Input of `deleteCoordinationCall`.
#[derive(InputObject)]
pub struct DeleteCoordinationCallInput {
    /// The call.
    pub id: ID,
}

/// Input of `submitProgressReport`.
#[derive(InputObject)]
pub struct SubmitProgressReportInput {
    /// The step reported on; its plan must be IMPLEMENTING (`PLAN_NOT_IMPLEMENTING`).
    pub step_id: ID,
    /// Where it stands.
    pub status: StepStatusGql,
    /// 0–100 (`OUT_OF_RANGE`); NOT_STARTED is 0 and DONE 100 (`PERCENT_MISMATCH`).
    pub percent_complete: i32,
    /// What happened, at most 10,000 characters.
    pub narrative: Option<String>,
    /// Links to evidence: at most 20 http(s) URLs (`INVALID_URL`, `TOO_MANY`).
    #[graphql(default)]
    pub evidence_links: Vec<String>,
    /// The call it is presented at: one of the step's working group (`WRONG_CALL`).
    pub coordination_call_id: Option<ID>,
}

/// Result of `scheduleCoordinationCall`.
#[derive(SimpleObject, Default)]
pub struct ScheduleCoordinationCallPayload {
    /// The (first) call scheduled.
    pub coordination_call: Option<CoordinationCallObject>,
    /// Every call scheduled, in date order (one unless `repeat` was given).
    pub series: Vec<CoordinationCallObject>,
    /// Problems with the input; nothing was changed when not empty.
    pub user_errors: Vec<UserError>,
}

payload!(
    /// Result of `updateCoordinationCall` and `deleteCoordinationCall`.
    CoordinationCallPayload,
    /// The call (as it was, for a deletion).
    coordination_call: CoordinationCallObject
);

payload!(
    /// Result of `submitProgressReport`.
    ProgressReportPayload,
    /// The report.
    progress_report: ProgressReportObject
);

impl ScheduleCoordinationCallInput {
    /// The call's draft, with its IDs decoded.
    fn draft(self) -> Result<CoordinationCallDraft, ServiceError> {
        Ok(CoordinationCallDraft {
            held_on: Some(self.held_on),
            start_time: self.start_time,
            time_zone: self.time_zone,
            facilitator_id: optional_input_id("facilitatorId", self.facilitator_id.as_ref())?,
            participant_ids: Some(input_ids("participantIds", &self.participant_ids)?),
            agenda: self.agenda,
            notes: None,
            decisions: None,
        })
    }
}

impl UpdateCoordinationCallInput {
    /// The changes' draft, with their IDs decoded.
    fn draft(self) -> Result<CoordinationCallDraft, ServiceError> {
        let decisions = self
            .decisions
            .map(|decisions| {
                decisions
                    .into_iter()
                    .map(|d| {
                        Ok(DecisionDraft {
                            step_ids: input_ids("stepIds", &d.step_ids)?,
                            text: d.text,
                        })
                    })
                    .collect::<Result<Vec<_>, ServiceError>>()
            })
            .transpose()?;
        Ok(CoordinationCallDraft {
            held_on: self.held_on,
            start_time: self.start_time,
            time_zone: self.time_zone,
            facilitator_id: optional_input_id("facilitatorId", self.facilitator_id.as_ref())?,
            participant_ids: self
                .participant_ids
                .as_deref()
                .map(|raw| input_ids("participantIds", raw))
                .transpose()?,
            agenda: self.agenda,
            notes: self.notes,
            decisions,
        })
    }
}

impl SubmitProgressReportInput {
    /// The report's draft, with its IDs decoded.
    fn draft(self) -> Result<ProgressReportDraft, ServiceError> {
        Ok(ProgressReportDraft {
            step_id: input_id("stepId", &self.step_id)?,
            status: self.status.into(),
            percent_complete: self.percent_complete,
            narrative: self.narrative,
            evidence_links: self.evidence_links,
            call_id: optional_input_id("coordinationCallId", self.coordination_call_id.as_ref())?,
        })
    }
}

/// Monitoring mutations.
#[derive(Default)]
pub struct MonitoringMutation;

#[Object]
impl MonitoringMutation {
    /// Schedules a working group's coordination call, or with `repeat` a series of them.
    /// Coordinator only.
    async fn schedule_coordination_call(
        &self,
        ctx: &Context<'_>,
        input: ScheduleCoordinationCallInput,
    ) -> ApiResult<ScheduleCoordinationCallPayload> {
        let result = async {
            let group = input_id::<WorkingGroupId>("workingGroupId", &input.working_group_id)?;
            let repeat = input.repeat.as_ref().map(|r| (r.count, r.every_months));
            let draft = input.draft()?;
            service::schedule(db(ctx), actor(ctx), group, draft, repeat).await
        }
        .await;
        Ok(match settle(result)? {
            Ok(calls) => ScheduleCoordinationCallPayload {
                coordination_call: calls.first().cloned().map(CoordinationCallObject),
                series: calls.into_iter().map(CoordinationCallObject).collect(),
                user_errors: Vec::new(),
            },
            Err(user_errors) => ScheduleCoordinationCallPayload {
                user_errors,
                ..Default::default()
            },
        })
    }

    /// Edits a call: date, facilitator, participants, agenda, notes and decisions (each
    /// linked to the plan steps it concerns). Coordinator only.
    async fn update_coordination_call(
        &self,
        ctx: &Context<'_>,
        input: UpdateCoordinationCallInput,
    ) -> ApiResult<CoordinationCallPayload> {
        let result = async {
            let id = input_id::<CoordinationCallId>("id", &input.id)?;
            let expected_version = input.expected_version;
            let draft = input.draft()?;
            service::update(db(ctx), actor(ctx), id, expected_version, draft).await
        }
        .await;
        Ok(settle(result.map(CoordinationCallObject))?.into())
    }

    /// Deletes a call; reports presented at it stay, without the call. Coordinator only.
    async fn delete_coordination_call(
        &self,
        ctx: &Context<'_>,
        input: DeleteCoordinationCallInput,
    ) -> ApiResult<CoordinationCallPayload> {
        let result = async {
            let id = input_id::<CoordinationCallId>("id", &input.id)?;
            service::delete(db(ctx), actor(ctx), id).await
        }
        .await;
        Ok(settle(result.map(CoordinationCallObject))?.into())
    }

    /// Reports progress on a step of an IMPLEMENTING plan. Members of the plan's organisation
    /// and the coordinator; the latest report sets the step's status and percentage.
    async fn submit_progress_report(
        &self,
        ctx: &Context<'_>,
        input: SubmitProgressReportInput,
    ) -> ApiResult<ProgressReportPayload> {
        let result = async {
            let draft = input.draft()?;
            service::submit(db(ctx), actor(ctx), draft).await
        }
        .await;
        Ok(settle(result.map(ProgressReportObject))?.into())
    }
}
