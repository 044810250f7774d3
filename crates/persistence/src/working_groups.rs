//! Repository of working groups, their memberships and expert invitations.

use mega_domain::working_group::{MembershipFields, WorkingGroupFields};
use mega_domain::{
    Membership, MembershipId, MembershipRole, OrganisationId, Page, PageRequest, Participation,
    ThematicAreaId, UserId, WorkingGroup, WorkingGroupId,
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};

use crate::entities::{expert_invitation, membership, thematic_area, working_group};
use crate::error::{PersistenceError, Result};
use crate::paging::fetch_page;

fn to_domain(row: working_group::Model) -> Result<WorkingGroup> {
    Ok(WorkingGroup {
        id: WorkingGroupId(row.id),
        thematic_area_id: ThematicAreaId(row.thematic_area_id),
        title: row.title,
    })
}

fn membership_to_domain(row: membership::Model) -> Result<Membership> {
    let corrupt = |what: &str| PersistenceError::Corrupt(format!("membership {}: {what}", row.id));
    Ok(Membership {
        id: MembershipId(row.id),
        working_group_id: WorkingGroupId(row.working_group_id),
        organisation_id: OrganisationId(row.organisation_id),
        role: MembershipRole::from_code(&row.role).ok_or_else(|| corrupt("role"))?,
        participation: Participation::from_code(&row.participation)
            .ok_or_else(|| corrupt("participation"))?,
        note: row.note,
    })
}

/// Working groups in the order of their thematic areas.
pub async fn page(conn: &impl ConnectionTrait, request: PageRequest) -> Result<Page<WorkingGroup>> {
    let select = working_group::Entity::find()
        .inner_join(thematic_area::Entity)
        .order_by_asc(thematic_area::Column::Number);
    fetch_page(conn, select, request, to_domain).await
}

/// The groups with the given ids, in one statement.
pub async fn find_by_ids(
    conn: &impl ConnectionTrait,
    ids: &[WorkingGroupId],
) -> Result<Vec<WorkingGroup>> {
    working_group::Entity::find()
        .filter(working_group::Column::Id.is_in(ids.iter().map(|id| id.0)))
        .all(conn)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// One group.
pub async fn find(conn: &impl ConnectionTrait, id: WorkingGroupId) -> Result<Option<WorkingGroup>> {
    Ok(find_by_ids(conn, &[id]).await?.pop())
}

/// Creates a group; [`PersistenceError::Conflict`] when the area has one already.
pub async fn create(
    conn: &impl ConnectionTrait,
    slug: &str,
    area: ThematicAreaId,
    fields: WorkingGroupFields,
) -> Result<WorkingGroup> {
    let row = working_group::ActiveModel {
        slug: Set(slug.to_owned()),
        thematic_area_id: Set(area.0),
        title: Set(fields.title),
        ..Default::default()
    };
    to_domain(
        working_group::Entity::insert(row)
            .exec_with_returning(conn)
            .await?,
    )
}

/// Replaces a group's fields (it keeps its thematic area).
pub async fn update(
    conn: &impl ConnectionTrait,
    id: WorkingGroupId,
    fields: WorkingGroupFields,
) -> Result<WorkingGroup> {
    let row = working_group::ActiveModel {
        id: Set(id.0),
        title: Set(fields.title),
        ..Default::default()
    };
    to_domain(working_group::Entity::update(row).exec(conn).await?)
}

/// The memberships of the given groups, in one statement, leading before learning.
pub async fn memberships_of_groups(
    conn: &impl ConnectionTrait,
    groups: &[WorkingGroupId],
) -> Result<Vec<Membership>> {
    membership::Entity::find()
        .filter(membership::Column::WorkingGroupId.is_in(groups.iter().map(|id| id.0)))
        .order_by_asc(membership::Column::Role)
        .order_by_asc(membership::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(membership_to_domain)
        .collect()
}

/// The memberships of the given organisations, in one statement.
pub async fn memberships_of_organisations(
    conn: &impl ConnectionTrait,
    organisations: &[OrganisationId],
) -> Result<Vec<Membership>> {
    membership::Entity::find()
        .filter(membership::Column::OrganisationId.is_in(organisations.iter().map(|id| id.0)))
        .order_by_asc(membership::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(membership_to_domain)
        .collect()
}

/// One membership.
pub async fn find_membership(
    conn: &impl ConnectionTrait,
    id: MembershipId,
) -> Result<Option<Membership>> {
    membership::Entity::find_by_id(id.0)
        .one(conn)
        .await?
        .map(membership_to_domain)
        .transpose()
}

/// Adds an organisation to a group; [`PersistenceError::Conflict`] when it is a member.
pub async fn add_membership(
    conn: &impl ConnectionTrait,
    group: WorkingGroupId,
    organisation: OrganisationId,
    fields: MembershipFields,
) -> Result<Membership> {
    let row = membership::ActiveModel {
        working_group_id: Set(group.0),
        organisation_id: Set(organisation.0),
        role: Set(fields.role.code().to_owned()),
        participation: Set(fields.participation.code().to_owned()),
        note: Set(fields.note),
        ..Default::default()
    };
    membership_to_domain(
        membership::Entity::insert(row)
            .exec_with_returning(conn)
            .await?,
    )
}

/// Changes a membership's role, participation and note.
pub async fn update_membership(
    conn: &impl ConnectionTrait,
    id: MembershipId,
    fields: MembershipFields,
) -> Result<Membership> {
    let row = membership::ActiveModel {
        id: Set(id.0),
        role: Set(fields.role.code().to_owned()),
        participation: Set(fields.participation.code().to_owned()),
        note: Set(fields.note),
        ..Default::default()
    };
    membership_to_domain(membership::Entity::update(row).exec(conn).await?)
}

/// Removes a membership.
pub async fn remove_membership(conn: &impl ConnectionTrait, id: MembershipId) -> Result<()> {
    let result = membership::Entity::delete_by_id(id.0).exec(conn).await?;
    if result.rows_affected == 0 {
        return Err(PersistenceError::NotFound);
    }
    Ok(())
}

/// The experts invited to the given groups, as (group, user) pairs, in one statement.
pub async fn invitations_of_groups(
    conn: &impl ConnectionTrait,
    groups: &[WorkingGroupId],
) -> Result<Vec<(WorkingGroupId, UserId)>> {
    Ok(expert_invitation::Entity::find()
        .filter(expert_invitation::Column::WorkingGroupId.is_in(groups.iter().map(|id| id.0)))
        .order_by_asc(expert_invitation::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(|row| (WorkingGroupId(row.working_group_id), UserId(row.user_id)))
        .collect())
}

/// The groups the given users are invited to, as (user, group) pairs, in one statement.
pub async fn invitations_of_users(
    conn: &impl ConnectionTrait,
    users: &[UserId],
) -> Result<Vec<(UserId, WorkingGroupId)>> {
    Ok(expert_invitation::Entity::find()
        .filter(expert_invitation::Column::UserId.is_in(users.iter().map(|id| id.0)))
        .order_by_asc(expert_invitation::Column::WorkingGroupId)
        .all(conn)
        .await?
        .into_iter()
        .map(|row| (UserId(row.user_id), WorkingGroupId(row.working_group_id)))
        .collect())
}

/// The groups a user is invited to.
pub async fn invitations_of_user(
    conn: &impl ConnectionTrait,
    user: UserId,
) -> Result<Vec<WorkingGroupId>> {
    Ok(expert_invitation::Entity::find()
        .filter(expert_invitation::Column::UserId.eq(user.0))
        .all(conn)
        .await?
        .into_iter()
        .map(|row| WorkingGroupId(row.working_group_id))
        .collect())
}

/// Invites an expert; [`PersistenceError::Conflict`] when invited already. Returns the
/// invitation's id.
pub async fn invite(
    conn: &impl ConnectionTrait,
    group: WorkingGroupId,
    user: UserId,
) -> Result<i32> {
    let row = expert_invitation::ActiveModel {
        working_group_id: Set(group.0),
        user_id: Set(user.0),
        ..Default::default()
    };
    Ok(expert_invitation::Entity::insert(row)
        .exec(conn)
        .await?
        .last_insert_id)
}

/// Withdraws an invitation; returns its id, [`PersistenceError::NotFound`] when there was none.
pub async fn uninvite(
    conn: &impl ConnectionTrait,
    group: WorkingGroupId,
    user: UserId,
) -> Result<i32> {
    let row = expert_invitation::Entity::find()
        .filter(expert_invitation::Column::WorkingGroupId.eq(group.0))
        .filter(expert_invitation::Column::UserId.eq(user.0))
        .one(conn)
        .await?
        .ok_or(PersistenceError::NotFound)?;
    expert_invitation::Entity::delete_by_id(row.id)
        .exec(conn)
        .await?;
    Ok(row.id)
}

/// The id of the group with the dataset key `slug`, e.g. `wg-city-leadership`.
pub async fn id_by_slug(conn: &impl ConnectionTrait, slug: &str) -> Result<Option<WorkingGroupId>> {
    Ok(working_group::Entity::find()
        .filter(working_group::Column::Slug.eq(slug))
        .one(conn)
        .await?
        .map(|row| WorkingGroupId(row.id)))
}

/// The groups working on a thematic area.
pub async fn of_thematic_area(
    conn: &impl ConnectionTrait,
    area: mega_domain::ThematicAreaId,
) -> Result<Vec<WorkingGroupId>> {
    Ok(working_group::Entity::find()
        .filter(working_group::Column::ThematicAreaId.eq(area.0))
        .order_by_asc(working_group::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(|row| WorkingGroupId(row.id))
        .collect())
}

/// The groups working on any of the given areas, as (area, group) pairs, in one statement.
pub async fn of_thematic_areas(
    conn: &impl ConnectionTrait,
    areas: &[mega_domain::ThematicAreaId],
) -> Result<Vec<(mega_domain::ThematicAreaId, WorkingGroupId)>> {
    Ok(working_group::Entity::find()
        .filter(working_group::Column::ThematicAreaId.is_in(areas.iter().map(|id| id.0)))
        .order_by_asc(working_group::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(|row| {
            (
                mega_domain::ThematicAreaId(row.thematic_area_id),
                WorkingGroupId(row.id),
            )
        })
        .collect())
}
