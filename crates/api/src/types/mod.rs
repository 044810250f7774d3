//! GraphQL object types: thin wrappers over domain values, one module per type.

mod node;
mod organisation;
mod territory;
mod thematic_area;
mod user;
mod user_error;

pub use node::Node;
pub use organisation::OrganisationObject;
pub use territory::TerritoryObject;
pub use thematic_area::ThematicAreaObject;
pub use user::UserObject;
pub use user_error::UserError;
