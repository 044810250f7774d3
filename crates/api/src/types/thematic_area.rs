//! GraphQL `ThematicArea`.

use crate::context::actor;
use crate::error::ApiResult;
use crate::global_id::encode;
use async_graphql::{Context, ID, Object};
use mega_domain::{Action, ThematicArea, allows};

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
