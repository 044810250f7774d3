//! The spreadsheet format of an action plan, shared by the CSV export and the CSV import so
//! a plan round-trips without loss. One row per step (an action without steps has one row with
//! empty step columns); list cells join their items with "; ".

use std::collections::HashMap;

use mega_domain::action_plan::draft::{MAX_DATE_TEXT, MAX_REFERENCE};
use mega_domain::action_plan::{
    ActionFields, ActionOrigin, ActionStep, MAX_ENTRY, MAX_TITLE, NewAction, PlanAction,
    StakeholderMatcher, StepFields, number_steps, parse_list,
};
use mega_domain::error::excerpt;
use mega_domain::event::parse_optional;
use mega_domain::partial_date::PartialDate;
use mega_domain::{OrganisationId, ThematicAreaId, ValidationError};

/// The header row, in column order.
pub const HEADER: [&str; 17] = [
    "action_position",
    "action_ref",
    "action_title",
    "thematic_area_number",
    "origin",
    "proposed_action_id",
    "step_number",
    "step_ref",
    "step_title",
    "stakeholders",
    "stakeholders_text",
    "success_factors",
    "success_factors_text",
    "start",
    "end",
    "start_text",
    "end_text",
];

fn origin_code(origin: ActionOrigin) -> &'static str {
    match origin {
        ActionOrigin::MutualLearning => "MUTUAL_LEARNING",
        ActionOrigin::OtherOpportunity => "OTHER_OPPORTUNITY",
    }
}

fn opt(value: Option<&str>) -> String {
    value.unwrap_or_default().to_owned()
}

/// Writes a plan's actions and steps as CSV. `area_numbers` maps area ids to their numbers;
/// `names` holds the names of the organisations among the stakeholders; `proposed_action_id`
/// renders the global ID of a linked proposed action.
pub fn to_csv(
    actions: &[PlanAction],
    steps: &[ActionStep],
    area_numbers: &HashMap<ThematicAreaId, i32>,
    names: &HashMap<OrganisationId, String>,
    proposed_action_id: impl Fn(i32) -> String,
) -> Result<String, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(HEADER)?;
    let mut actions: Vec<&PlanAction> = actions.iter().collect();
    actions.sort_by_key(|a| (a.position, a.id));
    for (index, action) in actions.iter().enumerate() {
        let own: Vec<ActionStep> = steps
            .iter()
            .filter(|s| s.action_id == action.id)
            .cloned()
            .collect();
        let numbers = number_steps(&own);
        let mut ordered: Vec<(&String, &ActionStep)> = own
            .iter()
            .filter_map(|s| numbers.get(&s.id).map(|n| (n, s)))
            .collect();
        ordered.sort_by_key(|(number, _)| {
            number
                .split('.')
                .map(|p| p.parse::<u32>().unwrap_or(0))
                .collect::<Vec<_>>()
        });
        let action_cells = [
            (index + 1).to_string(),
            opt(action.reference.as_deref()),
            opt(action.title.as_deref()),
            action
                .thematic_area_id
                .and_then(|id| area_numbers.get(&id))
                .map(ToString::to_string)
                .unwrap_or_default(),
            origin_code(action.origin).to_owned(),
            action
                .proposed_action_id
                .map(|id| proposed_action_id(id.0))
                .unwrap_or_default(),
        ];
        if ordered.is_empty() {
            let mut record: Vec<String> = action_cells.to_vec();
            record.extend(std::iter::repeat_n(
                String::new(),
                HEADER.len() - action_cells.len(),
            ));
            writer.write_record(&record)?;
        }
        for (number, step) in ordered {
            let mut record: Vec<String> = action_cells.to_vec();
            record.extend([
                number.clone(),
                opt(step.reference.as_deref()),
                step.title.clone(),
                step.stakeholders
                    .iter()
                    .map(|stakeholder| stakeholder.name(names))
                    .collect::<Vec<_>>()
                    .join(LIST_SEPARATOR),
                opt(step.stakeholders_text.as_deref()),
                step.success_factors.join(LIST_SEPARATOR),
                opt(step.success_factors_text.as_deref()),
                step.start.map(|d| d.to_string()).unwrap_or_default(),
                step.end.map(|d| d.to_string()).unwrap_or_default(),
                opt(step.start_text.as_deref()),
                opt(step.end_text.as_deref()),
            ]);
            writer.write_record(&record)?;
        }
    }
    let bytes = writer.into_inner().map_err(|err| err.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// A problem found in CSV row `row` (1 is the header), on field `csv`.
fn row_error(row: usize, code: &'static str, message: String) -> ValidationError {
    ValidationError::new("csv", code, format!("Row {row}: {message}")).with("row", row)
}

/// `err`, found in a cell of row `row`: on field `csv`, with the row, the column (the field
/// `err` names) and `err`'s parameters.
fn in_row(row: usize, err: ValidationError) -> ValidationError {
    let mut found = row_error(row, err.code, err.message).with("column", err.field);
    for (name, value) in err.params {
        found = found.with(name, value);
    }
    found
}

/// Cells of an action (index, column, longest accepted): the limits of `addAction`.
const ACTION_LIMITS: [(usize, &str, usize); 2] = [
    (1, "action_ref", MAX_REFERENCE),
    (2, "action_title", MAX_TITLE),
];

/// Cells of a step (index, column, longest accepted): the limits of `addActionStep`.
const STEP_LIMITS: [(usize, &str, usize); 6] = [
    (7, "step_ref", MAX_REFERENCE),
    (8, "step_title", MAX_TITLE),
    (10, "stakeholders_text", MAX_ENTRY),
    (12, "success_factors_text", MAX_ENTRY),
    (15, "start_text", MAX_DATE_TEXT),
    (16, "end_text", MAX_DATE_TEXT),
];

/// Reports every cell of `record` longer than its limit, so an import cannot store what the
/// mutations refuse.
fn check_lengths(
    row: usize,
    record: &csv::StringRecord,
    limits: &[(usize, &'static str, usize)],
    errors: &mut Vec<ValidationError>,
) {
    for &(index, column, max) in limits {
        if let Err(err) = parse_optional(column, record.get(index), max) {
            errors.push(in_row(row, err));
        }
    }
}

fn non_empty(cell: &str) -> Option<String> {
    let trimmed = cell.trim();
    (!trimmed.is_empty()).then(|| cell.to_owned())
}

/// Joins the items of a list cell (stakeholders, success factors).
pub const LIST_SEPARATOR: &str = "; ";

/// Splits a list cell at semicolons; blanks around items and empty items are dropped.
fn list(cell: &str) -> Vec<String> {
    cell.split(';')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A parsed plan: its actions with their steps, ready for `replace_content`, plus the
/// proposed-action global IDs to resolve (by action index).
pub struct ParsedPlan {
    /// The actions in order.
    pub actions: Vec<NewAction>,
    /// Global IDs of linked proposed actions, per action index.
    pub proposed_actions: Vec<Option<String>>,
}

/// Reads the format written by [`to_csv`]; every problem is reported with its row number.
/// Stakeholder names that `organisations` matches become links to those organisations.
pub fn from_csv(
    text: &str,
    area_ids: &HashMap<i32, ThematicAreaId>,
    organisations: &StakeholderMatcher,
) -> Result<ParsedPlan, Vec<ValidationError>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    let header_ok = reader
        .headers()
        .map(|h| h.iter().map(str::trim).eq(HEADER.iter().copied()))
        .unwrap_or(false);
    if !header_ok {
        return Err(vec![
            ValidationError::new(
                "csv",
                "INVALID_HEADER",
                format!("The first row must be the header: {}.", HEADER.join(",")),
            )
            .with("header", HEADER.join(",")),
        ]);
    }
    let mut errors = Vec::new();
    let mut actions: Vec<NewAction> = Vec::new();
    let mut proposed: Vec<Option<String>> = Vec::new();
    let mut positions: Vec<String> = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let row = index + 2;
        let record = match record {
            Ok(record) if record.len() == HEADER.len() => record,
            Ok(record) => {
                errors.push(
                    row_error(
                        row,
                        "INVALID_ROW",
                        format!("{} cells instead of {}.", record.len(), HEADER.len()),
                    )
                    .with("variant", "CELLS")
                    .with("count", record.len())
                    .with("expected", HEADER.len()),
                );
                continue;
            }
            Err(_) => {
                errors.push(
                    row_error(row, "INVALID_ROW", "not valid CSV.".to_owned())
                        .with("variant", "SYNTAX"),
                );
                continue;
            }
        };
        let cell = |i: usize| record.get(i).unwrap_or_default();
        if positions.last().map(String::as_str) != Some(cell(0)) {
            let origin = match cell(4).trim() {
                "MUTUAL_LEARNING" => ActionOrigin::MutualLearning,
                "OTHER_OPPORTUNITY" => ActionOrigin::OtherOpportunity,
                other => {
                    errors.push(
                        row_error(
                            row,
                            "INVALID_ORIGIN",
                            format!(
                                "origin {:?} is not MUTUAL_LEARNING or OTHER_OPPORTUNITY.",
                                excerpt(other)
                            ),
                        )
                        .with("column", "origin")
                        .with("value", excerpt(other)),
                    );
                    ActionOrigin::OtherOpportunity
                }
            };
            let area = match cell(3).trim() {
                "" => None,
                number => match number.parse::<i32>().ok().and_then(|n| area_ids.get(&n)) {
                    Some(id) => Some(*id),
                    None => {
                        errors.push(
                            row_error(
                                row,
                                "UNKNOWN_AREA",
                                format!("no thematic area number {}.", excerpt(number)),
                            )
                            .with("column", "thematic_area_number")
                            .with("value", excerpt(number)),
                        );
                        None
                    }
                },
            };
            check_lengths(row, &record, &ACTION_LIMITS, &mut errors);
            positions.push(cell(0).to_owned());
            proposed.push(non_empty(cell(5)).map(|id| id.trim().to_owned()));
            actions.push(NewAction {
                fields: ActionFields {
                    reference: non_empty(cell(1)),
                    title: non_empty(cell(2)),
                    thematic_area_id: area,
                    origin,
                    proposed_action_id: None,
                },
                steps: Vec::new(),
            });
        }
        let number = cell(6).trim();
        if number.is_empty() {
            continue;
        }
        let date = |i: usize, field: &'static str, errors: &mut Vec<ValidationError>| match cell(i)
            .trim()
        {
            "" => None,
            raw => PartialDate::parse(field, raw)
                .map_err(|err| errors.push(in_row(row, err)))
                .ok(),
        };
        let start = date(13, "start", &mut errors);
        let end = date(14, "end", &mut errors);
        if let Err(err) = mega_domain::partial_date::check_range(start.as_ref(), end.as_ref()) {
            errors.push(in_row(row, err));
        }
        if cell(8).trim().is_empty() {
            errors.push(
                row_error(row, "REQUIRED", "the step title is empty.".to_owned())
                    .with("column", "step_title"),
            );
        }
        check_lengths(row, &record, &STEP_LIMITS, &mut errors);
        for (index, column) in [(9, "stakeholders"), (11, "success_factors")] {
            if let Err(err) = parse_list(column, &list(cell(index))) {
                errors.push(in_row(row, err));
            }
        }
        let step = StepFields {
            reference: non_empty(cell(7)),
            title: cell(8).to_owned(),
            stakeholders: list(cell(9))
                .iter()
                .map(|name| organisations.resolve(name))
                .collect(),
            stakeholders_text: non_empty(cell(10)),
            success_factors: list(cell(11)),
            success_factors_text: non_empty(cell(12)),
            start,
            end,
            start_text: non_empty(cell(15)),
            end_text: non_empty(cell(16)),
        };
        let Some(action) = actions.last_mut() else {
            continue;
        };
        match number.split_once('.') {
            None => action.steps.push((step, Vec::new())),
            Some(_) => match action.steps.last_mut() {
                Some((_, children)) => children.push(step),
                None => errors.push(
                    row_error(
                        row,
                        "INVALID_PARENT",
                        format!("sub-step {} comes before any step.", excerpt(number)),
                    )
                    .with("column", "step_number")
                    .with("variant", "ORPHAN")
                    .with("value", excerpt(number)),
                ),
            },
        }
    }
    if errors.is_empty() {
        Ok(ParsedPlan {
            actions,
            proposed_actions: proposed,
        })
    } else {
        Err(errors)
    }
}
