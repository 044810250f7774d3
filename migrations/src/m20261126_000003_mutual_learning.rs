//! Mutual learning: events with their agenda (items and presentations) and participants,
//! proposed actions ("ask the expert") and the feedback threads on them.

use sea_orm_migration::{prelude::*, schema::*};

use crate::support::{cascade, fk, index};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261126_000003_mutual_learning"
    }
}

#[derive(DeriveIden)]
enum Events {
    Table,
    Id,
    Slug,
    Title,
    Venue,
    City,
    TerritoryId,
    StartDate,
    EndDate,
    DatesText,
}

#[derive(DeriveIden)]
enum AgendaItems {
    Table,
    Id,
    EventId,
    Date,
    StartTime,
    EndTime,
    TimeText,
    Title,
    Session,
    Track,
    WorkingGroupId,
    Description,
    ExpertFeedbackMinutes,
    ExpertFeedbackText,
    Position,
}

#[derive(DeriveIden)]
enum AgendaPresentations {
    Table,
    Id,
    AgendaItemId,
    OrganisationId,
    Minutes,
    Actions,
    Position,
}

#[derive(DeriveIden)]
enum EventParticipants {
    Table,
    Id,
    EventId,
    FirstName,
    LastName,
    OrganisationId,
    OrganisationText,
    Country,
}

#[derive(DeriveIden)]
enum ProposedActions {
    Table,
    Id,
    OrganisationId,
    WorkingGroupId,
    Title,
    Description,
    GuidingQuestions,
    GuidingQuestionsContext,
    Section,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Feedback {
    Table,
    Id,
    ProposedActionId,
    AuthorId,
    Body,
    Kind,
    ParentId,
    CreatedAt,
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
enum WorkingGroups {
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
                    .table(Events::Table)
                    .col(pk_auto(Events::Id))
                    .col(string_uniq(Events::Slug))
                    .col(string(Events::Title))
                    .col(string(Events::Venue))
                    .col(string(Events::City))
                    .col(integer_null(Events::TerritoryId))
                    .col(date(Events::StartDate))
                    .col(date(Events::EndDate))
                    .col(string_null(Events::DatesText))
                    .foreign_key(&mut fk(
                        (Events::Table, Events::TerritoryId),
                        (Territories::Table, Territories::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AgendaItems::Table)
                    .col(pk_auto(AgendaItems::Id))
                    .col(integer(AgendaItems::EventId))
                    .col(date(AgendaItems::Date))
                    .col(time_null(AgendaItems::StartTime))
                    .col(time_null(AgendaItems::EndTime))
                    .col(string_null(AgendaItems::TimeText))
                    .col(string(AgendaItems::Title))
                    .col(string_null(AgendaItems::Session))
                    .col(string_null(AgendaItems::Track))
                    .col(integer_null(AgendaItems::WorkingGroupId))
                    .col(text_null(AgendaItems::Description))
                    .col(integer_null(AgendaItems::ExpertFeedbackMinutes))
                    .col(string_null(AgendaItems::ExpertFeedbackText))
                    .col(integer(AgendaItems::Position))
                    .foreign_key(&mut cascade(
                        (AgendaItems::Table, AgendaItems::EventId),
                        (Events::Table, Events::Id),
                    ))
                    .foreign_key(&mut fk(
                        (AgendaItems::Table, AgendaItems::WorkingGroupId),
                        (WorkingGroups::Table, WorkingGroups::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_agenda_items_event",
                AgendaItems::Table,
                AgendaItems::EventId,
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AgendaPresentations::Table)
                    .col(pk_auto(AgendaPresentations::Id))
                    .col(integer(AgendaPresentations::AgendaItemId))
                    .col(integer(AgendaPresentations::OrganisationId))
                    .col(integer(AgendaPresentations::Minutes))
                    .col(integer(AgendaPresentations::Actions))
                    .col(integer(AgendaPresentations::Position))
                    .foreign_key(&mut cascade(
                        (
                            AgendaPresentations::Table,
                            AgendaPresentations::AgendaItemId,
                        ),
                        (AgendaItems::Table, AgendaItems::Id),
                    ))
                    .foreign_key(&mut fk(
                        (
                            AgendaPresentations::Table,
                            AgendaPresentations::OrganisationId,
                        ),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_agenda_presentations_item",
                AgendaPresentations::Table,
                AgendaPresentations::AgendaItemId,
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EventParticipants::Table)
                    .col(pk_auto(EventParticipants::Id))
                    .col(integer(EventParticipants::EventId))
                    .col(string(EventParticipants::FirstName))
                    .col(string(EventParticipants::LastName))
                    .col(integer_null(EventParticipants::OrganisationId))
                    .col(string(EventParticipants::OrganisationText))
                    .col(string(EventParticipants::Country))
                    .foreign_key(&mut cascade(
                        (EventParticipants::Table, EventParticipants::EventId),
                        (Events::Table, Events::Id),
                    ))
                    .foreign_key(&mut fk(
                        (EventParticipants::Table, EventParticipants::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_event_participants_event",
                EventParticipants::Table,
                EventParticipants::EventId,
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProposedActions::Table)
                    .col(pk_auto(ProposedActions::Id))
                    .col(integer(ProposedActions::OrganisationId))
                    .col(integer(ProposedActions::WorkingGroupId))
                    .col(string(ProposedActions::Title))
                    .col(text(ProposedActions::Description))
                    .col(text(ProposedActions::GuidingQuestions))
                    .col(text(ProposedActions::GuidingQuestionsContext))
                    .col(string_null(ProposedActions::Section))
                    .col(timestamp_with_time_zone(ProposedActions::CreatedAt))
                    .foreign_key(&mut fk(
                        (ProposedActions::Table, ProposedActions::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .foreign_key(&mut fk(
                        (ProposedActions::Table, ProposedActions::WorkingGroupId),
                        (WorkingGroups::Table, WorkingGroups::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_proposed_actions_group",
                ProposedActions::Table,
                ProposedActions::WorkingGroupId,
            ))
            .await?;
        // Feedback is on a proposed action for now; later subjects (plans, actions, progress
        // reports) get their own nullable column, so each keeps a real foreign key.
        manager
            .create_table(
                Table::create()
                    .table(Feedback::Table)
                    .col(pk_auto(Feedback::Id))
                    .col(integer_null(Feedback::ProposedActionId))
                    .col(integer(Feedback::AuthorId))
                    .col(text(Feedback::Body))
                    .col(string(Feedback::Kind))
                    .col(integer_null(Feedback::ParentId))
                    .col(timestamp_with_time_zone(Feedback::CreatedAt))
                    .foreign_key(&mut cascade(
                        (Feedback::Table, Feedback::ProposedActionId),
                        (ProposedActions::Table, ProposedActions::Id),
                    ))
                    .foreign_key(&mut fk(
                        (Feedback::Table, Feedback::AuthorId),
                        (Users::Table, Users::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (Feedback::Table, Feedback::ParentId),
                        (Feedback::Table, Feedback::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_feedback_proposed_action",
                Feedback::Table,
                Feedback::ProposedActionId,
            ))
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Feedback::Table.into_iden(),
            ProposedActions::Table.into_iden(),
            EventParticipants::Table.into_iden(),
            AgendaPresentations::Table.into_iden(),
            AgendaItems::Table.into_iden(),
            Events::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
