//! Table `webinar_good_practices`: the good practices a webinar shows, in order.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webinar_good_practices")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub webinar_id: i32,
    pub good_practice_id: i32,
    pub position: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
