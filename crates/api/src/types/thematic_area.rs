//! GraphQL `ThematicArea`.

use crate::global_id::encode;
use async_graphql::{ID, Object};
use mega_domain::ThematicArea;

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
}
