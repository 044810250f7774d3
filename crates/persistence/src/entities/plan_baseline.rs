//! Table `plan_baselines`: the numbered baselines of a plan.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "plan_baselines")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub action_plan_id: i32,
    pub number: i32,
    #[sea_orm(column_type = "Text", nullable)]
    pub note: Option<String>,
    pub set_by: Option<i32>,
    pub set_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
