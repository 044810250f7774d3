//! Benchmark rounds and benchmarks: members edit their organisation's draft, the coordinator
//! validates; leading members read their learning members' benchmarks.

use chrono::NaiveDate;
use mega_domain::{
    Action, Actor, Benchmark, BenchmarkId, BenchmarkRound, BenchmarkRoundId, BenchmarkStatus,
    MembershipRole, OrganisationId, Score, ThematicAreaId, ValidationError, WorkingGroupId,
    authorize, benchmark::check_scores, working_group::parse_title,
};
use mega_persistence::{
    Database, TransactionTrait, benchmarks as repo, organisations, thematic_areas, working_groups,
};

use super::{ServiceError, ServiceResult, actor_id, conflict_as, record};

/// The groups in which `organisation` is a learning member (the facts `ReadBenchmark` needs).
pub async fn learning_groups(
    db: &Database,
    organisation: OrganisationId,
) -> ServiceResult<Vec<WorkingGroupId>> {
    Ok(
        working_groups::memberships_of_organisations(db.conn(), &[organisation])
            .await?
            .into_iter()
            .filter(|m| m.role == MembershipRole::Learning)
            .map(|m| m.working_group_id)
            .collect(),
    )
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

/// The organisations whose benchmarks `actor` may read; `None` means all.
pub async fn readable_organisations(
    db: &Database,
    actor: &Actor,
) -> ServiceResult<Option<Vec<OrganisationId>>> {
    let Actor::User(principal) = actor else {
        return Err(ServiceError::Denied(mega_domain::Denial::Unauthenticated));
    };
    if principal.role == mega_domain::GlobalRole::Coordinator {
        return Ok(None);
    }
    let led: Vec<WorkingGroupId> = principal
        .memberships
        .iter()
        .filter(|(_, role)| *role == MembershipRole::Leading)
        .map(|(group, _)| *group)
        .collect();
    let mut readable: Vec<OrganisationId> = working_groups::memberships_of_groups(db.conn(), &led)
        .await?
        .into_iter()
        .filter(|m| m.role == MembershipRole::Learning)
        .map(|m| m.organisation_id)
        .collect();
    readable.extend(principal.organisation_id);
    readable.sort();
    readable.dedup();
    // The policy has the last word on each; this only narrows the query.
    let mut allowed = Vec::new();
    for organisation in readable {
        if may_read(db, actor, organisation).await? {
            allowed.push(organisation);
        }
    }
    Ok(Some(allowed))
}

/// Creates a benchmarking round.
pub async fn create_round(
    db: &Database,
    actor: &Actor,
    name: &str,
    held_on: NaiveDate,
) -> ServiceResult<BenchmarkRound> {
    authorize(actor, Action::ManageBenchmarkRounds)?;
    let name = parse_title("name", name)?;
    let txn = db.conn().begin().await?;
    let round = repo::create_round(&txn, &name, held_on)
        .await
        .map_err(conflict_as(
            "name",
            "A round with this name exists already.",
        ))?;
    record(
        &txn,
        actor_id(actor),
        "createBenchmarkRound",
        "BenchmarkRound",
        round.id.0,
        None::<&()>,
        Some(&round),
    )
    .await?;
    txn.commit().await?;
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
    if organisations::find_by_ids(db.conn(), &[organisation])
        .await?
        .is_empty()
    {
        return Err(ServiceError::NotFound("organisationId"));
    }
    if repo::rounds_by_ids(db.conn(), &[round]).await?.is_empty() {
        return Err(ServiceError::NotFound("roundId"));
    }
    let txn = db.conn().begin().await?;
    let benchmark = repo::create(&txn, organisation, round)
        .await
        .map_err(conflict_as(
            "roundId",
            "The organisation has a benchmark in this round already.",
        ))?;
    record(
        &txn,
        actor_id(actor),
        "createBenchmark",
        "Benchmark",
        benchmark.id.0,
        None::<&()>,
        Some(&benchmark),
    )
    .await?;
    txn.commit().await?;
    Ok(benchmark)
}

async fn load_for_edit(db: &Database, actor: &Actor, id: BenchmarkId) -> ServiceResult<Benchmark> {
    authorize(actor, Action::ReadNetwork)?;
    let benchmark = repo::find(db.conn(), id)
        .await?
        .ok_or(ServiceError::NotFound("id"))?;
    // Someone who may not read it must not learn anything more about it than "no".
    let learning_in = learning_groups(db, benchmark.organisation_id).await?;
    authorize(
        actor,
        Action::ReadBenchmark {
            owner: benchmark.organisation_id,
            owner_learning_in: &learning_in,
        },
    )?;
    Ok(benchmark)
}

/// Replaces a draft's cells and needs at `expected_version`.
pub async fn update(
    db: &Database,
    actor: &Actor,
    id: BenchmarkId,
    expected_version: i32,
    scores: Vec<Score>,
    needs: Vec<ThematicAreaId>,
) -> ServiceResult<Benchmark> {
    let before = load_for_edit(db, actor, id).await?;
    let validated = before.status == BenchmarkStatus::Validated;
    authorize(
        actor,
        Action::EditBenchmark {
            owner: before.organisation_id,
            validated,
        },
    )?;
    check_scores(&scores)?;
    let mut needs = needs;
    needs.sort();
    needs.dedup();
    if thematic_areas::find_by_ids(db.conn(), &needs).await?.len() != needs.len() {
        return Err(ValidationError::new(
            "needAreaIds",
            "NOT_FOUND",
            "An area in needAreaIds does not exist.",
        )
        .into());
    }
    let txn = db.conn().begin().await?;
    let after = repo::replace_content(&txn, id, expected_version, &scores, &needs).await?;
    record(
        &txn,
        actor_id(actor),
        "updateBenchmark",
        "Benchmark",
        id.0,
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
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
    let before = repo::find(db.conn(), id)
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
    let by = actor_id(actor).ok_or(ServiceError::Denied(mega_domain::Denial::Unauthenticated))?;
    let txn = db.conn().begin().await?;
    let after = repo::validate(&txn, id, expected_version, by).await?;
    record(
        &txn,
        actor_id(actor),
        "validateBenchmark",
        "Benchmark",
        id.0,
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}
