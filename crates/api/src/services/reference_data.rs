//! The network's reference data the coordinator keeps: territories (with the organisations'
//! management) and thematic areas (with the working groups').

use mega_domain::network::{TerritoryDraft, ThematicAreaDraft, slugify};
use mega_domain::{Action, Actor, Territory, TerritoryId, ThematicArea, ThematicAreaId, authorize};
use mega_persistence::{Database, territories, thematic_areas};

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
    let area = thematic_areas::create(
        uow.txn(),
        &unique_slug(&fields.title),
        fields.number,
        &fields.title,
        &fields.description,
    )
    .await
    .map_err(conflict_as("number", NUMBER_TAKEN))?;
    uow.created("createThematicArea", &area).await?;
    uow.commit().await?;
    Ok(area)
}

/// Renumbers, renames or redescribes a thematic area.
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
