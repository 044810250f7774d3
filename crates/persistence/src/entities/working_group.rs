//! Table `working_groups`: one group per thematic area.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "working_groups")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub thematic_area_id: i32,
    pub title: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::thematic_area::Entity",
        from = "Column::ThematicAreaId",
        to = "super::thematic_area::Column::Id"
    )]
    ThematicArea,
}

impl Related<super::thematic_area::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::ThematicArea.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
