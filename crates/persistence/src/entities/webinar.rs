//! Table `webinars`.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webinars")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub working_group_id: i32,
    pub title: String,
    pub starts_at: DateTimeUtc,
    pub time_zone: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub recording_url: Option<String>,
    pub attendance: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
