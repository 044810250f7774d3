//! GraphQL `GoodPractice` and `Webinar`.

use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};
use mega_domain::{GoodPractice, Webinar};

use super::{OrganisationObject, ThematicAreaObject, WorkingGroupObject};
use crate::context::actor;
use crate::error::{ApiError, ApiResult};
use crate::global_id::encode;
use crate::loaders::{
    GoodPracticeLoader, OrganisationLoader, ThematicAreaLoader, WorkingGroupLoader, load_many,
    load_one,
};
use mega_domain::{Action, allows};

/// A transferable practice of the network's library, e.g. the Phoenix Award or Adive's
/// supplier-diversity model.
pub struct GoodPracticeObject(pub GoodPractice);

/// A transferable practice of the network's library, e.g. the Phoenix Award or Adive's
/// supplier-diversity model.
#[Object(name = "GoodPractice")]
impl GoodPracticeObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.0.id)
    }

    /// Title, e.g. "Phoenix Award".
    async fn title(&self) -> &str {
        &self.0.title
    }

    /// The organisation behind the practice, if one is named.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<OrganisationObject>> {
        let Some(id) = self.0.organisation_id else {
            return Ok(None);
        };
        Ok(load_one::<OrganisationLoader, _>(ctx, id)
            .await?
            .map(OrganisationObject))
    }

    /// The learning theme it belongs to, if any; the leading members of that theme's working
    /// group may edit the practice.
    async fn thematic_area(&self, ctx: &Context<'_>) -> ApiResult<Option<ThematicAreaObject>> {
        let Some(id) = self.0.thematic_area_id else {
            return Ok(None);
        };
        Ok(load_one::<ThematicAreaLoader, _>(ctx, id)
            .await?
            .map(ThematicAreaObject))
    }

    /// What the practice is.
    async fn description(&self) -> &str {
        &self.0.description
    }

    /// Where it comes from, e.g. "Supplier diversity – Ask the expert: “…”".
    async fn source(&self) -> &str {
        &self.0.source
    }
    /// The plan actions that adopt this practice and whose plans the viewer reads, in the
    /// order they were linked: where it was transferred to.
    async fn adopted_by(&self, ctx: &Context<'_>) -> ApiResult<Vec<super::ActionObject>> {
        super::transfers::adopters(ctx, self.0.id).await
    }

    /// Whether the viewer may edit this practice: the coordinator, and the leading members of
    /// the groups of its thematic area.
    async fn viewer_can_update(&self, ctx: &Context<'_>) -> ApiResult<bool> {
        let areas: Vec<_> = self.0.thematic_area_id.into_iter().collect();
        let area_groups = super::capabilities::area_groups(ctx, &areas).await?;
        Ok(allows(
            actor(ctx),
            Action::EditGoodPractice {
                area_groups: &area_groups,
            },
        ))
    }
}

/// A working group's online session, presented by leading members.
pub struct WebinarObject(pub Webinar);

/// A working group's online session, presented by leading members.
#[Object(name = "Webinar")]
impl WebinarObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.0.id)
    }

    /// The group holding it.
    async fn working_group(&self, ctx: &Context<'_>) -> ApiResult<WorkingGroupObject> {
        load_one::<WorkingGroupLoader, _>(ctx, self.0.working_group_id)
            .await?
            .map(WorkingGroupObject)
            .ok_or_else(|| ApiError::Internal("webinar without group".into()))
    }

    /// Title.
    async fn title(&self) -> &str {
        &self.0.title
    }

    /// When it starts (an instant, in UTC).
    async fn starts_at(&self) -> DateTime<Utc> {
        self.0.starts_at
    }

    /// The IANA time zone it was planned in, e.g. "Europe/Berlin", for showing `startsAt`
    /// in local time.
    async fn time_zone(&self) -> &str {
        &self.0.time_zone
    }

    /// The presenting organisations, leading members of the group, in order.
    async fn presenters(&self, ctx: &Context<'_>) -> ApiResult<Vec<OrganisationObject>> {
        Ok(
            load_many::<OrganisationLoader, _>(ctx, &self.0.presenter_ids)
                .await?
                .into_iter()
                .map(OrganisationObject)
                .collect(),
        )
    }

    /// Where the recording is (an http or https address), if there is one.
    async fn recording_url(&self) -> Option<&str> {
        self.0.recording_url.as_deref()
    }

    /// The good practices shown, in order.
    async fn good_practices(&self, ctx: &Context<'_>) -> ApiResult<Vec<GoodPracticeObject>> {
        Ok(
            load_many::<GoodPracticeLoader, _>(ctx, &self.0.good_practice_ids)
                .await?
                .into_iter()
                .map(GoodPracticeObject)
                .collect(),
        )
    }

    /// How many people attended, when known.
    async fn attendance(&self) -> Option<i32> {
        self.0.attendance
    }
    /// Whether the viewer may edit this webinar (the group's leading members and the
    /// coordinator).
    async fn viewer_can_update(&self, ctx: &Context<'_>) -> bool {
        allows(
            actor(ctx),
            Action::ManageWebinars {
                group: self.0.working_group_id,
            },
        )
    }
}
