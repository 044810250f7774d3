//! Repository of awards (with their winners) and territory facts.

use std::collections::HashMap;

use mega_domain::evidence::{AwardFields, TerritoryFactFields};
use mega_domain::{
    Award, AwardId, AwardWinner, OrganisationId, Page, PageRequest, TerritoryFact, TerritoryFactId,
    TerritoryId,
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};

use crate::entities::{award, award_winner, territory_fact};
use crate::error::{PersistenceError, Result};
use crate::paging::fetch_page;

/// Adds the winners to award rows: one statement for any number of rows.
async fn hydrate(conn: &impl ConnectionTrait, rows: Vec<award::Model>) -> Result<Vec<Award>> {
    let ids: Vec<i32> = rows.iter().map(|row| row.id).collect();
    let mut winners: HashMap<i32, Vec<AwardWinner>> = HashMap::new();
    for winner in award_winner::Entity::find()
        .filter(award_winner::Column::AwardId.is_in(ids))
        .order_by_asc(award_winner::Column::Position)
        .all(conn)
        .await?
    {
        winners
            .entry(winner.award_id)
            .or_default()
            .push(AwardWinner {
                name: winner.name,
                activity: winner.activity,
                organisation_id: winner.organisation_id.map(OrganisationId),
            });
    }
    rows.into_iter()
        .map(|row| {
            Ok(Award {
                id: AwardId(row.id),
                criteria: serde_json::from_str(&row.criteria)
                    .map_err(|err| PersistenceError::Corrupt(format!("award {}: {err}", row.id)))?,
                winners: winners.remove(&row.id).unwrap_or_default(),
                name: row.name,
                edition: row.edition,
                year: row.year,
                applications: row.applications,
            })
        })
        .collect()
}

/// Awards, most recent year first.
pub async fn awards_page(conn: &impl ConnectionTrait, request: PageRequest) -> Result<Page<Award>> {
    let select = award::Entity::find()
        .order_by_desc(award::Column::Year)
        .order_by_asc(award::Column::Id);
    let page = fetch_page(conn, select, request, Ok).await?;
    Ok(Page {
        items: hydrate(conn, page.items).await?,
        offset: page.offset,
        total: page.total,
    })
}

/// One award.
pub async fn find_award(conn: &impl ConnectionTrait, id: AwardId) -> Result<Option<Award>> {
    let rows = award::Entity::find_by_id(id.0).all(conn).await?;
    Ok(hydrate(conn, rows).await?.pop())
}

/// Records an award with its winners.
pub async fn create_award(conn: &impl ConnectionTrait, fields: AwardFields) -> Result<Award> {
    let row = award::ActiveModel {
        name: Set(fields.name),
        edition: Set(fields.edition),
        year: Set(fields.year),
        criteria: Set(serde_json::to_string(&fields.criteria)
            .map_err(|err| PersistenceError::Corrupt(err.to_string()))?),
        applications: Set(fields.applications),
        ..Default::default()
    };
    let inserted = award::Entity::insert(row).exec_with_returning(conn).await?;
    write_winners(conn, inserted.id, fields.winners).await?;
    hydrate(conn, vec![inserted])
        .await?
        .pop()
        .ok_or(PersistenceError::NotFound)
}

/// Replaces an award's fields and winners.
pub async fn update_award(
    conn: &impl ConnectionTrait,
    id: AwardId,
    fields: AwardFields,
) -> Result<Award> {
    let row = award::ActiveModel {
        id: Set(id.0),
        name: Set(fields.name),
        edition: Set(fields.edition),
        year: Set(fields.year),
        criteria: Set(serde_json::to_string(&fields.criteria)
            .map_err(|err| PersistenceError::Corrupt(err.to_string()))?),
        applications: Set(fields.applications),
    };
    let updated = award::Entity::update(row).exec(conn).await?;
    write_winners(conn, id.0, fields.winners).await?;
    hydrate(conn, vec![updated])
        .await?
        .pop()
        .ok_or(PersistenceError::NotFound)
}

/// Deletes an award and its winners.
pub async fn delete_award(conn: &impl ConnectionTrait, id: AwardId) -> Result<()> {
    award_winner::Entity::delete_many()
        .filter(award_winner::Column::AwardId.eq(id.0))
        .exec(conn)
        .await?;
    award::Entity::delete_by_id(id.0).exec(conn).await?;
    Ok(())
}

/// Replaces an award's winners by `winners`, in their order.
async fn write_winners(
    conn: &impl ConnectionTrait,
    award: i32,
    winners: Vec<AwardWinner>,
) -> Result<()> {
    award_winner::Entity::delete_many()
        .filter(award_winner::Column::AwardId.eq(award))
        .exec(conn)
        .await?;
    for (position, winner) in (1..).zip(winners) {
        let row = award_winner::ActiveModel {
            award_id: Set(award),
            name: Set(winner.name),
            activity: Set(winner.activity),
            organisation_id: Set(winner.organisation_id.map(|id| id.0)),
            position: Set(position),
            ..Default::default()
        };
        award_winner::Entity::insert(row).exec(conn).await?;
    }
    Ok(())
}

fn fact_to_domain(row: territory_fact::Model) -> Result<TerritoryFact> {
    Ok(TerritoryFact {
        id: TerritoryFactId(row.id),
        territory_id: row.territory_id.map(TerritoryId),
        country: row.country,
        figure: row.figure,
        value: row.value,
        unit: row.unit,
        year: row.year,
        qualifier: row.qualifier,
        source_text: row.source_text,
        section: row.section,
    })
}

/// Territory facts in the order recorded, optionally of one territory.
pub async fn facts_page(
    conn: &impl ConnectionTrait,
    territory: Option<TerritoryId>,
    request: PageRequest,
) -> Result<Page<TerritoryFact>> {
    let mut select = territory_fact::Entity::find().order_by_asc(territory_fact::Column::Id);
    if let Some(territory) = territory {
        select = select.filter(territory_fact::Column::TerritoryId.eq(territory.0));
    }
    fetch_page(conn, select, request, fact_to_domain).await
}

/// The facts of the given territories, in the order recorded.
pub async fn facts_of_territories(
    conn: &impl ConnectionTrait,
    territories: &[TerritoryId],
) -> Result<Vec<TerritoryFact>> {
    territory_fact::Entity::find()
        .filter(territory_fact::Column::TerritoryId.is_in(territories.iter().map(|id| id.0)))
        .order_by_asc(territory_fact::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(fact_to_domain)
        .collect()
}

/// One fact.
pub async fn find_fact(
    conn: &impl ConnectionTrait,
    id: TerritoryFactId,
) -> Result<Option<TerritoryFact>> {
    territory_fact::Entity::find_by_id(id.0)
        .one(conn)
        .await?
        .map(fact_to_domain)
        .transpose()
}

/// Records a fact.
pub async fn create_fact(
    conn: &impl ConnectionTrait,
    fields: TerritoryFactFields,
) -> Result<TerritoryFact> {
    let row = territory_fact::ActiveModel {
        territory_id: Set(fields.territory_id.map(|id| id.0)),
        country: Set(fields.country),
        figure: Set(fields.figure),
        value: Set(fields.value),
        unit: Set(fields.unit),
        year: Set(fields.year),
        qualifier: Set(fields.qualifier),
        source_text: Set(fields.source_text),
        section: Set(fields.section),
        ..Default::default()
    };
    fact_to_domain(
        territory_fact::Entity::insert(row)
            .exec_with_returning(conn)
            .await?,
    )
}

/// Replaces a fact's fields.
pub async fn update_fact(
    conn: &impl ConnectionTrait,
    id: TerritoryFactId,
    fields: TerritoryFactFields,
) -> Result<TerritoryFact> {
    let row = territory_fact::ActiveModel {
        id: Set(id.0),
        territory_id: Set(fields.territory_id.map(|id| id.0)),
        country: Set(fields.country),
        figure: Set(fields.figure),
        value: Set(fields.value),
        unit: Set(fields.unit),
        year: Set(fields.year),
        qualifier: Set(fields.qualifier),
        source_text: Set(fields.source_text),
        section: Set(fields.section),
    };
    fact_to_domain(territory_fact::Entity::update(row).exec(conn).await?)
}

/// Deletes a fact.
pub async fn delete_fact(conn: &impl ConnectionTrait, id: TerritoryFactId) -> Result<()> {
    territory_fact::Entity::delete_by_id(id.0)
        .exec(conn)
        .await?;
    Ok(())
}
