//! Table `webinar_presenters`: the presenting organisations of a webinar, in order.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webinar_presenters")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub webinar_id: i32,
    pub organisation_id: i32,
    pub position: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
