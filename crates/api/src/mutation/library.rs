//! The good-practice library, webinars, plenary outcomes, awards and territory facts.

use async_graphql::{Context, ID, InputObject, Object};
use chrono::{DateTime, Utc};
use mega_domain::evidence::{AwardDraft, TerritoryFactDraft, WinnerDraft};
use mega_domain::good_practice::GoodPracticeDraft;
use mega_domain::webinar::WebinarDraft;
use mega_domain::{
    AwardId, EventId, GoodPracticeId, PlenaryOutcomeId, TerritoryFactId, WebinarId, WorkingGroupId,
};

use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::{input_id, input_ids, optional_input_id, payload, settle};
use crate::services::ServiceError;
use crate::services::evidence;
use crate::services::library;
use crate::types::{
    AwardObject, GoodPracticeObject, PlenaryOutcomeObject, TerritoryFactObject, WebinarObject,
};
use mega_domain::plenary::PlenaryOutcomeDraft;

/// The editable fields of a good practice.
#[derive(InputObject)]
pub struct GoodPracticeFieldsInput {
    /// Title, 1–200 characters.
    pub title: String,
    /// The organisation behind the practice, if one is named.
    pub organisation_id: Option<ID>,
    /// The learning theme it belongs to. Leading members of that theme's working group may
    /// add and edit it; without an area only the coordinator can.
    pub thematic_area_id: Option<ID>,
    /// What the practice is, 1–10,000 characters.
    pub description: String,
    /// Where it comes from, e.g. "Phoenix Award" or a quotation; 1–2,000 characters.
    pub source: String,
}

/// Input of `createGoodPractice`.
#[derive(InputObject)]
pub struct CreateGoodPracticeInput {
    /// The practice.
    pub good_practice: GoodPracticeFieldsInput,
}

/// Input of `updateGoodPractice`.
#[derive(InputObject)]
pub struct UpdateGoodPracticeInput {
    /// The practice.
    pub id: ID,
    /// Its new fields (all are replaced).
    pub good_practice: GoodPracticeFieldsInput,
}

/// The editable fields of a webinar.
#[derive(InputObject)]
pub struct WebinarFieldsInput {
    /// Title, 1–200 characters.
    pub title: String,
    /// When it starts (an instant, e.g. "2018-11-06T10:00:00+01:00").
    pub starts_at: DateTime<Utc>,
    /// The IANA time zone it is planned in, e.g. "Europe/Berlin" or "UTC"
    /// (`INVALID_TIME_ZONE` otherwise).
    pub time_zone: String,
    /// The presenting organisations, in order: 1–20 leading members of the group
    /// (`NOT_LEADING` otherwise).
    pub presenter_ids: Vec<ID>,
    /// Where the recording is: an http:// or https:// address (`INVALID_URL` otherwise).
    pub recording_url: Option<String>,
    /// The good practices shown, in order; at most 50.
    #[graphql(default)]
    pub good_practice_ids: Vec<ID>,
    /// How many people attended, when known; at least 0 (`NEGATIVE_COUNT` otherwise).
    pub attendance: Option<i32>,
}

/// Input of `scheduleWebinar`.
#[derive(InputObject)]
pub struct ScheduleWebinarInput {
    /// The working group holding the webinar.
    pub working_group_id: ID,
    /// The webinar.
    pub webinar: WebinarFieldsInput,
}

/// Input of `updateWebinar`.
#[derive(InputObject)]
pub struct UpdateWebinarInput {
    /// The webinar.
    pub id: ID,
    /// Its new fields (all are replaced; the group stays).
    pub webinar: WebinarFieldsInput,
}

/// The editable fields of a plenary outcome.
#[derive(InputObject)]
pub struct PlenaryOutcomeFieldsInput {
    /// The session it belongs to, e.g. "(1) City leadership"; 1–300 characters.
    pub section: String,
    /// Heading, 1–300 characters.
    pub heading: String,
    /// An editorial remark; at most 1,000 characters.
    pub note: Option<String>,
    /// The points of the discussion; at most 50, each at most 10,000 characters.
    #[graphql(default)]
    pub summary_points: Vec<String>,
    /// The recommendations made; same limits.
    #[graphql(default)]
    pub recommendations: Vec<String>,
    /// The working groups it concerns, in order.
    #[graphql(default)]
    pub working_group_ids: Vec<ID>,
}

/// Input of `createPlenaryOutcome`.
#[derive(InputObject)]
pub struct CreatePlenaryOutcomeInput {
    /// The event.
    pub event_id: ID,
    /// The outcome (appended after the event's other outcomes).
    pub plenary_outcome: PlenaryOutcomeFieldsInput,
}

/// Input of `updatePlenaryOutcome`.
#[derive(InputObject)]
pub struct UpdatePlenaryOutcomeInput {
    /// The outcome.
    pub id: ID,
    /// Its new fields (all are replaced; event and position stay).
    pub plenary_outcome: PlenaryOutcomeFieldsInput,
}

/// A winner of a new award.
#[derive(InputObject)]
pub struct AwardWinnerInput {
    /// Name, 1–200 characters.
    pub name: String,
    /// What the winner does, 1–300 characters.
    pub activity: String,
    /// The winner as an organisation of the network, when it is one.
    pub organisation_id: Option<ID>,
}

/// Input of `createAward`.
#[derive(InputObject)]
pub struct CreateAwardInput {
    /// Name, e.g. "Phoenix Award"; 1–200 characters.
    pub name: String,
    /// Edition number; at least 0.
    pub edition: Option<i32>,
    /// Year, 1900–2100 (`INVALID_YEAR` otherwise).
    pub year: i32,
    /// The criteria; at most 20, each at most 1,000 characters.
    #[graphql(default)]
    pub criteria: Vec<String>,
    /// How many applications were submitted; at least 0.
    pub applications: Option<i32>,
    /// The winners, in order; at most 100.
    #[graphql(default)]
    pub winners: Vec<AwardWinnerInput>,
}

/// Input of `createTerritoryFact`.
#[derive(InputObject)]
pub struct CreateTerritoryFactInput {
    /// The territory it is about; none for figures without a partner-territory scope.
    pub territory_id: Option<ID>,
    /// ISO 3166-1 alpha-2 country, for figures about a country (`INVALID_COUNTRY`).
    pub country: Option<String>,
    /// What is counted, 1–300 characters.
    pub figure: String,
    /// The number.
    pub value: f64,
    /// Unit, 1–100 characters.
    pub unit: String,
    /// The year the figure refers to, 1900–2100.
    pub year: Option<i32>,
    /// A qualifier such as "around"; at most 100 characters.
    pub qualifier: Option<String>,
    /// The sentence quoted, 1–2,000 characters.
    pub source_text: String,
    /// Where in the source it is; at most 300 characters.
    pub section: Option<String>,
}

/// Input of `updateAward`.
#[derive(InputObject)]
pub struct UpdateAwardInput {
    /// The award.
    pub id: ID,
    /// Its new fields and winners (all are replaced).
    #[graphql(flatten)]
    pub award: CreateAwardInput,
}

/// Input of `updateTerritoryFact`.
#[derive(InputObject)]
pub struct UpdateTerritoryFactInput {
    /// The fact.
    pub id: ID,
    /// Its new fields (all are replaced).
    #[graphql(flatten)]
    pub fact: CreateTerritoryFactInput,
}

/// Input of `deletePlenaryOutcome`.
#[derive(InputObject)]
pub struct DeletePlenaryOutcomeInput {
    /// The outcome.
    pub id: ID,
}

/// Input of `deleteAward`.
#[derive(InputObject)]
pub struct DeleteAwardInput {
    /// The award.
    pub id: ID,
}

/// Input of `deleteGoodPractice`.
#[derive(InputObject)]
pub struct DeleteGoodPracticeInput {
    /// The practice.
    pub id: ID,
}

/// Input of `deleteWebinar`.
#[derive(InputObject)]
pub struct DeleteWebinarInput {
    /// The webinar.
    pub id: ID,
}

/// Input of `deleteTerritoryFact`.
#[derive(InputObject)]
pub struct DeleteTerritoryFactInput {
    /// The fact.
    pub id: ID,
}

payload!(
    /// Result of `createGoodPractice`, `updateGoodPractice`, `deleteGoodPractice`,
    /// `publishGoodPractice` and `withdrawGoodPractice`.
    GoodPracticePayload,
    /// The good practice.
    good_practice: GoodPracticeObject
);
payload!(
    /// Result of `scheduleWebinar` and `updateWebinar`.
    WebinarPayload,
    /// The webinar.
    webinar: WebinarObject
);
payload!(
    /// Result of `createPlenaryOutcome`, `updatePlenaryOutcome` and `deletePlenaryOutcome`
    /// (the outcome as it was).
    PlenaryOutcomePayload,
    /// The plenary outcome.
    plenary_outcome: PlenaryOutcomeObject
);
payload!(
    /// Result of `createAward`, `updateAward` and `deleteAward` (the award as it was).
    AwardPayload,
    /// The award.
    award: AwardObject
);
payload!(
    /// Result of `createTerritoryFact`, `updateTerritoryFact` and `deleteTerritoryFact` (the
    /// fact as it was).
    TerritoryFactPayload,
    /// The fact.
    territory_fact: TerritoryFactObject
);

impl GoodPracticeFieldsInput {
    /// The draft, with its IDs decoded.
    fn draft(self) -> Result<GoodPracticeDraft, ServiceError> {
        Ok(GoodPracticeDraft {
            organisation_id: optional_input_id("organisationId", self.organisation_id.as_ref())?,
            thematic_area_id: optional_input_id("thematicAreaId", self.thematic_area_id.as_ref())?,
            title: self.title,
            description: self.description,
            source: self.source,
        })
    }
}

impl WebinarFieldsInput {
    /// The draft, with its IDs decoded.
    fn draft(self) -> Result<WebinarDraft, ServiceError> {
        Ok(WebinarDraft {
            presenter_ids: input_ids("presenterIds", &self.presenter_ids)?,
            good_practice_ids: input_ids("goodPracticeIds", &self.good_practice_ids)?,
            title: self.title,
            starts_at: self.starts_at,
            time_zone: self.time_zone,
            recording_url: self.recording_url,
            attendance: self.attendance,
        })
    }
}

impl CreateAwardInput {
    /// The draft, with the winners' organisations decoded.
    fn draft(self) -> Result<AwardDraft, ServiceError> {
        let winners = self
            .winners
            .into_iter()
            .map(|winner| {
                Ok(WinnerDraft {
                    organisation_id: optional_input_id("winners", winner.organisation_id.as_ref())?,
                    name: winner.name,
                    activity: winner.activity,
                })
            })
            .collect::<Result<_, ServiceError>>()?;
        Ok(AwardDraft {
            name: self.name,
            edition: self.edition,
            year: self.year,
            criteria: self.criteria,
            applications: self.applications,
            winners,
        })
    }
}

impl CreateTerritoryFactInput {
    /// The draft, with its territory decoded.
    fn draft(self) -> Result<TerritoryFactDraft, ServiceError> {
        Ok(TerritoryFactDraft {
            territory_id: optional_input_id("territoryId", self.territory_id.as_ref())?,
            country: self.country,
            figure: self.figure,
            value: self.value,
            unit: self.unit,
            year: self.year,
            qualifier: self.qualifier,
            source_text: self.source_text,
            section: self.section,
        })
    }
}

impl PlenaryOutcomeFieldsInput {
    fn draft(self) -> Result<PlenaryOutcomeDraft, ServiceError> {
        Ok(PlenaryOutcomeDraft {
            working_group_ids: input_ids("workingGroupIds", &self.working_group_ids)?,
            section: self.section,
            heading: self.heading,
            note: self.note,
            summary_points: self.summary_points,
            recommendations: self.recommendations,
        })
    }
}

/// Library and evidence mutations.
#[derive(Default)]
pub struct LibraryMutation;

#[Object]
impl LibraryMutation {
    /// Adds a good practice to the library. The coordinator, and leading members of the
    /// working group of the practice's thematic area.
    async fn create_good_practice(
        &self,
        ctx: &Context<'_>,
        input: CreateGoodPracticeInput,
    ) -> ApiResult<GoodPracticePayload> {
        let result = async {
            let draft = input.good_practice.draft()?;
            library::create_good_practice(db(ctx), actor(ctx), draft).await
        }
        .await;
        Ok(settle(result.map(GoodPracticeObject))?.into())
    }

    /// Replaces a good practice's fields. The coordinator, and leading members of the working
    /// group of its thematic area (of both the current and the new area when it moves).
    async fn update_good_practice(
        &self,
        ctx: &Context<'_>,
        input: UpdateGoodPracticeInput,
    ) -> ApiResult<GoodPracticePayload> {
        let result = async {
            let id = input_id::<GoodPracticeId>("id", &input.id)?;
            let draft = input.good_practice.draft()?;
            library::update_good_practice(db(ctx), actor(ctx), id, draft).await
        }
        .await;
        Ok(settle(result.map(GoodPracticeObject))?.into())
    }

    /// Deletes a good practice; webinars that showcased it keep their other practices. The
    /// payload holds it as it was. Whoever may edit it.
    async fn delete_good_practice(
        &self,
        ctx: &Context<'_>,
        input: DeleteGoodPracticeInput,
    ) -> ApiResult<GoodPracticePayload> {
        let result = async {
            let id = input_id::<GoodPracticeId>("id", &input.id)?;
            library::delete_good_practice(db(ctx), actor(ctx), id).await
        }
        .await;
        Ok(settle(result.map(GoodPracticeObject))?.into())
    }

    /// Schedules a working group's webinar. The group's leading members and the coordinator.
    async fn schedule_webinar(
        &self,
        ctx: &Context<'_>,
        input: ScheduleWebinarInput,
    ) -> ApiResult<WebinarPayload> {
        let result = async {
            let group = input_id::<WorkingGroupId>("workingGroupId", &input.working_group_id)?;
            let draft = input.webinar.draft()?;
            library::schedule_webinar(db(ctx), actor(ctx), group, draft).await
        }
        .await;
        Ok(settle(result.map(WebinarObject))?.into())
    }

    /// Replaces a webinar's fields, e.g. to add the recording and attendance afterwards. The
    /// group's leading members and the coordinator.
    async fn update_webinar(
        &self,
        ctx: &Context<'_>,
        input: UpdateWebinarInput,
    ) -> ApiResult<WebinarPayload> {
        let result = async {
            let id = input_id::<WebinarId>("id", &input.id)?;
            let draft = input.webinar.draft()?;
            library::update_webinar(db(ctx), actor(ctx), id, draft).await
        }
        .await;
        Ok(settle(result.map(WebinarObject))?.into())
    }

    /// Cancels a webinar: deletes it with its presenters and practice links; the payload holds
    /// it as it was. The group's leading members and the coordinator.
    async fn delete_webinar(
        &self,
        ctx: &Context<'_>,
        input: DeleteWebinarInput,
    ) -> ApiResult<WebinarPayload> {
        let result = async {
            let id = input_id::<WebinarId>("id", &input.id)?;
            library::delete_webinar(db(ctx), actor(ctx), id).await
        }
        .await;
        Ok(settle(result.map(WebinarObject))?.into())
    }

    /// Records what a plenary session of an event concluded. Coordinator only.
    async fn create_plenary_outcome(
        &self,
        ctx: &Context<'_>,
        input: CreatePlenaryOutcomeInput,
    ) -> ApiResult<PlenaryOutcomePayload> {
        let result = async {
            let event = input_id::<EventId>("eventId", &input.event_id)?;
            let fields = input.plenary_outcome.draft()?;
            evidence::create_plenary_outcome(db(ctx), actor(ctx), event, fields).await
        }
        .await;
        Ok(settle(result.map(PlenaryOutcomeObject))?.into())
    }

    /// Replaces a plenary outcome's fields. Coordinator only.
    async fn update_plenary_outcome(
        &self,
        ctx: &Context<'_>,
        input: UpdatePlenaryOutcomeInput,
    ) -> ApiResult<PlenaryOutcomePayload> {
        let result = async {
            let id = input_id::<PlenaryOutcomeId>("id", &input.id)?;
            let fields = input.plenary_outcome.draft()?;
            evidence::update_plenary_outcome(db(ctx), actor(ctx), id, fields).await
        }
        .await;
        Ok(settle(result.map(PlenaryOutcomeObject))?.into())
    }

    /// Records an award edition with its winners. Coordinator only.
    async fn create_award(
        &self,
        ctx: &Context<'_>,
        input: CreateAwardInput,
    ) -> ApiResult<AwardPayload> {
        let result = async {
            let draft = input.draft()?;
            evidence::create_award(db(ctx), actor(ctx), draft).await
        }
        .await;
        Ok(settle(result.map(AwardObject))?.into())
    }

    /// Records a figure quoted as evidence. Coordinator only.
    async fn create_territory_fact(
        &self,
        ctx: &Context<'_>,
        input: CreateTerritoryFactInput,
    ) -> ApiResult<TerritoryFactPayload> {
        let result = async {
            let draft = input.draft()?;
            evidence::create_territory_fact(db(ctx), actor(ctx), draft).await
        }
        .await;
        Ok(settle(result.map(TerritoryFactObject))?.into())
    }

    /// Deletes a plenary outcome; the payload holds it as it was. Coordinator only.
    async fn delete_plenary_outcome(
        &self,
        ctx: &Context<'_>,
        input: DeletePlenaryOutcomeInput,
    ) -> ApiResult<PlenaryOutcomePayload> {
        let result = async {
            let id = input_id::<PlenaryOutcomeId>("id", &input.id)?;
            evidence::delete_plenary_outcome(db(ctx), actor(ctx), id).await
        }
        .await;
        Ok(settle(result.map(PlenaryOutcomeObject))?.into())
    }

    /// Replaces an award's fields and winners. Coordinator only.
    async fn update_award(
        &self,
        ctx: &Context<'_>,
        input: UpdateAwardInput,
    ) -> ApiResult<AwardPayload> {
        let result = async {
            let id = input_id::<AwardId>("id", &input.id)?;
            let draft = input.award.draft()?;
            evidence::update_award(db(ctx), actor(ctx), id, draft).await
        }
        .await;
        Ok(settle(result.map(AwardObject))?.into())
    }

    /// Deletes an award with its winners; the payload holds it as it was. Coordinator only.
    async fn delete_award(
        &self,
        ctx: &Context<'_>,
        input: DeleteAwardInput,
    ) -> ApiResult<AwardPayload> {
        let result = async {
            let id = input_id::<AwardId>("id", &input.id)?;
            evidence::delete_award(db(ctx), actor(ctx), id).await
        }
        .await;
        Ok(settle(result.map(AwardObject))?.into())
    }

    /// Replaces a territory fact's fields. Coordinator only.
    async fn update_territory_fact(
        &self,
        ctx: &Context<'_>,
        input: UpdateTerritoryFactInput,
    ) -> ApiResult<TerritoryFactPayload> {
        let result = async {
            let id = input_id::<TerritoryFactId>("id", &input.id)?;
            let draft = input.fact.draft()?;
            evidence::update_territory_fact(db(ctx), actor(ctx), id, draft).await
        }
        .await;
        Ok(settle(result.map(TerritoryFactObject))?.into())
    }

    /// Deletes a territory fact; the payload holds it as it was. Coordinator only.
    async fn delete_territory_fact(
        &self,
        ctx: &Context<'_>,
        input: DeleteTerritoryFactInput,
    ) -> ApiResult<TerritoryFactPayload> {
        let result = async {
            let id = input_id::<TerritoryFactId>("id", &input.id)?;
            evidence::delete_territory_fact(db(ctx), actor(ctx), id).await
        }
        .await;
        Ok(settle(result.map(TerritoryFactObject))?.into())
    }
}
