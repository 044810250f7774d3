//! Repository of benchmark rounds and benchmarks (with their score cells and needs).

use std::collections::HashMap;

use chrono::{NaiveDate, Utc};
use mega_domain::{
    Benchmark, BenchmarkId, BenchmarkRound, BenchmarkRoundId, BenchmarkStatus, Dimension, KeyActor,
    Level, OrganisationId, Page, PageRequest, Score, ThematicAreaId, UserId,
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};

use crate::entities::{benchmark, benchmark_need, benchmark_round, benchmark_score};
use crate::error::{PersistenceError, Result};
use crate::paging::fetch_page;

fn round_to_domain(row: benchmark_round::Model) -> Result<BenchmarkRound> {
    Ok(BenchmarkRound {
        id: BenchmarkRoundId(row.id),
        name: row.name,
        held_on: row.held_on,
    })
}

/// Rounds, newest first.
pub async fn rounds(
    conn: &impl ConnectionTrait,
    request: PageRequest,
) -> Result<Page<BenchmarkRound>> {
    let select = benchmark_round::Entity::find()
        .order_by_desc(benchmark_round::Column::HeldOn)
        .order_by_desc(benchmark_round::Column::Id);
    fetch_page(conn, select, request, round_to_domain).await
}

/// The rounds with the given ids, in one statement.
pub async fn rounds_by_ids(
    conn: &impl ConnectionTrait,
    ids: &[BenchmarkRoundId],
) -> Result<Vec<BenchmarkRound>> {
    benchmark_round::Entity::find()
        .filter(benchmark_round::Column::Id.is_in(ids.iter().map(|id| id.0)))
        .all(conn)
        .await?
        .into_iter()
        .map(round_to_domain)
        .collect()
}

/// Creates a round; [`PersistenceError::Conflict`] when the name is taken.
pub async fn create_round(
    conn: &impl ConnectionTrait,
    name: &str,
    held_on: NaiveDate,
) -> Result<BenchmarkRound> {
    let row = benchmark_round::ActiveModel {
        name: Set(name.to_owned()),
        held_on: Set(held_on),
        ..Default::default()
    };
    round_to_domain(
        benchmark_round::Entity::insert(row)
            .exec_with_returning(conn)
            .await?,
    )
}

/// Loads scores and needs of `rows` in two statements and assembles the benchmarks.
async fn assemble(
    conn: &impl ConnectionTrait,
    rows: Vec<benchmark::Model>,
) -> Result<Vec<Benchmark>> {
    let ids: Vec<i32> = rows.iter().map(|row| row.id).collect();
    let mut scores: HashMap<i32, Vec<Score>> = HashMap::new();
    let mut needs: HashMap<i32, Vec<ThematicAreaId>> = HashMap::new();
    if !ids.is_empty() {
        let score_rows = benchmark_score::Entity::find()
            .filter(benchmark_score::Column::BenchmarkId.is_in(ids.clone()))
            .order_by_asc(benchmark_score::Column::Id)
            .all(conn)
            .await?;
        for row in score_rows {
            let corrupt = |what: &str| {
                PersistenceError::Corrupt(format!("benchmark score {}: {what}", row.id))
            };
            let score = Score {
                key_actor: KeyActor::from_code(&row.key_actor)
                    .ok_or_else(|| corrupt("key actor"))?,
                dimension: Dimension::from_code(&row.dimension)
                    .ok_or_else(|| corrupt("dimension"))?,
                level: row
                    .level
                    .map(Level::parse)
                    .transpose()
                    .map_err(|_| corrupt("level"))?,
                achievements: row.achievements,
                needs: row.needs,
                gaps: row.gaps,
            };
            scores.entry(row.benchmark_id).or_default().push(score);
        }
        let need_rows = benchmark_need::Entity::find()
            .filter(benchmark_need::Column::BenchmarkId.is_in(ids))
            .order_by_asc(benchmark_need::Column::ThematicAreaId)
            .all(conn)
            .await?;
        for row in need_rows {
            needs
                .entry(row.benchmark_id)
                .or_default()
                .push(ThematicAreaId(row.thematic_area_id));
        }
    }
    rows.into_iter()
        .map(|row| {
            Ok(Benchmark {
                id: BenchmarkId(row.id),
                organisation_id: OrganisationId(row.organisation_id),
                round_id: BenchmarkRoundId(row.round_id),
                status: BenchmarkStatus::from_code(&row.status).ok_or_else(|| {
                    PersistenceError::Corrupt(format!("benchmark {} status", row.id))
                })?,
                version: row.version,
                scores: scores.remove(&row.id).unwrap_or_default(),
                need_area_ids: needs.remove(&row.id).unwrap_or_default(),
            })
        })
        .collect()
}

/// One benchmark with its cells and needs.
pub async fn find(conn: &impl ConnectionTrait, id: BenchmarkId) -> Result<Option<Benchmark>> {
    let rows = benchmark::Entity::find_by_id(id.0).all(conn).await?;
    Ok(assemble(conn, rows).await?.pop())
}

/// The benchmarks of the given organisations, newest round first, in three statements.
pub async fn of_organisations(
    conn: &impl ConnectionTrait,
    organisations: &[OrganisationId],
) -> Result<Vec<Benchmark>> {
    let rows = benchmark::Entity::find()
        .filter(benchmark::Column::OrganisationId.is_in(organisations.iter().map(|id| id.0)))
        .order_by_desc(benchmark::Column::RoundId)
        .all(conn)
        .await?;
    assemble(conn, rows).await
}

/// Starts a draft benchmark; [`PersistenceError::Conflict`] when the organisation has one in
/// that round.
pub async fn create(
    conn: &impl ConnectionTrait,
    organisation: OrganisationId,
    round: BenchmarkRoundId,
) -> Result<Benchmark> {
    let now = Utc::now();
    let row = benchmark::ActiveModel {
        organisation_id: Set(organisation.0),
        round_id: Set(round.0),
        status: Set(BenchmarkStatus::Draft.code().to_owned()),
        version: Set(1),
        validated_at: Set(None),
        validated_by: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    let inserted = benchmark::Entity::insert(row)
        .exec_with_returning(conn)
        .await?;
    assemble(conn, vec![inserted])
        .await?
        .pop()
        .ok_or(PersistenceError::NotFound)
}

/// Raises the version from `expected` by one, or fails with
/// [`PersistenceError::StaleVersion`]; `status` is set when given.
async fn bump(
    conn: &impl ConnectionTrait,
    id: BenchmarkId,
    expected: i32,
    validated_by: Option<UserId>,
) -> Result<()> {
    let mut update =
        benchmark::Entity::update_many().col_expr(benchmark::Column::UpdatedAt, Utc::now().into());
    if let Some(user) = validated_by {
        update = update
            .col_expr(
                benchmark::Column::Status,
                BenchmarkStatus::Validated.code().into(),
            )
            .col_expr(benchmark::Column::ValidatedAt, Some(Utc::now()).into())
            .col_expr(benchmark::Column::ValidatedBy, Some(user.0).into());
    }
    crate::versioned::update(conn, id.0, expected, update).await
}

/// Replaces the cells and needs of a benchmark at version `expected`.
pub async fn replace_content(
    conn: &impl ConnectionTrait,
    id: BenchmarkId,
    expected: i32,
    scores: &[Score],
    needs: &[ThematicAreaId],
) -> Result<Benchmark> {
    bump(conn, id, expected, None).await?;
    benchmark_score::Entity::delete_many()
        .filter(benchmark_score::Column::BenchmarkId.eq(id.0))
        .exec(conn)
        .await?;
    benchmark_need::Entity::delete_many()
        .filter(benchmark_need::Column::BenchmarkId.eq(id.0))
        .exec(conn)
        .await?;
    if !scores.is_empty() {
        let rows = scores.iter().map(|score| benchmark_score::ActiveModel {
            benchmark_id: Set(id.0),
            key_actor: Set(score.key_actor.code().to_owned()),
            dimension: Set(score.dimension.code().to_owned()),
            level: Set(score.level.map(|level| i32::from(level.value()))),
            achievements: Set(score.achievements.clone()),
            needs: Set(score.needs.clone()),
            gaps: Set(score.gaps.clone()),
            ..Default::default()
        });
        benchmark_score::Entity::insert_many(rows)
            .exec(conn)
            .await?;
    }
    if !needs.is_empty() {
        let rows = needs.iter().map(|area| benchmark_need::ActiveModel {
            benchmark_id: Set(id.0),
            thematic_area_id: Set(area.0),
            ..Default::default()
        });
        benchmark_need::Entity::insert_many(rows).exec(conn).await?;
    }
    find(conn, id).await?.ok_or(PersistenceError::NotFound)
}

/// Marks a benchmark at version `expected` as validated by `by`.
pub async fn validate(
    conn: &impl ConnectionTrait,
    id: BenchmarkId,
    expected: i32,
    by: UserId,
) -> Result<Benchmark> {
    bump(conn, id, expected, Some(by)).await?;
    find(conn, id).await?.ok_or(PersistenceError::NotFound)
}

/// (organisation, area) for every need marked by a validated benchmark.
pub async fn validated_needs(
    conn: &impl ConnectionTrait,
) -> Result<Vec<(OrganisationId, ThematicAreaId)>> {
    let validated = benchmark::Entity::find()
        .filter(benchmark::Column::Status.eq(BenchmarkStatus::Validated.code()))
        .all(conn)
        .await?;
    let owner: HashMap<i32, i32> = validated
        .iter()
        .map(|row| (row.id, row.organisation_id))
        .collect();
    if owner.is_empty() {
        return Ok(Vec::new());
    }
    Ok(benchmark_need::Entity::find()
        .filter(benchmark_need::Column::BenchmarkId.is_in(owner.keys().copied()))
        .all(conn)
        .await?
        .into_iter()
        .filter_map(|row| {
            owner
                .get(&row.benchmark_id)
                .map(|org| (OrganisationId(*org), ThematicAreaId(row.thematic_area_id)))
        })
        .collect())
}

/// Benchmarks of the given organisations (all when `None`), optionally of one round, newest
/// round first.
pub async fn page(
    conn: &impl ConnectionTrait,
    organisations: Option<&[OrganisationId]>,
    round: Option<BenchmarkRoundId>,
    request: PageRequest,
) -> Result<Page<Benchmark>> {
    let mut condition = Condition::all();
    if let Some(organisations) = organisations {
        condition = condition
            .add(benchmark::Column::OrganisationId.is_in(organisations.iter().map(|id| id.0)));
    }
    if let Some(round) = round {
        condition = condition.add(benchmark::Column::RoundId.eq(round.0));
    }
    let select = benchmark::Entity::find()
        .filter(condition)
        .order_by_desc(benchmark::Column::RoundId)
        .order_by_asc(benchmark::Column::OrganisationId);
    let page = fetch_page(conn, select, request, Ok).await?;
    Ok(Page {
        items: assemble(conn, page.items).await?,
        offset: page.offset,
        total: page.total,
    })
}
