//! Table `published_good_practices`: good practices on the public pages.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "published_good_practices")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub good_practice_id: i32,
    pub published_by: Option<i32>,
    pub published_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
