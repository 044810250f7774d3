//! The benchmark cells (key actor × dimension) whose levels measure a thematic area, so a
//! partner's journey can show its level in a need from one round to the next. A JSON array of
//! `{"keyActor", "dimension"}` codes: it is read with the area, never queried on its own.

use sea_orm_migration::{prelude::*, schema::*};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261201_000025_area_benchmark_cells"
    }
}

#[derive(DeriveIden)]
enum ThematicAreas {
    Table,
    BenchmarkCells,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ThematicAreas::Table)
                    .add_column(text(ThematicAreas::BenchmarkCells).default("[]"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ThematicAreas::Table)
                    .drop_column(ThematicAreas::BenchmarkCells)
                    .to_owned(),
            )
            .await
    }
}
