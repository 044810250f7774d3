//! Working groups, memberships and expert invitations (coordinator only).

use mega_domain::{
    Action, Actor, GlobalRole, Membership, MembershipId, MembershipRole, OrganisationId,
    Participation, ThematicAreaId, UserId, ValidationError, WorkingGroup, WorkingGroupId,
    authorize,
    working_group::{missing_mandatory_members, parse_note, parse_title},
};
use mega_persistence::{
    Database, TransactionTrait, benchmarks, organisations, thematic_areas, users,
    working_groups::{self as repo, MembershipFields},
};
use serde::Serialize;

use super::{ServiceError, ServiceResult, actor_id, conflict_as, record};

/// Creates the group of a thematic area.
pub async fn create(
    db: &Database,
    actor: &Actor,
    area: ThematicAreaId,
    title: &str,
) -> ServiceResult<WorkingGroup> {
    authorize(actor, Action::ManageWorkingGroups)?;
    let title = parse_title("title", title)?;
    if thematic_areas::find_by_ids(db.conn(), &[area])
        .await?
        .is_empty()
    {
        return Err(ServiceError::NotFound("thematicAreaId"));
    }
    let txn = db.conn().begin().await?;
    let slug = format!("wg-{}", area.0);
    let group = repo::create(&txn, &slug, area, &title)
        .await
        .map_err(conflict_as(
            "thematicAreaId",
            "This thematic area has a working group already.",
        ))?;
    record(
        &txn,
        actor_id(actor),
        "createWorkingGroup",
        "WorkingGroup",
        group.id.0,
        None::<&()>,
        Some(&group),
    )
    .await?;
    txn.commit().await?;
    Ok(group)
}

/// Renames a group.
pub async fn rename(
    db: &Database,
    actor: &Actor,
    id: WorkingGroupId,
    title: &str,
) -> ServiceResult<WorkingGroup> {
    authorize(actor, Action::ManageWorkingGroups)?;
    let title = parse_title("title", title)?;
    let before = repo::find(db.conn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let txn = db.conn().begin().await?;
    let after = repo::rename(&txn, id, &title).await?;
    record(
        &txn,
        actor_id(actor),
        "updateWorkingGroup",
        "WorkingGroup",
        id.0,
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// Adds an organisation to a group.
pub async fn add_membership(
    db: &Database,
    actor: &Actor,
    group: WorkingGroupId,
    organisation: OrganisationId,
    role: MembershipRole,
    participation: Participation,
    note: Option<&str>,
) -> ServiceResult<Membership> {
    authorize(actor, Action::ManageWorkingGroups)?;
    let note = parse_note(note)?;
    repo::find(db.conn(), group)
        .await?
        .ok_or(ServiceError::NotFound("workingGroupId"))?;
    if organisations::find_by_ids(db.conn(), &[organisation])
        .await?
        .is_empty()
    {
        return Err(ServiceError::NotFound("organisationId"));
    }
    let txn = db.conn().begin().await?;
    let membership = repo::add_membership(
        &txn,
        group,
        organisation,
        MembershipFields {
            role,
            participation,
            note,
        },
    )
    .await
    .map_err(conflict_as(
        "organisationId",
        "The organisation is a member of this group already.",
    ))?;
    record(
        &txn,
        actor_id(actor),
        "addMembership",
        "Membership",
        membership.id.0,
        None::<&()>,
        Some(&membership),
    )
    .await?;
    txn.commit().await?;
    Ok(membership)
}

/// Changes a membership.
pub async fn update_membership(
    db: &Database,
    actor: &Actor,
    id: MembershipId,
    role: MembershipRole,
    participation: Participation,
    note: Option<&str>,
) -> ServiceResult<Membership> {
    authorize(actor, Action::ManageWorkingGroups)?;
    let note = parse_note(note)?;
    let before = repo::find_membership(db.conn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let txn = db.conn().begin().await?;
    let after = repo::update_membership(
        &txn,
        id,
        MembershipFields {
            role,
            participation,
            note,
        },
    )
    .await?;
    record(
        &txn,
        actor_id(actor),
        "updateMembership",
        "Membership",
        id.0,
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// Removes a membership; returns what was removed.
pub async fn remove_membership(
    db: &Database,
    actor: &Actor,
    id: MembershipId,
) -> ServiceResult<Membership> {
    authorize(actor, Action::ManageWorkingGroups)?;
    let before = repo::find_membership(db.conn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    let txn = db.conn().begin().await?;
    repo::remove_membership(&txn, id).await?;
    record(
        &txn,
        actor_id(actor),
        "removeMembership",
        "Membership",
        id.0,
        Some(&before),
        None::<&()>,
    )
    .await?;
    txn.commit().await?;
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

#[derive(Serialize)]
struct MemberList<'a> {
    members: &'a [Membership],
}

/// Adds every missing mandatory member as a learning, mandatory member.
pub async fn add_missing_mandatory(
    db: &Database,
    actor: &Actor,
    id: WorkingGroupId,
) -> ServiceResult<Vec<Membership>> {
    authorize(actor, Action::ManageWorkingGroups)?;
    let group = repo::find(db.conn(), id)
        .await?
        .ok_or(ServiceError::NotFound("workingGroupId"))?;
    let txn = db.conn().begin().await?;
    let before = repo::memberships_of_groups(&txn, &[id]).await?;
    let needs = benchmarks::validated_needs(&txn).await?;
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
        let fields = MembershipFields {
            role: MembershipRole::Learning,
            participation: Participation::Mandatory,
            note: None,
        };
        added.push(repo::add_membership(&txn, id, organisation, fields).await?);
    }
    let after = repo::memberships_of_groups(&txn, &[id]).await?;
    record(
        &txn,
        actor_id(actor),
        "addMissingMandatoryMembers",
        "WorkingGroup",
        id.0,
        Some(&MemberList { members: &before }),
        Some(&MemberList { members: &after }),
    )
    .await?;
    txn.commit().await?;
    Ok(added)
}

#[derive(Serialize)]
struct Invitation {
    working_group_id: WorkingGroupId,
    user_id: UserId,
}

/// Invites an expert to a group.
pub async fn invite_expert(
    db: &Database,
    actor: &Actor,
    group: WorkingGroupId,
    user: UserId,
) -> ServiceResult<()> {
    authorize(actor, Action::ManageWorkingGroups)?;
    repo::find(db.conn(), group)
        .await?
        .ok_or(ServiceError::NotFound("workingGroupId"))?;
    let expert = users::find(db.conn(), user)
        .await?
        .ok_or(ServiceError::NotFound("userId"))?;
    if expert.global_role != GlobalRole::Expert {
        return Err(ValidationError::new(
            "userId",
            "NOT_AN_EXPERT",
            "Only users with the EXPERT role can be invited.",
        )
        .into());
    }
    let txn = db.conn().begin().await?;
    let id = repo::invite(&txn, group, user).await.map_err(conflict_as(
        "userId",
        "The expert is invited to this group already.",
    ))?;
    let invitation = Invitation {
        working_group_id: group,
        user_id: user,
    };
    record(
        &txn,
        actor_id(actor),
        "inviteExpert",
        "ExpertInvitation",
        id,
        None::<&()>,
        Some(&invitation),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Withdraws an expert's invitation.
pub async fn withdraw_invitation(
    db: &Database,
    actor: &Actor,
    group: WorkingGroupId,
    user: UserId,
) -> ServiceResult<()> {
    authorize(actor, Action::ManageWorkingGroups)?;
    let txn = db.conn().begin().await?;
    let id = repo::uninvite(&txn, group, user)
        .await
        .map_err(|err| match err {
            mega_persistence::PersistenceError::NotFound => ServiceError::NotFound("userId"),
            other => other.into(),
        })?;
    let invitation = Invitation {
        working_group_id: group,
        user_id: user,
    };
    record(
        &txn,
        actor_id(actor),
        "withdrawExpertInvitation",
        "ExpertInvitation",
        id,
        Some(&invitation),
        None::<&()>,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
