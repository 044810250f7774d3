//! Table `plenary_outcome_groups`: the working groups a plenary outcome concerns, in order.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "plenary_outcome_groups")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub plenary_outcome_id: i32,
    pub working_group_id: i32,
    pub position: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
