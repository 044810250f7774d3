//! Table `benchmark_needs`: thematic areas a benchmark marks as a need.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "benchmark_needs")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub benchmark_id: i32,
    pub thematic_area_id: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
