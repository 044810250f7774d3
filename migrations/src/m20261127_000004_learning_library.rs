//! The rest of mutual learning: the good-practice library, working groups' webinars (with
//! presenters and the practices shown), plenary outcomes of events, awards and territory
//! facts.

use sea_orm_migration::{prelude::*, schema::*};

use crate::support::{cascade, fk, index};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261127_000004_learning_library"
    }
}

#[derive(DeriveIden)]
enum GoodPractices {
    Table,
    Id,
    Title,
    OrganisationId,
    ThematicAreaId,
    Description,
    Source,
}

#[derive(DeriveIden)]
enum Webinars {
    Table,
    Id,
    WorkingGroupId,
    Title,
    StartsAt,
    TimeZone,
    RecordingUrl,
    Attendance,
}

#[derive(DeriveIden)]
enum WebinarPresenters {
    Table,
    Id,
    WebinarId,
    OrganisationId,
    Position,
}

#[derive(DeriveIden)]
enum WebinarGoodPractices {
    Table,
    Id,
    WebinarId,
    GoodPracticeId,
    Position,
}

#[derive(DeriveIden)]
enum PlenaryOutcomes {
    Table,
    Id,
    EventId,
    Section,
    Heading,
    Note,
    SummaryPoints,
    Recommendations,
    Position,
}

#[derive(DeriveIden)]
enum PlenaryOutcomeGroups {
    Table,
    Id,
    PlenaryOutcomeId,
    WorkingGroupId,
    Position,
}

#[derive(DeriveIden)]
enum Awards {
    Table,
    Id,
    Name,
    Edition,
    Year,
    Criteria,
    Applications,
}

#[derive(DeriveIden)]
enum AwardWinners {
    Table,
    Id,
    AwardId,
    Name,
    Activity,
    OrganisationId,
    Position,
}

#[derive(DeriveIden)]
enum TerritoryFacts {
    Table,
    Id,
    TerritoryId,
    Country,
    Figure,
    Value,
    Unit,
    Year,
    Qualifier,
    SourceText,
    Section,
}

#[derive(DeriveIden)]
enum Territories {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ThematicAreas {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum WorkingGroups {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Events {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(GoodPractices::Table)
                    .col(pk_auto(GoodPractices::Id))
                    .col(string(GoodPractices::Title))
                    .col(integer_null(GoodPractices::OrganisationId))
                    .col(integer_null(GoodPractices::ThematicAreaId))
                    .col(text(GoodPractices::Description))
                    .col(text(GoodPractices::Source))
                    .foreign_key(&mut fk(
                        (GoodPractices::Table, GoodPractices::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .foreign_key(&mut fk(
                        (GoodPractices::Table, GoodPractices::ThematicAreaId),
                        (ThematicAreas::Table, ThematicAreas::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_good_practices_area",
                GoodPractices::Table,
                GoodPractices::ThematicAreaId,
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Webinars::Table)
                    .col(pk_auto(Webinars::Id))
                    .col(integer(Webinars::WorkingGroupId))
                    .col(string(Webinars::Title))
                    .col(timestamp_with_time_zone(Webinars::StartsAt))
                    .col(string(Webinars::TimeZone))
                    .col(text_null(Webinars::RecordingUrl))
                    .col(integer_null(Webinars::Attendance))
                    .foreign_key(&mut fk(
                        (Webinars::Table, Webinars::WorkingGroupId),
                        (WorkingGroups::Table, WorkingGroups::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_webinars_group",
                Webinars::Table,
                Webinars::WorkingGroupId,
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(WebinarPresenters::Table)
                    .col(pk_auto(WebinarPresenters::Id))
                    .col(integer(WebinarPresenters::WebinarId))
                    .col(integer(WebinarPresenters::OrganisationId))
                    .col(integer(WebinarPresenters::Position))
                    .foreign_key(&mut cascade(
                        (WebinarPresenters::Table, WebinarPresenters::WebinarId),
                        (Webinars::Table, Webinars::Id),
                    ))
                    .foreign_key(&mut fk(
                        (WebinarPresenters::Table, WebinarPresenters::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_webinar_presenters_webinar",
                WebinarPresenters::Table,
                WebinarPresenters::WebinarId,
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(WebinarGoodPractices::Table)
                    .col(pk_auto(WebinarGoodPractices::Id))
                    .col(integer(WebinarGoodPractices::WebinarId))
                    .col(integer(WebinarGoodPractices::GoodPracticeId))
                    .col(integer(WebinarGoodPractices::Position))
                    .foreign_key(&mut cascade(
                        (WebinarGoodPractices::Table, WebinarGoodPractices::WebinarId),
                        (Webinars::Table, Webinars::Id),
                    ))
                    .foreign_key(&mut fk(
                        (
                            WebinarGoodPractices::Table,
                            WebinarGoodPractices::GoodPracticeId,
                        ),
                        (GoodPractices::Table, GoodPractices::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_webinar_good_practices_webinar",
                WebinarGoodPractices::Table,
                WebinarGoodPractices::WebinarId,
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(PlenaryOutcomes::Table)
                    .col(pk_auto(PlenaryOutcomes::Id))
                    .col(integer(PlenaryOutcomes::EventId))
                    .col(string(PlenaryOutcomes::Section))
                    .col(string(PlenaryOutcomes::Heading))
                    .col(text_null(PlenaryOutcomes::Note))
                    .col(text(PlenaryOutcomes::SummaryPoints))
                    .col(text(PlenaryOutcomes::Recommendations))
                    .col(integer(PlenaryOutcomes::Position))
                    .foreign_key(&mut cascade(
                        (PlenaryOutcomes::Table, PlenaryOutcomes::EventId),
                        (Events::Table, Events::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_plenary_outcomes_event",
                PlenaryOutcomes::Table,
                PlenaryOutcomes::EventId,
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PlenaryOutcomeGroups::Table)
                    .col(pk_auto(PlenaryOutcomeGroups::Id))
                    .col(integer(PlenaryOutcomeGroups::PlenaryOutcomeId))
                    .col(integer(PlenaryOutcomeGroups::WorkingGroupId))
                    .col(integer(PlenaryOutcomeGroups::Position))
                    .foreign_key(&mut cascade(
                        (
                            PlenaryOutcomeGroups::Table,
                            PlenaryOutcomeGroups::PlenaryOutcomeId,
                        ),
                        (PlenaryOutcomes::Table, PlenaryOutcomes::Id),
                    ))
                    .foreign_key(&mut fk(
                        (
                            PlenaryOutcomeGroups::Table,
                            PlenaryOutcomeGroups::WorkingGroupId,
                        ),
                        (WorkingGroups::Table, WorkingGroups::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_plenary_outcome_groups_outcome",
                PlenaryOutcomeGroups::Table,
                PlenaryOutcomeGroups::PlenaryOutcomeId,
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Awards::Table)
                    .col(pk_auto(Awards::Id))
                    .col(string(Awards::Name))
                    .col(integer_null(Awards::Edition))
                    .col(integer(Awards::Year))
                    .col(text(Awards::Criteria))
                    .col(integer_null(Awards::Applications))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AwardWinners::Table)
                    .col(pk_auto(AwardWinners::Id))
                    .col(integer(AwardWinners::AwardId))
                    .col(string(AwardWinners::Name))
                    .col(string(AwardWinners::Activity))
                    .col(integer_null(AwardWinners::OrganisationId))
                    .col(integer(AwardWinners::Position))
                    .foreign_key(&mut cascade(
                        (AwardWinners::Table, AwardWinners::AwardId),
                        (Awards::Table, Awards::Id),
                    ))
                    .foreign_key(&mut fk(
                        (AwardWinners::Table, AwardWinners::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_award_winners_award",
                AwardWinners::Table,
                AwardWinners::AwardId,
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(TerritoryFacts::Table)
                    .col(pk_auto(TerritoryFacts::Id))
                    .col(integer_null(TerritoryFacts::TerritoryId))
                    .col(string_null(TerritoryFacts::Country))
                    .col(string(TerritoryFacts::Figure))
                    .col(double(TerritoryFacts::Value))
                    .col(string(TerritoryFacts::Unit))
                    .col(integer_null(TerritoryFacts::Year))
                    .col(string_null(TerritoryFacts::Qualifier))
                    .col(text(TerritoryFacts::SourceText))
                    .col(string_null(TerritoryFacts::Section))
                    .foreign_key(&mut fk(
                        (TerritoryFacts::Table, TerritoryFacts::TerritoryId),
                        (Territories::Table, Territories::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_territory_facts_territory",
                TerritoryFacts::Table,
                TerritoryFacts::TerritoryId,
            ))
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            TerritoryFacts::Table.into_iden(),
            AwardWinners::Table.into_iden(),
            Awards::Table.into_iden(),
            PlenaryOutcomeGroups::Table.into_iden(),
            PlenaryOutcomes::Table.into_iden(),
            WebinarGoodPractices::Table.into_iden(),
            WebinarPresenters::Table.into_iden(),
            Webinars::Table.into_iden(),
            GoodPractices::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
