//! Table `territory_facts`: figures quoted as evidence.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "territory_facts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub territory_id: Option<i32>,
    pub country: Option<String>,
    pub figure: String,
    #[sea_orm(column_type = "Double")]
    pub value: f64,
    pub unit: String,
    pub year: Option<i32>,
    pub qualifier: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub source_text: String,
    pub section: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
