//! GraphQL `ThematicArea`.

use super::enums::{DimensionGql, KeyActorGql};
use crate::context::actor;
use crate::error::ApiResult;
use crate::global_id::encode;
use async_graphql::{Context, ID, Object, SimpleObject};
use mega_domain::{Action, BenchmarkCell, ThematicArea, allows};

/// A cell of the benchmark matrix, without an assessment: a key actor on one dimension.
#[derive(SimpleObject)]
#[graphql(name = "BenchmarkCell")]
pub struct BenchmarkCellObject {
    /// Whose practice.
    pub key_actor: KeyActorGql,
    /// Which dimension.
    pub dimension: DimensionGql,
}

impl From<BenchmarkCell> for BenchmarkCellObject {
    fn from(cell: BenchmarkCell) -> Self {
        Self {
            key_actor: cell.key_actor.into(),
            dimension: cell.dimension.into(),
        }
    }
}

/// One of the learning themes the working groups are organised by.
pub struct ThematicAreaObject(pub ThematicArea);

/// One of the learning themes the working groups are organised by.
#[Object(name = "ThematicArea")]
impl ThematicAreaObject {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        encode(self.0.id)
    }

    /// Position in the programme, starting at 1.
    async fn number(&self) -> i32 {
        self.0.number
    }

    /// Title, e.g. "City leadership".
    async fn title(&self) -> &str {
        &self.0.title
    }

    /// What the theme covers.
    async fn description(&self) -> &str {
        &self.0.description
    }

    /// The benchmark cells whose levels measure how far a partner is in this theme, in matrix
    /// order (key actor, then dimension); empty until whoever manages the themes chooses them.
    /// A partner's level in the theme is the mean of its levels in these cells.
    async fn benchmark_cells(&self) -> Vec<BenchmarkCellObject> {
        self.0
            .benchmark_cells
            .iter()
            .copied()
            .map(Into::into)
            .collect()
    }

    /// Whether the viewer may add a good practice in this theme (`createGoodPractice`): the
    /// coordinator, and the leading members of the theme's working groups.
    async fn viewer_can_add_good_practice(&self, ctx: &Context<'_>) -> ApiResult<bool> {
        let area_groups = super::capabilities::area_groups(ctx, &[self.0.id]).await?;
        Ok(allows(
            actor(ctx),
            Action::EditGoodPractice {
                area_groups: &area_groups,
            },
        ))
    }
}
