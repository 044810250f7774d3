//! Which good practices a plan action adopts: the trace of a practice's transfer from the city
//! it comes from to the cities that take it up (many to many).

use sea_orm_migration::{prelude::*, schema::*};

use crate::support::{cascade, index, set_null};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261201_000022_practice_transfers"
    }
}

#[derive(DeriveIden)]
enum ActionGoodPractices {
    Table,
    Id,
    ActionId,
    GoodPracticeId,
    LinkedBy,
    LinkedAt,
}

#[derive(DeriveIden)]
enum PlanActions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum GoodPractices {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ActionGoodPractices::Table)
                    .col(pk_auto(ActionGoodPractices::Id))
                    .col(integer(ActionGoodPractices::ActionId))
                    .col(integer(ActionGoodPractices::GoodPracticeId))
                    .col(integer_null(ActionGoodPractices::LinkedBy))
                    .col(timestamp_with_time_zone(ActionGoodPractices::LinkedAt))
                    .foreign_key(&mut cascade(
                        (ActionGoodPractices::Table, ActionGoodPractices::ActionId),
                        (PlanActions::Table, PlanActions::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (
                            ActionGoodPractices::Table,
                            ActionGoodPractices::GoodPracticeId,
                        ),
                        (GoodPractices::Table, GoodPractices::Id),
                    ))
                    .foreign_key(&mut set_null(
                        (ActionGoodPractices::Table, ActionGoodPractices::LinkedBy),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_action_good_practices")
                    .table(ActionGoodPractices::Table)
                    .col(ActionGoodPractices::ActionId)
                    .col(ActionGoodPractices::GoodPracticeId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_action_good_practices_practice",
                ActionGoodPractices::Table,
                ActionGoodPractices::GoodPracticeId,
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ActionGoodPractices::Table).to_owned())
            .await
    }
}
