//! The Relay `Node` interface.

use async_graphql::{ID, Interface};

use super::{OrganisationObject, TerritoryObject, ThematicAreaObject, UserObject};

/// An object with a globally unique, opaque ID, fetchable with `node(id:)`.
#[derive(Interface)]
#[graphql(field(name = "id", ty = "ID", desc = "Opaque global ID."))]
pub enum Node {
    /// A territory.
    Territory(TerritoryObject),
    /// An organisation.
    Organisation(OrganisationObject),
    /// A thematic area.
    ThematicArea(ThematicAreaObject),
    /// A user.
    User(UserObject),
}
