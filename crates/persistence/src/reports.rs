//! Reporting aggregates, computed in the database: one grouped statement per question, so
//! their cost does not grow with the number of plans, steps or reports. The SQL is portable
//! between SQLite and PostgreSQL (`?` placeholders are numbered for PostgreSQL).
//!
//! A step's status is its latest report's (highest id), `NOT_STARTED` without one. Dates of
//! steps are stored as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; [`LAST_DAY`] turns one into a
//! string that compares like its last day (`2019` → `2019-12-31`, `2019-02` → `2019-02-31`,
//! above every day of February).

use chrono::NaiveDate;
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement, Value};

use crate::error::Result;

/// SQL for the last day of a stored partial date in column `{col}`.
const LAST_DAY: &str = "({col} || SUBSTR('-12-31', LENGTH({col}) - 3))";

/// The latest report of step `s`, for a `LEFT JOIN progress_reports pr ON …`.
const LATEST_REPORT: &str =
    "pr.id = (SELECT MAX(r.id) FROM progress_reports r WHERE r.step_id = s.id)";

fn last_day(col: &str) -> String {
    LAST_DAY.replace("{col}", col)
}

/// Builds a statement, numbering `?` as `$1`, `$2`, … on PostgreSQL.
fn statement(backend: DatabaseBackend, sql: &str, values: Vec<Value>) -> Statement {
    let sql = if backend == DatabaseBackend::Postgres {
        let mut numbered = String::with_capacity(sql.len() + 8);
        let mut n = 0;
        for ch in sql.chars() {
            if ch == '?' {
                n += 1;
                numbered.push_str(&format!("${n}"));
            } else {
                numbered.push(ch);
            }
        }
        numbered
    } else {
        sql.to_owned()
    };
    Statement::from_sql_and_values(backend, sql, values)
}

/// `IN (?, ?, …)` for `codes`, with its values.
fn in_list(codes: &[&str]) -> (String, Vec<Value>) {
    let marks = vec!["?"; codes.len().max(1)].join(", ");
    let mut values: Vec<Value> = codes.iter().map(|code| (*code).into()).collect();
    if values.is_empty() {
        // `IN ()` is not SQL; a code no row has keeps the meaning "none".
        values.push("-".into());
    }
    (format!("IN ({marks})"), values)
}

async fn rows<C: ConnectionTrait>(
    conn: &C,
    sql: &str,
    values: Vec<Value>,
) -> Result<Vec<sea_orm::QueryResult>> {
    let backend = conn.get_database_backend();
    Ok(conn.query_all_raw(statement(backend, sql, values)).await?)
}

/// Plans per stage, among plans in `stages`.
pub async fn plans_by_stage(
    conn: &impl ConnectionTrait,
    stages: &[&str],
) -> Result<Vec<(String, i64)>> {
    let (stage_in, values) = in_list(stages);
    let sql = format!(
        "SELECT stage, COUNT(*) AS n FROM action_plans WHERE stage {stage_in} GROUP BY stage ORDER BY stage"
    );
    rows(conn, &sql, values)
        .await?
        .iter()
        .map(|row| Ok((row.try_get("", "stage")?, row.try_get("", "n")?)))
        .collect()
}

/// How steps are grouped in [`steps_by_status`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepGrouping {
    /// By the working group of the step's action's thematic area.
    WorkingGroup,
    /// By the plan's organisation.
    Organisation,
}

/// Steps of plans in `stages` per (group or organisation id, status).
pub async fn steps_by_status(
    conn: &impl ConnectionTrait,
    grouping: StepGrouping,
    stages: &[&str],
) -> Result<Vec<(i32, String, i64)>> {
    let (stage_in, values) = in_list(stages);
    // Steps of actions without a thematic area have no group: left out per group, counted
    // per organisation.
    let (key, group_filter) = match grouping {
        StepGrouping::WorkingGroup => ("wg.id", "AND wg.id IS NOT NULL"),
        StepGrouping::Organisation => ("p.organisation_id", ""),
    };
    let sql = format!(
        "SELECT {key} AS k, COALESCE(pr.status, 'NOT_STARTED') AS status, COUNT(*) AS n \
         FROM action_steps s \
         JOIN plan_actions a ON a.id = s.action_id \
         JOIN action_plans p ON p.id = a.action_plan_id \
         LEFT JOIN working_groups wg ON wg.thematic_area_id = a.thematic_area_id \
         LEFT JOIN progress_reports pr ON {LATEST_REPORT} \
         WHERE p.stage {stage_in} {group_filter} \
         GROUP BY {key}, COALESCE(pr.status, 'NOT_STARTED') \
         ORDER BY 1, 2"
    );
    rows(conn, &sql, values)
        .await?
        .iter()
        .map(|row| {
            Ok((
                row.try_get("", "k")?,
                row.try_get("", "status")?,
                row.try_get("", "n")?,
            ))
        })
        .collect()
}

/// A late step as the database finds it; how late is computed by the caller from the dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LateStepRow {
    /// The step.
    pub step_id: i32,
    /// Its action.
    pub action_id: i32,
    /// Its plan.
    pub plan_id: i32,
    /// The plan's organisation.
    pub organisation_id: i32,
    /// The working group of the action's area, if any.
    pub working_group_id: Option<i32>,
    /// Current end.
    pub end: String,
    /// Baseline end.
    pub baseline_end: Option<String>,
    /// Latest status, if reported.
    pub status: Option<String>,
}

/// Steps of plans in `stages` that may be late on `as_of`: their current end after their
/// baseline end, or their end passed while they are not DONE or CANCELLED. Ordered by plan and
/// step. A superset: a month-precision end padded to the 31st sorts after a day in the same
/// month (`2019-04-31` > `2019-04-30`), so callers keep the rows whose exact slippage is late.
pub async fn late_steps(
    conn: &impl ConnectionTrait,
    as_of: NaiveDate,
    stages: &[&str],
) -> Result<Vec<LateStepRow>> {
    let (stage_in, mut values) = in_list(stages);
    let end = last_day("s.end_date");
    let baseline = last_day("s.baseline_end");
    let sql = format!(
        "SELECT s.id AS step_id, s.action_id, p.id AS plan_id, p.organisation_id, wg.id AS group_id, \
                s.end_date, s.baseline_end, pr.status \
         FROM action_steps s \
         JOIN plan_actions a ON a.id = s.action_id \
         JOIN action_plans p ON p.id = a.action_plan_id \
         LEFT JOIN working_groups wg ON wg.thematic_area_id = a.thematic_area_id \
         LEFT JOIN progress_reports pr ON {LATEST_REPORT} \
         WHERE p.stage {stage_in} AND s.end_date IS NOT NULL \
           AND ((s.baseline_end IS NOT NULL AND {end} > {baseline}) \
             OR ({end} < ? AND (pr.status IS NULL OR pr.status NOT IN ('DONE', 'CANCELLED')))) \
         ORDER BY p.id, a.position, s.position, s.id"
    );
    values.push(as_of.format("%Y-%m-%d").to_string().into());
    rows(conn, &sql, values)
        .await?
        .iter()
        .map(|row| {
            Ok(LateStepRow {
                step_id: row.try_get("", "step_id")?,
                action_id: row.try_get("", "action_id")?,
                plan_id: row.try_get("", "plan_id")?,
                organisation_id: row.try_get("", "organisation_id")?,
                working_group_id: row.try_get("", "group_id")?,
                end: row.try_get("", "end_date")?,
                baseline_end: row.try_get("", "baseline_end")?,
                status: row.try_get("", "status")?,
            })
        })
        .collect()
}

/// Actions of plans in `stages` per (working group, origin).
pub async fn actions_by_origin(
    conn: &impl ConnectionTrait,
    stages: &[&str],
) -> Result<Vec<(i32, String, i64)>> {
    let (stage_in, values) = in_list(stages);
    let sql = format!(
        "SELECT wg.id AS g, a.origin, COUNT(*) AS n \
         FROM plan_actions a \
         JOIN action_plans p ON p.id = a.action_plan_id \
         JOIN working_groups wg ON wg.thematic_area_id = a.thematic_area_id \
         WHERE p.stage {stage_in} \
         GROUP BY wg.id, a.origin ORDER BY 1, 2"
    );
    rows(conn, &sql, values)
        .await?
        .iter()
        .map(|row| {
            Ok((
                row.try_get("", "g")?,
                row.try_get("", "origin")?,
                row.try_get("", "n")?,
            ))
        })
        .collect()
}

/// A step `s` still open: its latest report is neither DONE nor CANCELLED (or it has none). A
/// member whose steps in a group's area are all finished has nothing left to report there.
const OPEN_STEP: &str = "COALESCE((SELECT r0.status FROM progress_reports r0 WHERE r0.step_id = s.id \
     ORDER BY r0.created_at DESC, r0.id DESC LIMIT 1), 'NOT_STARTED') NOT IN ('DONE', 'CANCELLED')";

/// For each group's last call held on or before `as_of`: the learning members with an
/// IMPLEMENTING plan that has open steps in the group's area but no report on any step there
/// at that call. Rows of (group, call, organisation).
pub async fn missing_reports(
    conn: &impl ConnectionTrait,
    as_of: NaiveDate,
) -> Result<Vec<(i32, i32, i32)>> {
    let sql = format!(
        "SELECT c.working_group_id AS g, c.id AS c, p.organisation_id AS o \
         FROM coordination_calls c \
         JOIN working_groups wg ON wg.id = c.working_group_id \
         JOIN memberships m ON m.working_group_id = wg.id AND m.role = 'LEARNING' \
         JOIN action_plans p ON p.organisation_id = m.organisation_id AND p.stage = 'IMPLEMENTING' \
         WHERE c.id = (SELECT c2.id FROM coordination_calls c2 \
                       WHERE c2.working_group_id = c.working_group_id AND c2.held_on <= ? \
                       ORDER BY c2.held_on DESC, c2.id DESC LIMIT 1) \
           AND EXISTS (SELECT 1 FROM plan_actions a JOIN action_steps s ON s.action_id = a.id \
                       WHERE a.action_plan_id = p.id AND a.thematic_area_id = wg.thematic_area_id \
                         AND {OPEN_STEP}) \
           AND NOT EXISTS (SELECT 1 FROM progress_reports r \
                           JOIN action_steps s ON s.id = r.step_id \
                           JOIN plan_actions a ON a.id = s.action_id \
                           WHERE r.call_id = c.id AND r.plan_id = p.id \
                             AND a.thematic_area_id = wg.thematic_area_id) \
         ORDER BY 1, 3"
    );
    rows(conn, &sql, vec![as_of.into()])
        .await?
        .iter()
        .map(|row| {
            Ok((
                row.try_get("", "g")?,
                row.try_get("", "c")?,
                row.try_get("", "o")?,
            ))
        })
        .collect()
}

/// The calls held after `after` and on or before `until`, with each learning member that has
/// an IMPLEMENTING plan with open steps in the group's area but no report for that call yet. Rows
/// of (group, call, organisation, the call's day), by call and organisation.
pub async fn reports_due(
    conn: &impl ConnectionTrait,
    after: NaiveDate,
    until: NaiveDate,
) -> Result<Vec<(i32, i32, i32, NaiveDate)>> {
    let sql = format!(
        "SELECT c.working_group_id AS g, c.id AS c, p.organisation_id AS o, c.held_on AS d \
         FROM coordination_calls c \
         JOIN working_groups wg ON wg.id = c.working_group_id \
         JOIN memberships m ON m.working_group_id = wg.id AND m.role = 'LEARNING' \
         JOIN action_plans p ON p.organisation_id = m.organisation_id AND p.stage = 'IMPLEMENTING' \
         WHERE c.held_on > ? AND c.held_on <= ? \
           AND EXISTS (SELECT 1 FROM plan_actions a JOIN action_steps s ON s.action_id = a.id \
                       WHERE a.action_plan_id = p.id AND a.thematic_area_id = wg.thematic_area_id \
                         AND {OPEN_STEP}) \
           AND NOT EXISTS (SELECT 1 FROM progress_reports r \
                           JOIN action_steps s ON s.id = r.step_id \
                           JOIN plan_actions a ON a.id = s.action_id \
                           WHERE r.call_id = c.id AND r.plan_id = p.id \
                             AND a.thematic_area_id = wg.thematic_area_id) \
         ORDER BY 2, 3"
    );
    rows(conn, &sql, vec![after.into(), until.into()])
        .await?
        .iter()
        .map(|row| {
            Ok((
                row.try_get("", "g")?,
                row.try_get("", "c")?,
                row.try_get("", "o")?,
                row.try_get("", "d")?,
            ))
        })
        .collect()
}

/// Organisations per (key actor, dimension, level) over each organisation's latest validated
/// benchmark (unscored cells left out).
pub async fn benchmark_levels(
    conn: &impl ConnectionTrait,
) -> Result<Vec<(String, String, i32, i64)>> {
    let sql = "SELECT bs.key_actor, bs.dimension, bs.level, COUNT(*) AS n \
         FROM benchmark_scores bs \
         WHERE bs.level IS NOT NULL AND bs.benchmark_id IN \
           (SELECT MAX(b.id) FROM benchmarks b WHERE b.status = 'VALIDATED' GROUP BY b.organisation_id) \
         GROUP BY bs.key_actor, bs.dimension, bs.level ORDER BY 1, 2, 3";
    rows(conn, sql, Vec::new())
        .await?
        .iter()
        .map(|row| {
            Ok((
                row.try_get("", "key_actor")?,
                row.try_get("", "dimension")?,
                row.try_get("", "level")?,
                row.try_get("", "n")?,
            ))
        })
        .collect()
}

/// The titles of `steps`, by id.
pub async fn step_titles(
    conn: &impl ConnectionTrait,
    steps: &[i32],
) -> Result<std::collections::HashMap<i32, String>> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    Ok(crate::entities::action_step::Entity::find()
        .filter(crate::entities::action_step::Column::Id.is_in(steps.iter().copied()))
        .all(conn)
        .await?
        .into_iter()
        .map(|row| (row.id, row.title))
        .collect())
}
