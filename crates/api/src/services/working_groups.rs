//! Working groups, memberships and expert invitations (coordinator only).

use mega_domain::notification::{NewNotification, NotificationKind, NotificationTarget, excerpt};
use mega_domain::policy::invitable_as_expert;
use mega_domain::policy::notifications::Occurrence;
use mega_domain::working_group::{
    MembershipDraft, MembershipFields, WorkingGroupDraft, missing_mandatory_members,
};
use mega_domain::{
    Action, Actor, Audited, Membership, MembershipId, OrganisationId, ThematicAreaId, UserId,
    ValidationError, WorkingGroup, WorkingGroupId, authorize,
};
use mega_persistence::{
    Database, PersistenceError, benchmarks, organisations, thematic_areas, users,
    working_groups as repo,
};
use serde::Serialize;

use super::unit_of_work::UnitOfWork;
use super::{ServiceError, ServiceResult, conflict_as};

/// Creates the group of a thematic area.
pub async fn create(
    db: &Database,
    actor: &Actor,
    area: ThematicAreaId,
    draft: WorkingGroupDraft,
) -> ServiceResult<WorkingGroup> {
    authorize(actor, Action::ManageWorkingGroups)?;
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    if thematic_areas::find_by_ids(uow.txn(), &[area])
        .await?
        .is_empty()
    {
        return Err(ServiceError::NotFound("thematicAreaId"));
    }
    let slug = format!("wg-{}", area.0);
    let group = repo::create(uow.txn(), &slug, area, fields)
        .await
        .map_err(conflict_as(
            "thematicAreaId",
            "This thematic area has a working group already.",
        ))?;
    uow.created("createWorkingGroup", &group).await?;
    uow.commit().await?;
    Ok(group)
}

/// Replaces a group's fields (renames it).
pub async fn update(
    db: &Database,
    actor: &Actor,
    id: WorkingGroupId,
    draft: WorkingGroupDraft,
) -> ServiceResult<WorkingGroup> {
    authorize(actor, Action::ManageWorkingGroups)?;
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = repo::find(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let after = repo::update(uow.txn(), id, fields).await?;
    uow.updated("updateWorkingGroup", &before, &after).await?;
    uow.commit().await?;
    Ok(after)
}

/// Adds an organisation to a group.
pub async fn add_membership(
    db: &Database,
    actor: &Actor,
    group: WorkingGroupId,
    organisation: OrganisationId,
    draft: MembershipDraft,
) -> ServiceResult<Membership> {
    authorize(actor, Action::ManageWorkingGroups)?;
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    repo::find(uow.txn(), group)
        .await?
        .ok_or(ServiceError::NotFound("workingGroupId"))?;
    if organisations::find_by_ids(uow.txn(), &[organisation])
        .await?
        .is_empty()
    {
        return Err(ServiceError::NotFound("organisationId"));
    }
    let membership = repo::add_membership(uow.txn(), group, organisation, fields)
        .await
        .map_err(conflict_as(
            "organisationId",
            "The organisation is a member of this group already.",
        ))?;
    uow.created("addMembership", &membership).await?;
    uow.commit().await?;
    Ok(membership)
}

/// Changes a membership.
pub async fn update_membership(
    db: &Database,
    actor: &Actor,
    id: MembershipId,
    draft: MembershipDraft,
) -> ServiceResult<Membership> {
    authorize(actor, Action::ManageWorkingGroups)?;
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = repo::find_membership(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let after = repo::update_membership(uow.txn(), id, fields).await?;
    uow.updated("updateMembership", &before, &after).await?;
    uow.commit().await?;
    Ok(after)
}

/// Removes a membership; returns what was removed.
pub async fn remove_membership(
    db: &Database,
    actor: &Actor,
    id: MembershipId,
) -> ServiceResult<Membership> {
    authorize(actor, Action::ManageWorkingGroups)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = repo::find_membership(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    repo::remove_membership(uow.txn(), id).await?;
    uow.removed("removeMembership", &before).await?;
    uow.commit().await?;
    Ok(before)
}

/// The organisations that must be members of `group` (their validated benchmark marks its
/// area as a need) but are not.
pub async fn missing_mandatory(
    db: &Database,
    group: &WorkingGroup,
) -> ServiceResult<Vec<OrganisationId>> {
    let needs = benchmarks::validated_needs(db.conn()).await?;
    let members: Vec<_> = repo::memberships_of_groups(db.conn(), &[group.id])
        .await?
        .into_iter()
        .map(|membership| membership.organisation_id)
        .collect();
    Ok(missing_mandatory_members(
        group.thematic_area_id,
        &needs,
        &members,
    ))
}

/// The audit snapshot of a group's members.
#[derive(Serialize)]
struct MemberList<'a> {
    members: &'a [Membership],
}

/// Adds every missing mandatory member as a learning, mandatory member; returns the group
/// and the memberships added.
pub async fn add_missing_mandatory(
    db: &Database,
    actor: &Actor,
    id: WorkingGroupId,
) -> ServiceResult<(WorkingGroup, Vec<Membership>)> {
    authorize(actor, Action::ManageWorkingGroups)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let group = repo::find(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("workingGroupId"))?;
    let before = repo::memberships_of_groups(uow.txn(), &[id]).await?;
    let needs = benchmarks::validated_needs(uow.txn()).await?;
    let members: Vec<_> = before.iter().map(|m| m.organisation_id).collect();
    let missing = missing_mandatory_members(group.thematic_area_id, &needs, &members);
    if missing.is_empty() {
        return Err(ValidationError::new(
            "workingGroupId",
            "NOTHING_MISSING",
            "No mandatory member is missing.",
        )
        .into());
    }
    let mut added = Vec::new();
    for organisation in missing {
        let fields = MembershipFields::mandatory_learning();
        added.push(repo::add_membership(uow.txn(), id, organisation, fields).await?);
    }
    let after = repo::memberships_of_groups(uow.txn(), &[id]).await?;
    // One event for the whole change: the group's member list before and after.
    uow.record(
        "addMissingMandatoryMembers",
        WorkingGroup::ENTITY,
        id.0,
        Some(&MemberList { members: &before }),
        Some(&MemberList { members: &after }),
    )
    .await?;
    uow.commit().await?;
    Ok((group, added))
}

/// The audit snapshot of an expert invitation (not a domain object of its own).
#[derive(Serialize)]
struct Invitation {
    working_group_id: WorkingGroupId,
    user_id: UserId,
}

/// The audit log's name for expert invitations.
const INVITATION: &str = "ExpertInvitation";

/// Invites an expert to a group; returns the group.
pub async fn invite_expert(
    db: &Database,
    actor: &Actor,
    group: WorkingGroupId,
    user: UserId,
) -> ServiceResult<WorkingGroup> {
    authorize(actor, Action::ManageExperts { group })?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let working_group = repo::find(uow.txn(), group)
        .await?
        .ok_or(ServiceError::NotFound("workingGroupId"))?;
    let expert = users::find(uow.txn(), user)
        .await?
        .ok_or(ServiceError::NotFound("userId"))?;
    if !invitable_as_expert(expert.global_role) {
        return Err(ValidationError::new(
            "userId",
            "NOT_AN_EXPERT",
            "Only users with the EXPERT role can be invited.",
        )
        .into());
    }
    let id = repo::invite(uow.txn(), group, user)
        .await
        .map_err(conflict_as(
            "userId",
            "The expert is invited to this group already.",
        ))?;
    let invitation = Invitation {
        working_group_id: group,
        user_id: user,
    };
    uow.record(
        "inviteExpert",
        INVITATION,
        id,
        None::<&()>,
        Some(&invitation),
    )
    .await?;
    let groups = [group];
    let occurrence = Occurrence {
        addressee: Some(user),
        groups: &groups,
        ..Occurrence::new(NotificationKind::InvitedAsExpert, Action::ReadNetwork)
    };
    let told = NewNotification {
        kind: NotificationKind::InvitedAsExpert,
        target: NotificationTarget::WorkingGroup { group },
        feedback_id: None,
        excerpt: Some(excerpt(&working_group.title)),
    };
    super::notifications::notify(&uow, actor, &[(occurrence, told)]).await?;
    uow.commit().await?;
    Ok(working_group)
}

/// Withdraws an expert's invitation; returns the group.
pub async fn withdraw_invitation(
    db: &Database,
    actor: &Actor,
    group: WorkingGroupId,
    user: UserId,
) -> ServiceResult<Option<WorkingGroup>> {
    authorize(actor, Action::ManageExperts { group })?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let id = repo::uninvite(uow.txn(), group, user)
        .await
        .map_err(|err| match err {
            PersistenceError::NotFound => ServiceError::NotFound("userId"),
            other => other.into(),
        })?;
    let invitation = Invitation {
        working_group_id: group,
        user_id: user,
    };
    uow.record(
        "withdrawExpertInvitation",
        INVITATION,
        id,
        Some(&invitation),
        None::<&()>,
    )
    .await?;
    let working_group = repo::find(uow.txn(), group).await?;
    uow.commit().await?;
    Ok(working_group)
}
