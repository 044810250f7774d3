//! Table `coordination_calls`: a working group's check-in; participants (organisation ids)
//! and decisions (text with step ids) are JSON.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "coordination_calls")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub working_group_id: i32,
    pub held_on: Date,
    pub start_time: Option<Time>,
    pub time_zone: Option<String>,
    pub facilitator_id: Option<i32>,
    #[sea_orm(column_type = "Text")]
    pub participant_ids: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub agenda: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub notes: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub decisions: String,
    pub series_id: Option<String>,
    pub version: i32,
    pub generated: bool,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
