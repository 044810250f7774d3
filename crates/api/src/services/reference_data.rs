//! The network's reference data the coordinator keeps: territories (with the organisations'
//! management) and thematic areas (with the working groups'), and the check of the groups'
//! composition.

use mega_domain::PageRequest;
use mega_domain::composition::{CompositionWarning, composition_warnings};
use mega_domain::network::{TerritoryDraft, ThematicAreaDraft, slugify};
use mega_domain::{Action, Actor, Territory, TerritoryId, ThematicArea, ThematicAreaId, authorize};
use mega_persistence::{Database, organisations, territories, thematic_areas, working_groups};

use super::unit_of_work::UnitOfWork;
use super::{ServiceError, ServiceResult, conflict_as};

/// A slug that is unique without revealing how many rows exist: the name's readable part
/// and a random suffix.
pub(crate) fn unique_slug(name: &str) -> String {
    let suffix: String = uuid::Uuid::new_v4()
        .simple()
        .to_string()
        .chars()
        .take(6)
        .collect();
    format!("{}-{suffix}", slugify(name))
}

/// Adds a partner city or region.
pub async fn create_territory(
    db: &Database,
    actor: &Actor,
    draft: TerritoryDraft,
) -> ServiceResult<Territory> {
    authorize(actor, Action::ManageOrganisations)?;
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let territory = territories::create(uow.txn(), &unique_slug(&fields.name), fields).await?;
    uow.created("createTerritory", &territory).await?;
    uow.commit().await?;
    Ok(territory)
}

/// Renames a territory or corrects its country.
pub async fn update_territory(
    db: &Database,
    actor: &Actor,
    id: TerritoryId,
    draft: TerritoryDraft,
) -> ServiceResult<Territory> {
    authorize(actor, Action::ManageOrganisations)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = territories::find_by_ids(uow.txn(), &[id])
        .await?
        .pop()
        .ok_or(ServiceError::NotFound("id"))?;
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    let after = territories::update(uow.txn(), id, fields).await?;
    uow.updated("updateTerritory", &before, &after).await?;
    uow.commit().await?;
    Ok(after)
}

const NUMBER_TAKEN: &str = "Another thematic area has this number.";

/// Adds a learning theme (its working group is created separately, `createWorkingGroup`).
pub async fn create_thematic_area(
    db: &Database,
    actor: &Actor,
    draft: ThematicAreaDraft,
) -> ServiceResult<ThematicArea> {
    authorize(actor, Action::ManageWorkingGroups)?;
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let slug = unique_slug(&fields.title);
    let area = thematic_areas::create(uow.txn(), &slug, fields)
        .await
        .map_err(conflict_as("number", NUMBER_TAKEN))?;
    uow.created("createThematicArea", &area).await?;
    uow.commit().await?;
    Ok(area)
}

/// Renumbers, renames or redescribes a thematic area, or chooses the benchmark cells that
/// measure it.
pub async fn update_thematic_area(
    db: &Database,
    actor: &Actor,
    id: ThematicAreaId,
    draft: ThematicAreaDraft,
) -> ServiceResult<ThematicArea> {
    authorize(actor, Action::ManageWorkingGroups)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = thematic_areas::find_by_ids(uow.txn(), &[id])
        .await?
        .pop()
        .ok_or(ServiceError::NotFound("id"))?;
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    let after = thematic_areas::update(uow.txn(), id, fields)
        .await
        .map_err(conflict_as("number", NUMBER_TAKEN))?;
    uow.updated("updateThematicArea", &before, &after).await?;
    uow.commit().await?;
    Ok(after)
}

/// What departs from the report's composition rules (two leading cities/regions per group,
/// each city/region leading at least one), for whoever manages the groups.
pub async fn composition(db: &Database, actor: &Actor) -> ServiceResult<Vec<CompositionWarning>> {
    authorize(actor, Action::ManageWorkingGroups)?;
    let conn = db.conn();
    let everything = PageRequest {
        offset: 0,
        limit: 1_000,
    };
    let groups = working_groups::page(conn, everything).await?.items;
    let ids: Vec<_> = groups.iter().map(|group| group.id).collect();
    let memberships = working_groups::memberships_of_groups(conn, &ids).await?;
    let mut members: Vec<_> = memberships.iter().map(|m| m.organisation_id).collect();
    members.sort_unstable();
    members.dedup();
    let territory_of = organisations::find_by_ids(conn, &members)
        .await?
        .into_iter()
        .filter_map(|o| o.territory_id.map(|territory| (o.id, territory)))
        .collect();
    Ok(composition_warnings(&ids, &memberships, &territory_of))
}
