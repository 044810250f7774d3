//! GraphQL `PlenaryOutcome`, `Award`, `AwardWinner` and `TerritoryFact`.

use async_graphql::{Context, ID, Object};
use mega_domain::{Award, AwardWinner, PlenaryOutcome, TerritoryFact};

use super::{EventObject, OrganisationObject, TerritoryObject, WorkingGroupObject};
use crate::error::{ApiError, ApiResult};
use crate::global_id::encode;
use crate::loaders::{
    EventLoader, OrganisationLoader, TerritoryLoader, WorkingGroupLoader, load_many, load_one,
};

/// What a plenary session of an event concluded: the points discussed and the
/// recommendations made.
pub struct PlenaryOutcomeObject(pub PlenaryOutcome);

/// What a plenary session of an event concluded: the points discussed and the
/// recommendations made.
#[Object(name = "PlenaryOutcome")]
impl PlenaryOutcomeObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.0.id)
    }

    /// The event.
    async fn event(&self, ctx: &Context<'_>) -> ApiResult<EventObject> {
        load_one::<EventLoader, _>(ctx, self.0.event_id)
            .await?
            .map(EventObject)
            .ok_or_else(|| ApiError::Internal("plenary outcome without event".into()))
    }

    /// The session it belongs to, as printed, e.g. "(1) City leadership".
    async fn section(&self) -> &str {
        &self.0.section
    }

    /// Heading, e.g. "Reactions to the proposed actions and discussion – Plenary exchange
    /// with partners and experts".
    async fn heading(&self) -> &str {
        &self.0.heading
    }

    /// An editorial remark printed with it, e.g. why two sections were combined.
    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }

    /// The points of the discussion, one per printed paragraph.
    async fn summary_points(&self) -> &[String] {
        &self.0.summary_points
    }

    /// The recommendations made (may be empty).
    async fn recommendations(&self) -> &[String] {
        &self.0.recommendations
    }

    /// The working groups it concerns, in order.
    async fn working_groups(&self, ctx: &Context<'_>) -> ApiResult<Vec<WorkingGroupObject>> {
        Ok(
            load_many::<WorkingGroupLoader, _>(ctx, &self.0.working_group_ids)
                .await?
                .into_iter()
                .map(WorkingGroupObject)
                .collect(),
        )
    }

    /// Position among the event's outcomes (printed order).
    async fn position(&self) -> i32 {
        self.0.position
    }
}

/// An award edition, e.g. the Phoenix Award 2018.
pub struct AwardObject(pub Award);

/// An award edition, e.g. the Phoenix Award 2018.
#[Object(name = "Award")]
impl AwardObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.0.id)
    }

    /// Name, e.g. "Phoenix Award".
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// Edition number, e.g. 9 for the 9th edition; null when unknown.
    async fn edition(&self) -> Option<i32> {
        self.0.edition
    }

    /// Year of the edition.
    async fn year(&self) -> i32 {
        self.0.year
    }

    /// The criteria the jury applied.
    async fn criteria(&self) -> &[String] {
        &self.0.criteria
    }

    /// How many applications were submitted; null when unknown.
    async fn applications(&self) -> Option<i32> {
        self.0.applications
    }

    /// The winners, in printed order.
    async fn winners(&self) -> Vec<AwardWinnerObject> {
        self.0
            .winners
            .iter()
            .cloned()
            .map(AwardWinnerObject)
            .collect()
    }
}

/// A winner of an award.
pub struct AwardWinnerObject(pub AwardWinner);

/// A winner of an award.
#[Object(name = "AwardWinner")]
impl AwardWinnerObject {
    /// Name, e.g. "USTR GmbH".
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// What the winner does, e.g. "cleaning services".
    async fn activity(&self) -> &str {
        &self.0.activity
    }

    /// The winner as an organisation of the network, when it is one.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<OrganisationObject>> {
        let Some(id) = self.0.organisation_id else {
            return Ok(None);
        };
        Ok(load_one::<OrganisationLoader, _>(ctx, id)
            .await?
            .map(OrganisationObject))
    }
}

/// A figure quoted as evidence, e.g. Munich's 30,000 businesses run by migrant citizens.
pub struct TerritoryFactObject(pub TerritoryFact);

/// A figure quoted as evidence, e.g. Munich's 30,000 businesses run by migrant citizens.
#[Object(name = "TerritoryFact")]
impl TerritoryFactObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.0.id)
    }

    /// The territory it is about; null when the figure has no partner-territory scope.
    async fn territory(&self, ctx: &Context<'_>) -> ApiResult<Option<TerritoryObject>> {
        let Some(id) = self.0.territory_id else {
            return Ok(None);
        };
        Ok(load_one::<TerritoryLoader, _>(ctx, id)
            .await?
            .map(TerritoryObject))
    }

    /// ISO 3166-1 alpha-2 country the figure is about when it has no territory, e.g. "FR".
    async fn country(&self) -> Option<&str> {
        self.0.country.as_deref()
    }

    /// What is counted, e.g. "businesses run by migrant citizens".
    async fn figure(&self) -> &str {
        &self.0.figure
    }

    /// The number, e.g. 30000 (0.5 for "every second").
    async fn value(&self) -> f64 {
        self.0.value
    }

    /// Unit, e.g. "businesses".
    async fn unit(&self) -> &str {
        &self.0.unit
    }

    /// The year the figure refers to, when stated.
    async fn year(&self) -> Option<i32> {
        self.0.year
    }

    /// A qualifier printed with the number, e.g. "around" or "more than".
    async fn qualifier(&self) -> Option<&str> {
        self.0.qualifier.as_deref()
    }

    /// The sentence the figure is quoted from.
    async fn source_text(&self) -> &str {
        &self.0.source_text
    }

    /// Where in the source it is, e.g. "Munich event / 1. Phoenix Award".
    async fn section(&self) -> Option<&str> {
        self.0.section.as_deref()
    }
}
