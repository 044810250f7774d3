//! Table `action_steps`: a step of an action; lists are JSON arrays of strings, dates the
//! canonical PartialDate strings.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "action_steps")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub action_id: i32,
    pub parent_id: Option<i32>,
    pub reference: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub stakeholders: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub stakeholders_text: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub success_factors: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub success_factors_text: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub start_text: Option<String>,
    pub end_text: Option<String>,
    pub baseline_start: Option<String>,
    pub baseline_end: Option<String>,
    pub position: i32,
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
