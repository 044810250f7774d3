//! Table `plan_baseline_steps`: each step's dates as a baseline froze them.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "plan_baseline_steps")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub baseline_id: i32,
    pub step_id: Option<i32>,
    #[sea_orm(column_type = "Text")]
    pub title: String,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
