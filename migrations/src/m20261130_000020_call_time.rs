//! A coordination call's time of day: the local time it starts and that time's IANA zone
//! (both null for a call known only by its day, as the report's are).

use sea_orm_migration::{prelude::*, schema::*};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261130_000020_call_time"
    }
}

#[derive(DeriveIden)]
enum CoordinationCalls {
    Table,
    StartTime,
    TimeZone,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per statement.
        for column in [
            time_null(CoordinationCalls::StartTime),
            string_len_null(CoordinationCalls::TimeZone, 64),
        ] {
            let mut column = column;
            manager
                .alter_table(
                    Table::alter()
                        .table(CoordinationCalls::Table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [CoordinationCalls::TimeZone, CoordinationCalls::StartTime] {
            manager
                .alter_table(
                    Table::alter()
                        .table(CoordinationCalls::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
