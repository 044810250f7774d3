//! The programme's phases and their stages (a stage has a parent phase), with the dates the
//! report gives at the precision it gives them (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as on plan
//! steps) and the report's own wording of them.

use sea_orm_migration::{prelude::*, schema::*};

use crate::support::cascade;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261130_000019_programme_phases"
    }
}

#[derive(DeriveIden)]
enum ProgrammePhases {
    Table,
    Id,
    ParentId,
    Position,
    Reference,
    Title,
    Summary,
    StartDate,
    EndDate,
    StartText,
    EndText,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ProgrammePhases::Table)
                    .col(pk_auto(ProgrammePhases::Id))
                    .col(integer_null(ProgrammePhases::ParentId))
                    .col(integer(ProgrammePhases::Position))
                    .col(string_len_null(ProgrammePhases::Reference, 8))
                    .col(string_len(ProgrammePhases::Title, 200))
                    .col(text_null(ProgrammePhases::Summary))
                    .col(string_len_null(ProgrammePhases::StartDate, 10))
                    .col(string_len_null(ProgrammePhases::EndDate, 10))
                    .col(string_len_null(ProgrammePhases::StartText, 200))
                    .col(string_len_null(ProgrammePhases::EndText, 200))
                    .foreign_key(&mut cascade(
                        (ProgrammePhases::Table, ProgrammePhases::ParentId),
                        (ProgrammePhases::Table, ProgrammePhases::Id),
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ProgrammePhases::Table).to_owned())
            .await
    }
}
