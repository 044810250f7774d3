//! Table `agenda_items`: one line of an event's timetable.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "agenda_items")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    pub date: Date,
    pub start_time: Option<Time>,
    pub end_time: Option<Time>,
    pub time_text: Option<String>,
    pub title: String,
    pub session: Option<String>,
    pub track: Option<String>,
    pub working_group_id: Option<i32>,
    #[sea_orm(column_type = "Text")]
    pub description: Option<String>,
    pub expert_feedback_minutes: Option<i32>,
    pub expert_feedback_text: Option<String>,
    pub position: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
