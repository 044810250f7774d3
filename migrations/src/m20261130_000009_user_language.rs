//! The interface language a user chose (or the browser suggested on the first visit), for
//! the SPA and, later, for e-mails. Null until known; values are the codes of
//! `mega_domain::Language` (`en`, `de`, `fr`, `it`, `es`).

use sea_orm_migration::{prelude::*, schema::*};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261130_000009_user_language"
    }
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Language,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(string_len_null(Users::Language, 8))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .drop_column(Users::Language)
                    .to_owned(),
            )
            .await
    }
}
