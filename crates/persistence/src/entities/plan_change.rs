//! Table `plan_changes`: an agreed plan's change history (re-planning and baselines).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "plan_changes")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub action_plan_id: i32,
    pub kind: String,
    pub step_id: Option<i32>,
    #[sea_orm(column_type = "Text", nullable)]
    pub step_title: Option<String>,
    pub previous_start: Option<String>,
    pub previous_end: Option<String>,
    pub new_start: Option<String>,
    pub new_end: Option<String>,
    pub baseline_number: Option<i32>,
    #[sea_orm(column_type = "Text", nullable)]
    pub reason: Option<String>,
    pub changed_by: Option<i32>,
    pub changed_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
