//! Table `agenda_presentations`: an organisation's pitch in an agenda item.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "agenda_presentations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub agenda_item_id: i32,
    pub organisation_id: i32,
    pub minutes: i32,
    pub actions: i32,
    pub position: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
