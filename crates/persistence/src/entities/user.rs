//! Table `users`.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Normalised (lower-case) address; the unique index makes e-mail case-insensitive.
    #[sea_orm(unique)]
    pub email: String,
    pub display_name: String,
    pub organisation_id: Option<i32>,
    pub global_role: String,
    pub active: bool,
    pub password_hash: String,
    /// Interface language code (`en`, `de`, …); null until known.
    pub language: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
