//! Territories and thematic areas (coordinator only).

use async_graphql::{Context, ID, InputObject, Object};
use mega_domain::network::{TerritoryDraft, ThematicAreaDraft};
use mega_domain::{BenchmarkCell, TerritoryId, ThematicAreaId};

use crate::context::{actor, db};
use crate::error::ApiResult;
use crate::resolve::{input_id, payload, settle};
use crate::services::reference_data as service;
use crate::types::enums::{DimensionGql, KeyActorGql};
use crate::types::{TerritoryObject, ThematicAreaObject};

/// Input of `createTerritory`.
#[derive(InputObject)]
pub struct CreateTerritoryInput {
    /// Display name, e.g. "Vienna"; 1–200 characters.
    pub name: String,
    /// ISO 3166-1 alpha-2 country code, e.g. "AT" (`INVALID_COUNTRY`).
    pub country: String,
}

/// Input of `updateTerritory`.
#[derive(InputObject)]
pub struct UpdateTerritoryInput {
    /// The territory.
    pub id: ID,
    /// Its new name and country.
    #[graphql(flatten)]
    pub territory: CreateTerritoryInput,
}

/// Input of `createThematicArea`.
#[derive(InputObject)]
pub struct CreateThematicAreaInput {
    /// Position in the programme, 1–99, unique (`OUT_OF_RANGE`, `ALREADY_EXISTS`).
    pub number: i32,
    /// Title, 1–200 characters.
    pub title: String,
    /// What the theme covers; at most 5,000 characters.
    #[graphql(default)]
    pub description: String,
    /// The benchmark cells whose levels measure the theme (a set: order and repeats do not
    /// matter). Omitted or null: none on create, unchanged on update.
    pub benchmark_cells: Option<Vec<BenchmarkCellInput>>,
}

/// A benchmark cell: a key actor on one dimension.
#[derive(InputObject)]
pub struct BenchmarkCellInput {
    /// Whose practice.
    pub key_actor: KeyActorGql,
    /// Which dimension.
    pub dimension: DimensionGql,
}

/// Input of `updateThematicArea`.
#[derive(InputObject)]
pub struct UpdateThematicAreaInput {
    /// The area.
    pub id: ID,
    /// Its new number, title and description, and its benchmark cells when given.
    #[graphql(flatten)]
    pub thematic_area: CreateThematicAreaInput,
}

payload!(
    /// Result of `createTerritory` and `updateTerritory`.
    TerritoryPayload,
    /// The territory.
    territory: TerritoryObject
);
payload!(
    /// Result of `createThematicArea` and `updateThematicArea`.
    ThematicAreaPayload,
    /// The thematic area.
    thematic_area: ThematicAreaObject
);

impl From<CreateTerritoryInput> for TerritoryDraft {
    fn from(input: CreateTerritoryInput) -> Self {
        Self {
            name: input.name,
            country: input.country,
        }
    }
}

impl From<CreateThematicAreaInput> for ThematicAreaDraft {
    fn from(input: CreateThematicAreaInput) -> Self {
        Self {
            number: input.number,
            title: input.title,
            description: input.description,
            benchmark_cells: input.benchmark_cells.map(|cells| {
                cells
                    .into_iter()
                    .map(|cell| BenchmarkCell {
                        key_actor: cell.key_actor.into(),
                        dimension: cell.dimension.into(),
                    })
                    .collect()
            }),
        }
    }
}

/// Reference-data mutations.
#[derive(Default)]
pub struct ReferenceDataMutation;

#[Object]
impl ReferenceDataMutation {
    /// Adds a partner city or region. Coordinator only.
    async fn create_territory(
        &self,
        ctx: &Context<'_>,
        input: CreateTerritoryInput,
    ) -> ApiResult<TerritoryPayload> {
        let result = service::create_territory(db(ctx), actor(ctx), input.into()).await;
        Ok(settle(result.map(TerritoryObject))?.into())
    }

    /// Renames a territory or corrects its country. Coordinator only.
    async fn update_territory(
        &self,
        ctx: &Context<'_>,
        input: UpdateTerritoryInput,
    ) -> ApiResult<TerritoryPayload> {
        let result = async {
            let id = input_id::<TerritoryId>("id", &input.id)?;
            service::update_territory(db(ctx), actor(ctx), id, input.territory.into()).await
        }
        .await;
        Ok(settle(result.map(TerritoryObject))?.into())
    }

    /// Adds a learning theme; its working group is created with `createWorkingGroup`.
    /// Coordinator only.
    async fn create_thematic_area(
        &self,
        ctx: &Context<'_>,
        input: CreateThematicAreaInput,
    ) -> ApiResult<ThematicAreaPayload> {
        let result = service::create_thematic_area(db(ctx), actor(ctx), input.into()).await;
        Ok(settle(result.map(ThematicAreaObject))?.into())
    }

    /// Renumbers, renames or redescribes a thematic area, or chooses the benchmark cells that
    /// measure it. Coordinator only.
    async fn update_thematic_area(
        &self,
        ctx: &Context<'_>,
        input: UpdateThematicAreaInput,
    ) -> ApiResult<ThematicAreaPayload> {
        let result = async {
            let id = input_id::<ThematicAreaId>("id", &input.id)?;
            service::update_thematic_area(db(ctx), actor(ctx), id, input.thematic_area.into()).await
        }
        .await;
        Ok(settle(result.map(ThematicAreaObject))?.into())
    }
}
