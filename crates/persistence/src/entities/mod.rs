//! sea-orm entities: one module per table, rows only; repositories map them to domain types.

pub mod organisation;
pub mod refresh_token;
pub mod territory;
pub mod thematic_area;
pub mod user;
