//! Plan summaries shared outside the network: the agreed plans whose summary the coordinator
//! has published to the public, read-only pages (withdrawing one deletes its row).

use sea_orm_migration::{prelude::*, schema::*};

use crate::support::{cascade, set_null};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261201_000024_public_plans"
    }
}

#[derive(DeriveIden)]
enum PublishedActionPlans {
    Table,
    Id,
    ActionPlanId,
    PublishedBy,
    PublishedAt,
}

#[derive(DeriveIden)]
enum ActionPlans {
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
                    .table(PublishedActionPlans::Table)
                    .col(pk_auto(PublishedActionPlans::Id))
                    .col(integer_uniq(PublishedActionPlans::ActionPlanId))
                    .col(integer_null(PublishedActionPlans::PublishedBy))
                    .col(timestamp_with_time_zone(PublishedActionPlans::PublishedAt))
                    .foreign_key(&mut cascade(
                        (
                            PublishedActionPlans::Table,
                            PublishedActionPlans::ActionPlanId,
                        ),
                        (ActionPlans::Table, ActionPlans::Id),
                    ))
                    .foreign_key(&mut set_null(
                        (
                            PublishedActionPlans::Table,
                            PublishedActionPlans::PublishedBy,
                        ),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(PublishedActionPlans::Table).to_owned())
            .await
    }
}
