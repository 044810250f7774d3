//! GraphQL `WorkingGroup` and `Membership`.

use async_graphql::{Context, ID, Object};
use mega_domain::{Membership, WorkingGroup};

use super::enums::{MembershipRoleGql, ParticipationGql};
use super::{
    OrganisationObject, ProposedActionObject, ThematicAreaObject, UserObject, WebinarObject,
};
use crate::context::actor;
use crate::context::db;
use crate::error::{ApiError, ApiResult};
use crate::global_id::encode;
use crate::loaders::access::ExpertsOfGroupLoader;
use crate::loaders::{
    MembershipsOfGroupLoader, OrganisationLoader, ProposedActionsOfGroupLoader, ThematicAreaLoader,
    UserLoader, WebinarsOfGroupLoader, WorkingGroupLoader, load_many, load_one,
};
use crate::services;
use mega_domain::{Action, allows};

/// One thematic area's group, where leading members coach learning members.
pub struct WorkingGroupObject(pub WorkingGroup);

/// One thematic area's group, where leading members coach learning members.
#[Object(name = "WorkingGroup")]
impl WorkingGroupObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.0.id)
    }

    /// Title, e.g. "City leadership".
    async fn title(&self) -> &str {
        &self.0.title
    }

    /// The thematic area the group works on.
    async fn thematic_area(&self, ctx: &Context<'_>) -> ApiResult<ThematicAreaObject> {
        load_one::<ThematicAreaLoader, _>(ctx, self.0.thematic_area_id)
            .await?
            .map(ThematicAreaObject)
            .ok_or_else(|| ApiError::Internal("working group without thematic area".into()))
    }

    /// Members, leading first; filter by `role` to get one side.
    async fn memberships(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only members with this role.")] role: Option<MembershipRoleGql>,
    ) -> ApiResult<Vec<MembershipObject>> {
        let all = load_one::<MembershipsOfGroupLoader, _>(ctx, self.0.id)
            .await?
            .unwrap_or_default();
        let role = role.map(mega_domain::MembershipRole::from);
        Ok(all
            .into_iter()
            .filter(|m| role.is_none_or(|role| m.has_role(role)))
            .map(MembershipObject)
            .collect())
    }

    /// Organisations whose validated benchmark marks this group's area as a need but that are
    /// not members; `addMissingMandatoryMembers` adds them.
    async fn missing_mandatory_members(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Vec<OrganisationObject>> {
        let ids = services::working_groups::missing_mandatory(db(ctx), &self.0)
            .await
            .map_err(crate::resolve::internal)?;
        let mut organisations = Vec::new();
        for id in ids {
            if let Some(organisation) = load_one::<OrganisationLoader, _>(ctx, id).await? {
                organisations.push(OrganisationObject(organisation));
            }
        }
        Ok(organisations)
    }

    /// The actions members proposed to this group ("ask the expert"), in the order recorded.
    async fn proposed_actions(&self, ctx: &Context<'_>) -> ApiResult<Vec<ProposedActionObject>> {
        Ok(load_one::<ProposedActionsOfGroupLoader, _>(ctx, self.0.id)
            .await?
            .unwrap_or_default()
            .into_iter()
            .map(ProposedActionObject)
            .collect())
    }

    /// The group's webinars, by start.
    async fn webinars(&self, ctx: &Context<'_>) -> ApiResult<Vec<WebinarObject>> {
        Ok(load_one::<WebinarsOfGroupLoader, _>(ctx, self.0.id)
            .await?
            .unwrap_or_default()
            .into_iter()
            .map(WebinarObject)
            .collect())
    }

    /// Experts invited to give feedback in this group.
    async fn invited_experts(&self, ctx: &Context<'_>) -> ApiResult<Vec<UserObject>> {
        let ids = load_one::<ExpertsOfGroupLoader, _>(ctx, self.0.id)
            .await?
            .unwrap_or_default();
        Ok(load_many::<UserLoader, _>(ctx, &ids)
            .await?
            .into_iter()
            .map(UserObject::new)
            .collect())
    }

    /// Its coordination calls, latest first.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn coordination_calls(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor of the item after which the page starts.")] after: Option<String>,
    ) -> ApiResult<crate::connection::PageConnection<super::CoordinationCallObject>> {
        let page = services::monitoring::calls_page(
            db(ctx),
            crate::context::actor(ctx),
            Some(self.0.id),
            crate::connection::page_request(first, after)?,
        )
        .await
        .map_err(crate::resolve::internal)?;
        Ok(crate::connection::connection(
            page,
            super::CoordinationCallObject,
        ))
    }

    /// The date of its last call held (today or earlier); null when it has held none.
    async fn last_call_on(&self, ctx: &Context<'_>) -> ApiResult<Option<chrono::NaiveDate>> {
        Ok(call_dates(ctx, self.0.id).await?.last)
    }

    /// The date of its next call scheduled after today, if any.
    async fn next_scheduled_call_on(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Option<chrono::NaiveDate>> {
        Ok(call_dates(ctx, self.0.id).await?.next_scheduled)
    }

    /// When its next call is due: four months after its last call (the 31st becomes the last
    /// day of a shorter month). Null when it has held none.
    async fn next_call_due(&self, ctx: &Context<'_>) -> ApiResult<Option<chrono::NaiveDate>> {
        Ok(call_dates(ctx, self.0.id)
            .await?
            .last
            .map(mega_domain::monitoring::next_call_due))
    }

    /// Whether today is past `nextCallDue`.
    async fn call_overdue(&self, ctx: &Context<'_>) -> ApiResult<bool> {
        let today = chrono::Utc::now().date_naive();
        Ok(call_dates(ctx, self.0.id).await?.last.is_some_and(|last| {
            mega_domain::monitoring::call_overdue(
                mega_domain::monitoring::next_call_due(last),
                today,
            )
        }))
    }
    /// Whether the viewer may rename the group and manage its members.
    async fn viewer_can_update(&self, ctx: &Context<'_>) -> bool {
        allows(actor(ctx), Action::ManageWorkingGroups)
    }

    /// Whether the viewer may invite and withdraw experts in this group.
    async fn viewer_can_invite_expert(&self, ctx: &Context<'_>) -> bool {
        allows(actor(ctx), Action::ManageExperts { group: self.0.id })
    }

    /// Whether the viewer may schedule, edit and cancel this group's coordination calls.
    async fn viewer_can_schedule_call(&self, ctx: &Context<'_>) -> bool {
        allows(actor(ctx), Action::ManageCoordinationCalls)
    }

    /// Whether the viewer may schedule and edit this group's webinars.
    async fn viewer_can_schedule_webinar(&self, ctx: &Context<'_>) -> bool {
        allows(actor(ctx), Action::ManageWebinars { group: self.0.id })
    }

    /// Whether the viewer may propose an action ("ask the expert") in this group: members
    /// for their own organisation, the coordinator for any member.
    async fn viewer_can_propose_action(&self, ctx: &Context<'_>) -> bool {
        allows(actor(ctx), Action::ProposeAction { group: self.0.id })
    }
}

/// An organisation's membership of a working group.
pub struct MembershipObject(pub Membership);

/// An organisation's membership of a working group.
#[Object(name = "Membership")]
impl MembershipObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.0.id)
    }

    /// The group.
    async fn working_group(&self, ctx: &Context<'_>) -> ApiResult<WorkingGroupObject> {
        load_one::<WorkingGroupLoader, _>(ctx, self.0.working_group_id)
            .await?
            .map(WorkingGroupObject)
            .ok_or_else(|| ApiError::Internal("membership without group".into()))
    }

    /// The member organisation.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<OrganisationObject> {
        load_one::<OrganisationLoader, _>(ctx, self.0.organisation_id)
            .await?
            .map(OrganisationObject)
            .ok_or_else(|| ApiError::Internal("membership without organisation".into()))
    }

    /// Leading or learning.
    async fn role(&self) -> MembershipRoleGql {
        self.0.role.into()
    }

    /// Mandatory (the benchmark marks the area as a need) or optional.
    async fn participation(&self) -> ParticipationGql {
        self.0.participation.into()
    }

    /// Remark, e.g. "supportive role".
    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }
    /// Whether the viewer may change or remove this membership.
    async fn viewer_can_update(&self, ctx: &Context<'_>) -> bool {
        allows(actor(ctx), Action::ManageWorkingGroups)
    }
}

async fn call_dates(
    ctx: &Context<'_>,
    group: mega_domain::WorkingGroupId,
) -> ApiResult<crate::loaders::monitoring::CallDates> {
    Ok(
        load_one::<crate::loaders::monitoring::CallDatesOfGroupLoader, _>(ctx, group)
            .await?
            .unwrap_or_default(),
    )
}
