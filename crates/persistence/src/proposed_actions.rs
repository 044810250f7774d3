//! Repository of proposed actions ("ask the expert").

use chrono::{DateTime, Utc};
use mega_domain::proposed_action::ProposedActionFields;
use mega_domain::{
    OrganisationId, Page, PageRequest, ProposedAction, ProposedActionId, WorkingGroupId,
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};

use crate::entities::proposed_action;
use crate::error::{PersistenceError, Result};
use crate::paging::fetch_page;

fn list(row_id: i32, raw: &str) -> Result<Vec<String>> {
    serde_json::from_str(raw)
        .map_err(|err| PersistenceError::Corrupt(format!("proposed action {row_id}: {err}")))
}

fn json(list: &[String]) -> Result<String> {
    serde_json::to_string(list).map_err(|err| PersistenceError::Corrupt(err.to_string()))
}

fn to_domain(row: proposed_action::Model) -> Result<ProposedAction> {
    Ok(ProposedAction {
        id: ProposedActionId(row.id),
        organisation_id: OrganisationId(row.organisation_id),
        working_group_id: WorkingGroupId(row.working_group_id),
        guiding_questions: list(row.id, &row.guiding_questions)?,
        guiding_questions_context: list(row.id, &row.guiding_questions_context)?,
        title: row.title,
        description: row.description,
        section: row.section,
        created_at: row.created_at,
    })
}

/// Proposed actions, optionally of one group, in the order they were recorded.
pub async fn page(
    conn: &impl ConnectionTrait,
    group: Option<WorkingGroupId>,
    request: PageRequest,
) -> Result<Page<ProposedAction>> {
    let mut select = proposed_action::Entity::find().order_by_asc(proposed_action::Column::Id);
    if let Some(group) = group {
        select = select.filter(proposed_action::Column::WorkingGroupId.eq(group.0));
    }
    fetch_page(conn, select, request, to_domain).await
}

/// The proposed actions with the given ids, in one statement.
pub async fn find_by_ids(
    conn: &impl ConnectionTrait,
    ids: &[ProposedActionId],
) -> Result<Vec<ProposedAction>> {
    proposed_action::Entity::find()
        .filter(proposed_action::Column::Id.is_in(ids.iter().map(|id| id.0)))
        .all(conn)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// One proposed action.
pub async fn find(
    conn: &impl ConnectionTrait,
    id: ProposedActionId,
) -> Result<Option<ProposedAction>> {
    Ok(find_by_ids(conn, &[id]).await?.pop())
}

/// The proposed actions of the given groups, in one statement, in the order recorded.
pub async fn of_groups(
    conn: &impl ConnectionTrait,
    groups: &[WorkingGroupId],
) -> Result<Vec<ProposedAction>> {
    proposed_action::Entity::find()
        .filter(proposed_action::Column::WorkingGroupId.is_in(groups.iter().map(|id| id.0)))
        .order_by_asc(proposed_action::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// Records a proposed action `organisation` presents.
pub async fn create(
    conn: &impl ConnectionTrait,
    organisation: OrganisationId,
    fields: ProposedActionFields,
    created_at: DateTime<Utc>,
) -> Result<ProposedAction> {
    let row = proposed_action::ActiveModel {
        organisation_id: Set(organisation.0),
        working_group_id: Set(fields.working_group_id.0),
        title: Set(fields.title),
        description: Set(fields.description),
        guiding_questions: Set(json(&fields.guiding_questions)?),
        guiding_questions_context: Set(json(&fields.guiding_questions_context)?),
        section: Set(fields.section),
        created_at: Set(created_at),
        ..Default::default()
    };
    to_domain(
        proposed_action::Entity::insert(row)
            .exec_with_returning(conn)
            .await?,
    )
}

/// Replaces a proposed action's fields (its organisation and creation time are kept).
pub async fn update(
    conn: &impl ConnectionTrait,
    id: ProposedActionId,
    fields: ProposedActionFields,
) -> Result<ProposedAction> {
    let row = proposed_action::ActiveModel {
        id: Set(id.0),
        working_group_id: Set(fields.working_group_id.0),
        title: Set(fields.title),
        description: Set(fields.description),
        guiding_questions: Set(json(&fields.guiding_questions)?),
        guiding_questions_context: Set(json(&fields.guiding_questions_context)?),
        section: Set(fields.section),
        ..Default::default()
    };
    to_domain(proposed_action::Entity::update(row).exec(conn).await?)
}

/// How many plan actions grew from a proposed action.
pub async fn plan_actions_from(conn: &impl ConnectionTrait, id: ProposedActionId) -> Result<u64> {
    use sea_orm::PaginatorTrait;
    Ok(crate::entities::plan_action::Entity::find()
        .filter(crate::entities::plan_action::Column::ProposedActionId.eq(id.0))
        .count(conn)
        .await?)
}

/// Deletes a proposed action with its feedback threads (their replies and the notifications
/// quoting them go with them, as in `feedback::delete`).
pub async fn delete(conn: &impl ConnectionTrait, id: ProposedActionId) -> Result<()> {
    use crate::entities::feedback;
    let threads = feedback::Entity::find()
        .filter(feedback::Column::ProposedActionId.eq(id.0))
        .filter(feedback::Column::ParentId.is_null())
        .all(conn)
        .await?;
    for thread in threads {
        crate::feedback::delete(conn, mega_domain::FeedbackId(thread.id)).await?;
    }
    proposed_action::Entity::delete_by_id(id.0)
        .exec(conn)
        .await?;
    Ok(())
}
