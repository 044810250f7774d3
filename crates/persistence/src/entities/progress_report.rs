//! Table `progress_reports`: reports on plan steps; plan and organisation are copied from the
//! step so reporting aggregates need no joins through actions. Evidence links are JSON.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "progress_reports")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub step_id: i32,
    pub plan_id: i32,
    pub organisation_id: i32,
    pub call_id: Option<i32>,
    pub status: String,
    pub percent_complete: i32,
    #[sea_orm(column_type = "Text", nullable)]
    pub narrative: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub evidence_links: String,
    pub author_id: Option<i32>,
    pub created_at: DateTimeUtc,
    pub generated: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
