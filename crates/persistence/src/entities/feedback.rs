//! Table `feedback`: a comment in a thread on a proposed action, a plan, an action or a
//! progress report.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "feedback")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub proposed_action_id: Option<i32>,
    pub author_id: i32,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub kind: String,
    pub parent_id: Option<i32>,
    pub created_at: DateTimeUtc,
    pub action_plan_id: Option<i32>,
    pub action_id: Option<i32>,
    pub progress_report_id: Option<i32>,
    pub edited_at: Option<DateTimeUtc>,
    pub resolved_at: Option<DateTimeUtc>,
    pub resolved_by_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
