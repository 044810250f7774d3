//! Comments that are corrected and threads that are closed: when a feedback's text was last
//! edited, and when and by whom a thread was marked resolved (both null until then). Users
//! are deactivated, never deleted, so `resolved_by_id` needs no foreign key (SQLite cannot add
//! one to an existing table).

use sea_orm_migration::{prelude::*, schema::*};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261130_000018_feedback_moderation"
    }
}

#[derive(DeriveIden)]
enum Feedback {
    Table,
    EditedAt,
    ResolvedAt,
    ResolvedById,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per statement.
        for column in [
            timestamp_with_time_zone_null(Feedback::EditedAt),
            timestamp_with_time_zone_null(Feedback::ResolvedAt),
            integer_null(Feedback::ResolvedById),
        ] {
            let mut column = column;
            manager
                .alter_table(
                    Table::alter()
                        .table(Feedback::Table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            Feedback::ResolvedById,
            Feedback::ResolvedAt,
            Feedback::EditedAt,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Feedback::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
