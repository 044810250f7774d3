//! Benchmark rounds and benchmarks: members edit their organisation's draft, the coordinator
//! validates; leading members read their learning members' benchmarks.

use mega_domain::benchmark::{self, BenchmarkDraft, BenchmarkRoundDraft};
use mega_domain::policy::scopes::{BenchmarkScope, benchmark_scope};
use mega_domain::{
    Action, Actor, Benchmark, BenchmarkId, BenchmarkRound, BenchmarkRoundId, BenchmarkStatus,
    Denial, OrganisationId, ValidationError, WorkingGroupId, authorize,
};
use mega_persistence::{
    Database, benchmarks as repo, organisations, thematic_areas, working_groups,
};

use super::unit_of_work::UnitOfWork;
use super::{ServiceError, ServiceResult, conflict_as};

/// The groups in which `organisation` is a learning member (the facts `ReadBenchmark` needs).
pub async fn learning_groups(
    db: &Database,
    organisation: OrganisationId,
) -> ServiceResult<Vec<WorkingGroupId>> {
    let memberships =
        working_groups::memberships_of_organisations(db.conn(), &[organisation]).await?;
    Ok(benchmark::learning_groups(&memberships))
}

/// Whether `actor` may read `organisation`'s benchmarks.
pub async fn may_read(
    db: &Database,
    actor: &Actor,
    organisation: OrganisationId,
) -> ServiceResult<bool> {
    let learning_in = learning_groups(db, organisation).await?;
    Ok(authorize(
        actor,
        Action::ReadBenchmark {
            owner: organisation,
            owner_learning_in: &learning_in,
        },
    )
    .is_ok())
}

/// The organisations whose benchmarks `actor` may read, as the policy scopes them; `None`
/// means all.
pub async fn readable_organisations(
    db: &Database,
    actor: &Actor,
) -> ServiceResult<Option<Vec<OrganisationId>>> {
    Ok(match benchmark_scope(actor)? {
        BenchmarkScope::Every => None,
        BenchmarkScope::Some { own, learners_in } => {
            let memberships =
                working_groups::memberships_of_groups(db.conn(), &learners_in).await?;
            Some(benchmark::readable_organisations(own, &memberships))
        }
    })
}

/// Creates a benchmarking round.
pub async fn create_round(
    db: &Database,
    actor: &Actor,
    draft: BenchmarkRoundDraft,
) -> ServiceResult<BenchmarkRound> {
    authorize(actor, Action::ManageBenchmarkRounds)?;
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let round = repo::create_round(uow.txn(), &fields.name, fields.held_on)
        .await
        .map_err(conflict_as(
            "name",
            "A round with this name exists already.",
        ))?;
    uow.created("createBenchmarkRound", &round).await?;
    uow.commit().await?;
    Ok(round)
}

/// Starts an organisation's draft benchmark for a round.
pub async fn create(
    db: &Database,
    actor: &Actor,
    organisation: OrganisationId,
    round: BenchmarkRoundId,
) -> ServiceResult<Benchmark> {
    authorize(
        actor,
        Action::EditBenchmark {
            owner: organisation,
            validated: false,
        },
    )?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    if organisations::find_by_ids(uow.txn(), &[organisation])
        .await?
        .is_empty()
    {
        return Err(ServiceError::NotFound("organisationId"));
    }
    if repo::rounds_by_ids(uow.txn(), &[round]).await?.is_empty() {
        return Err(ServiceError::NotFound("roundId"));
    }
    let benchmark = repo::create(uow.txn(), organisation, round)
        .await
        .map_err(conflict_as(
            "roundId",
            "The organisation has a benchmark in this round already.",
        ))?;
    uow.created("createBenchmark", &benchmark).await?;
    uow.commit().await?;
    Ok(benchmark)
}

/// Replaces a draft's cells and needs at `expected_version`. Editing implies reading, so
/// whoever may not edit it learns only "no".
pub async fn update(
    db: &Database,
    actor: &Actor,
    id: BenchmarkId,
    expected_version: i32,
    draft: BenchmarkDraft,
) -> ServiceResult<Benchmark> {
    // Signed in before anything is looked up.
    authorize(actor, Action::ReadNetwork)?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = repo::find(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    authorize(
        actor,
        Action::EditBenchmark {
            owner: before.organisation_id,
            validated: before.status == BenchmarkStatus::Validated,
        },
    )?;
    let fields = draft.validate().map_err(ServiceError::Invalid)?;
    if thematic_areas::find_by_ids(uow.txn(), &fields.need_area_ids)
        .await?
        .len()
        != fields.need_area_ids.len()
    {
        return Err(ValidationError::new(
            "needAreaIds",
            "NOT_FOUND",
            "An area in needAreaIds does not exist.",
        )
        .into());
    }
    let after = repo::replace_content(
        uow.txn(),
        id,
        expected_version,
        &fields.scores,
        &fields.need_area_ids,
    )
    .await?;
    uow.updated("updateBenchmark", &before, &after).await?;
    uow.commit().await?;
    Ok(after)
}

/// Validates a benchmark at `expected_version`.
pub async fn validate(
    db: &Database,
    actor: &Actor,
    id: BenchmarkId,
    expected_version: i32,
) -> ServiceResult<Benchmark> {
    authorize(actor, Action::ValidateBenchmark)?;
    let by = actor
        .user_id()
        .ok_or(ServiceError::Denied(Denial::Unauthenticated))?;
    let mut uow = UnitOfWork::begin(db, actor).await?;
    let before = repo::find(uow.txn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    if before.status == BenchmarkStatus::Validated {
        return Err(ValidationError::new(
            "id",
            "ALREADY_VALIDATED",
            "The benchmark is validated already.",
        )
        .into());
    }
    let after = repo::validate(uow.txn(), id, expected_version, by).await?;
    uow.updated("validateBenchmark", &before, &after).await?;
    uow.commit().await?;
    Ok(after)
}
