//! Lessons shared outside the network: the good practices the coordinator has published to the
//! public, read-only pages (withdrawing one deletes its row).

use sea_orm_migration::{prelude::*, schema::*};

use crate::support::{cascade, set_null};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261201_000023_public_lessons"
    }
}

#[derive(DeriveIden)]
enum PublishedGoodPractices {
    Table,
    Id,
    GoodPracticeId,
    PublishedBy,
    PublishedAt,
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
                    .table(PublishedGoodPractices::Table)
                    .col(pk_auto(PublishedGoodPractices::Id))
                    .col(integer_uniq(PublishedGoodPractices::GoodPracticeId))
                    .col(integer_null(PublishedGoodPractices::PublishedBy))
                    .col(timestamp_with_time_zone(
                        PublishedGoodPractices::PublishedAt,
                    ))
                    .foreign_key(&mut cascade(
                        (
                            PublishedGoodPractices::Table,
                            PublishedGoodPractices::GoodPracticeId,
                        ),
                        (GoodPractices::Table, GoodPractices::Id),
                    ))
                    .foreign_key(&mut set_null(
                        (
                            PublishedGoodPractices::Table,
                            PublishedGoodPractices::PublishedBy,
                        ),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(
                Table::drop()
                    .table(PublishedGoodPractices::Table)
                    .to_owned(),
            )
            .await
    }
}
