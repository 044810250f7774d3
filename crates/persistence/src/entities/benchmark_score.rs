//! Table `benchmark_scores`: one key actor × dimension cell.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "benchmark_scores")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub benchmark_id: i32,
    pub key_actor: String,
    pub dimension: String,
    pub level: Option<i32>,
    #[sea_orm(column_type = "Text")]
    pub achievements: String,
    #[sea_orm(column_type = "Text")]
    pub needs: String,
    #[sea_orm(column_type = "Text")]
    pub gaps: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
