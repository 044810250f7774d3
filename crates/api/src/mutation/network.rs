//! Working groups, memberships and expert invitations (coordinator only).

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use mega_domain::working_group::{MembershipDraft, WorkingGroupDraft};
use mega_domain::{
    MembershipId, OrganisationId, Participation, ThematicAreaId, UserId, WorkingGroupId,
};

use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::{input_id, payload, settle};
use crate::services::ServiceError;
use crate::services::working_groups as service;
use crate::types::enums::{MembershipRoleGql, ParticipationGql};
use crate::types::{MembershipObject, UserError, WorkingGroupObject};

/// Input of `createWorkingGroup`.
#[derive(InputObject)]
pub struct CreateWorkingGroupInput {
    /// The thematic area (one group per area).
    pub thematic_area_id: ID,
    /// Title, 1–200 characters.
    pub title: String,
}

/// Input of `updateWorkingGroup`.
#[derive(InputObject)]
pub struct UpdateWorkingGroupInput {
    /// The group.
    pub id: ID,
    /// New title, 1–200 characters.
    pub title: String,
}

/// Input of `addMembership`.
#[derive(InputObject)]
pub struct AddMembershipInput {
    /// The group.
    pub working_group_id: ID,
    /// The organisation to add.
    pub organisation_id: ID,
    /// Leading or learning.
    pub role: MembershipRoleGql,
    /// Mandatory or optional (default MANDATORY).
    pub participation: Option<ParticipationGql>,
    /// Remark, at most 500 characters, e.g. "supportive role".
    pub note: Option<String>,
}

/// Input of `updateMembership`.
#[derive(InputObject)]
pub struct UpdateMembershipInput {
    /// The membership.
    pub id: ID,
    /// Leading or learning.
    pub role: MembershipRoleGql,
    /// Mandatory or optional.
    pub participation: ParticipationGql,
    /// Remark, at most 500 characters; null or empty clears it.
    pub note: Option<String>,
}

/// Input of `removeMembership`.
#[derive(InputObject)]
pub struct RemoveMembershipInput {
    /// The membership.
    pub id: ID,
}

/// Input of `addMissingMandatoryMembers`.
#[derive(InputObject)]
pub struct AddMissingMandatoryMembersInput {
    /// The group.
    pub working_group_id: ID,
}

/// Input of `inviteExpert` and `withdrawExpertInvitation`.
#[derive(InputObject)]
pub struct ExpertInvitationInput {
    /// The group.
    pub working_group_id: ID,
    /// The expert (a user with role EXPERT).
    pub user_id: ID,
}

payload!(
    /// Result of `createWorkingGroup` and `updateWorkingGroup`.
    WorkingGroupPayload,
    /// The group.
    working_group: WorkingGroupObject
);
payload!(
    /// Result of `addMembership`, `updateMembership` and `removeMembership`.
    MembershipPayload,
    /// The membership (as it was, for `removeMembership`).
    membership: MembershipObject
);

/// Result of `addMissingMandatoryMembers`.
#[derive(SimpleObject, Default)]
pub struct AddMissingMandatoryMembersPayload {
    /// The memberships added.
    pub added: Vec<MembershipObject>,
    /// The group.
    pub working_group: Option<WorkingGroupObject>,
    /// Problems with the input; nothing was changed when not empty.
    pub user_errors: Vec<UserError>,
}

/// Result of `inviteExpert` and `withdrawExpertInvitation`.
#[derive(SimpleObject, Default)]
pub struct ExpertInvitationPayload {
    /// The group.
    pub working_group: Option<WorkingGroupObject>,
    /// Problems with the input; nothing was changed when not empty.
    pub user_errors: Vec<UserError>,
}

impl AddMembershipInput {
    fn draft(self) -> Result<(WorkingGroupId, OrganisationId, MembershipDraft), ServiceError> {
        let group = input_id::<WorkingGroupId>("workingGroupId", &self.working_group_id)?;
        let organisation = input_id::<OrganisationId>("organisationId", &self.organisation_id)?;
        let draft = MembershipDraft {
            role: self.role.into(),
            participation: self
                .participation
                .map_or(Participation::Mandatory, Into::into),
            note: self.note,
        };
        Ok((group, organisation, draft))
    }
}

impl UpdateMembershipInput {
    fn draft(self) -> Result<(MembershipId, MembershipDraft), ServiceError> {
        let id = input_id::<MembershipId>("id", &self.id)?;
        let draft = MembershipDraft {
            role: self.role.into(),
            participation: self.participation.into(),
            note: self.note,
        };
        Ok((id, draft))
    }
}

/// Working-group mutations.
#[derive(Default)]
pub struct NetworkMutation;

#[Object]
impl NetworkMutation {
    /// Creates the working group of a thematic area. Coordinator only.
    async fn create_working_group(
        &self,
        ctx: &Context<'_>,
        input: CreateWorkingGroupInput,
    ) -> ApiResult<WorkingGroupPayload> {
        let result = async {
            let area = input_id::<ThematicAreaId>("thematicAreaId", &input.thematic_area_id)?;
            let draft = WorkingGroupDraft { title: input.title };
            service::create(db(ctx), actor(ctx), area, draft).await
        }
        .await;
        Ok(settle(result.map(WorkingGroupObject))?.into())
    }

    /// Renames a working group. Coordinator only.
    async fn update_working_group(
        &self,
        ctx: &Context<'_>,
        input: UpdateWorkingGroupInput,
    ) -> ApiResult<WorkingGroupPayload> {
        let result = async {
            let id = input_id::<WorkingGroupId>("id", &input.id)?;
            let draft = WorkingGroupDraft { title: input.title };
            service::update(db(ctx), actor(ctx), id, draft).await
        }
        .await;
        Ok(settle(result.map(WorkingGroupObject))?.into())
    }

    /// Adds an organisation to a working group. Coordinator only.
    async fn add_membership(
        &self,
        ctx: &Context<'_>,
        input: AddMembershipInput,
    ) -> ApiResult<MembershipPayload> {
        let result = async {
            let (group, organisation, draft) = input.draft()?;
            service::add_membership(db(ctx), actor(ctx), group, organisation, draft).await
        }
        .await;
        Ok(settle(result.map(MembershipObject))?.into())
    }

    /// Changes a membership's role, participation or note. Coordinator only.
    async fn update_membership(
        &self,
        ctx: &Context<'_>,
        input: UpdateMembershipInput,
    ) -> ApiResult<MembershipPayload> {
        let result = async {
            let (id, draft) = input.draft()?;
            service::update_membership(db(ctx), actor(ctx), id, draft).await
        }
        .await;
        Ok(settle(result.map(MembershipObject))?.into())
    }

    /// Removes an organisation from a working group. Coordinator only.
    async fn remove_membership(
        &self,
        ctx: &Context<'_>,
        input: RemoveMembershipInput,
    ) -> ApiResult<MembershipPayload> {
        let result = async {
            let id = input_id::<MembershipId>("id", &input.id)?;
            service::remove_membership(db(ctx), actor(ctx), id).await
        }
        .await;
        Ok(settle(result.map(MembershipObject))?.into())
    }

    /// Adds every missing mandatory member (see `WorkingGroup.missingMandatoryMembers`) as a
    /// learning, mandatory member. Coordinator only.
    async fn add_missing_mandatory_members(
        &self,
        ctx: &Context<'_>,
        input: AddMissingMandatoryMembersInput,
    ) -> ApiResult<AddMissingMandatoryMembersPayload> {
        let result = async {
            let id = input_id::<WorkingGroupId>("workingGroupId", &input.working_group_id)?;
            service::add_missing_mandatory(db(ctx), actor(ctx), id).await
        }
        .await;
        Ok(match settle(result)? {
            Ok((group, added)) => AddMissingMandatoryMembersPayload {
                added: added.into_iter().map(MembershipObject).collect(),
                working_group: Some(WorkingGroupObject(group)),
                user_errors: Vec::new(),
            },
            Err(user_errors) => AddMissingMandatoryMembersPayload {
                user_errors,
                ..Default::default()
            },
        })
    }

    /// Invites an expert to give feedback in a working group. The coordinator and the
    /// group's leading members.
    async fn invite_expert(
        &self,
        ctx: &Context<'_>,
        input: ExpertInvitationInput,
    ) -> ApiResult<ExpertInvitationPayload> {
        invitation(ctx, input, true).await
    }

    /// Withdraws an expert's invitation. The coordinator and the group's leading members.
    async fn withdraw_expert_invitation(
        &self,
        ctx: &Context<'_>,
        input: ExpertInvitationInput,
    ) -> ApiResult<ExpertInvitationPayload> {
        invitation(ctx, input, false).await
    }
}

async fn invitation(
    ctx: &Context<'_>,
    input: ExpertInvitationInput,
    invite: bool,
) -> ApiResult<ExpertInvitationPayload> {
    let result = async {
        let group = input_id::<WorkingGroupId>("workingGroupId", &input.working_group_id)?;
        let user = input_id::<UserId>("userId", &input.user_id)?;
        if invite {
            service::invite_expert(db(ctx), actor(ctx), group, user)
                .await
                .map(Some)
        } else {
            service::withdraw_invitation(db(ctx), actor(ctx), group, user).await
        }
    }
    .await;
    Ok(match settle(result)? {
        Ok(group) => ExpertInvitationPayload {
            working_group: group.map(WorkingGroupObject),
            user_errors: Vec::new(),
        },
        Err(user_errors) => ExpertInvitationPayload {
            working_group: None,
            user_errors,
        },
    })
}
