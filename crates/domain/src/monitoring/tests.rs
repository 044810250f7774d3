use super::*;

fn date(raw: &str) -> NaiveDate {
    NaiveDate::parse_from_str(raw, "%Y-%m-%d").unwrap()
}

fn pd(raw: &str) -> Option<PartialDate> {
    Some(PartialDate::parse("date", raw).unwrap())
}

#[test]
fn next_call_is_due_four_months_later_clamped_at_month_ends() {
    assert_eq!(next_call_due(date("2019-03-15")), date("2019-07-15"));
    assert_eq!(
        next_call_due(date("2019-10-31")),
        date("2020-02-29"),
        "leap year"
    );
    assert_eq!(next_call_due(date("2018-10-31")), date("2019-02-28"));
    assert_eq!(next_call_due(date("2019-01-31")), date("2019-05-31"));
    assert_eq!(
        next_call_due(date("2019-09-30")),
        date("2020-01-30"),
        "across a year"
    );
}

#[test]
fn a_group_is_overdue_only_after_the_due_day() {
    let due = date("2020-02-29");
    assert!(!call_overdue(due, date("2020-02-28")));
    assert!(!call_overdue(due, due), "the due day itself is not overdue");
    assert!(call_overdue(due, date("2020-03-01")));
}

#[test]
fn series_repeat_by_calendar_months() {
    let dates = series_dates(date("2019-01-31"), 3, 4).unwrap();
    assert_eq!(
        dates,
        vec![date("2019-01-31"), date("2019-05-31"), date("2019-09-30")]
    );
    assert_eq!(
        series_dates(date("2019-01-01"), 0, 4).unwrap_err().code,
        "OUT_OF_RANGE"
    );
    assert_eq!(
        series_dates(date("2019-01-01"), 13, 4).unwrap_err().code,
        "OUT_OF_RANGE"
    );
    assert_eq!(
        series_dates(date("2019-01-01"), 2, 0).unwrap_err().code,
        "OUT_OF_RANGE"
    );
}

#[test]
fn status_and_percentage_must_agree() {
    assert!(check_progress(StepStatus::OnTrack, 40).is_ok());
    assert!(check_progress(StepStatus::Delayed, 0).is_ok());
    assert!(check_progress(StepStatus::Cancelled, 10).is_ok());
    assert_eq!(
        check_progress(StepStatus::Done, 90).unwrap_err().code,
        "PERCENT_MISMATCH"
    );
    assert_eq!(
        check_progress(StepStatus::NotStarted, 5).unwrap_err().code,
        "PERCENT_MISMATCH"
    );
    assert_eq!(
        check_progress(StepStatus::OnTrack, 101).unwrap_err().code,
        "OUT_OF_RANGE"
    );
    assert_eq!(
        check_progress(StepStatus::OnTrack, -1).unwrap_err().code,
        "OUT_OF_RANGE"
    );
}

#[test]
fn evidence_links_are_http_urls() {
    let links = parse_evidence_links(&[" https://a.org/x ".into(), String::new()]).unwrap();
    assert_eq!(links, vec!["https://a.org/x".to_owned()]);
    assert_eq!(
        parse_evidence_links(&["ftp://a.org".into()])
            .unwrap_err()
            .code,
        "INVALID_URL"
    );
    assert_eq!(
        parse_evidence_links(&["https://a.org/a b".into()])
            .unwrap_err()
            .code,
        "INVALID_URL"
    );
    let many: Vec<String> = (0..21).map(|i| format!("https://a.org/{i}")).collect();
    assert_eq!(parse_evidence_links(&many).unwrap_err().code, "TOO_MANY");
}

#[test]
fn a_step_behind_its_baseline_is_late_by_the_difference() {
    let today = date("2019-06-01");
    let slip = slippage(
        pd("2019-09"),
        pd("2019-06"),
        Some(StepStatus::OnTrack),
        today,
    );
    assert_eq!(slip.days_behind_baseline, 92, "30 June to 30 September");
    assert_eq!(slip.days_overdue, 0);
    assert!(slip.late());
    assert_eq!(slip.days_late(), 92);
    // Moved earlier, and not yet over: not late.
    let slip = slippage(pd("2019-05"), pd("2019-06"), None, date("2019-05-15"));
    assert_eq!(slip, Slippage::default());
    assert!(!slip.late());
}

#[test]
fn a_step_past_its_end_is_overdue_until_done_or_cancelled() {
    // "March 2019" ends on 31 March.
    let end = pd("2019-03");
    assert_eq!(slippage(end, end, None, date("2019-03-31")).days_overdue, 0);
    assert_eq!(slippage(end, end, None, date("2019-04-01")).days_overdue, 1);
    assert_eq!(
        slippage(end, end, Some(StepStatus::Delayed), date("2019-04-10")).days_overdue,
        10
    );
    assert_eq!(
        slippage(end, end, Some(StepStatus::Done), date("2019-04-10")).days_overdue,
        0
    );
    assert_eq!(
        slippage(end, end, Some(StepStatus::Cancelled), date("2019-04-10")).days_overdue,
        0
    );
    // Both kinds at once: late by the larger.
    let slip = slippage(pd("2019-04"), pd("2019-03"), None, date("2019-05-10"));
    assert_eq!((slip.days_behind_baseline, slip.days_overdue), (30, 10));
    assert_eq!(slip.days_late(), 30);
    // No end date: never late.
    assert!(!slippage(None, None, None, date("2030-01-01")).late());
}

#[test]
fn planned_duration_prefers_the_baseline() {
    assert_eq!(planned_days(pd("2019-01"), pd("2019-01"), None, None), 31);
    assert_eq!(
        planned_days(pd("2019-01"), pd("2019-12"), pd("2019-01"), pd("2019-02")),
        59
    );
    assert_eq!(
        planned_days(pd("2019"), None, None, None),
        UNDATED_STEP_DAYS
    );
    assert_eq!(
        planned_days(pd("2019-01-05"), pd("2019-01-05"), None, None),
        1
    );
}

fn step(
    id: i32,
    parent: Option<i32>,
    days: i64,
    status: Option<StepStatus>,
    percent: i32,
) -> StepProgress {
    StepProgress {
        id: ActionStepId(id),
        parent_id: parent.map(ActionStepId),
        weight_days: days,
        status,
        percent,
    }
}

#[test]
fn progress_rolls_up_weighted_by_planned_duration() {
    // 30 days done, 90 days at 50 %: (30 × 100 + 90 × 50) / 120 = 62.5.
    let steps = [
        step(1, None, 30, Some(StepStatus::Done), 100),
        step(2, None, 90, Some(StepStatus::OnTrack), 50),
    ];
    assert_eq!(roll_up(&steps), Some(62.5));
}

#[test]
fn roll_up_counts_leaves_skips_cancelled_and_counts_unreported_as_zero() {
    let steps = [
        // A parent is measured by its sub-steps, whatever it reports itself.
        step(1, None, 100, Some(StepStatus::OnTrack), 90),
        step(2, Some(1), 10, Some(StepStatus::Done), 100),
        step(3, Some(1), 10, None, 0),
        step(4, None, 500, Some(StepStatus::Cancelled), 20),
    ];
    assert_eq!(roll_up(&steps), Some(50.0));
    assert_eq!(
        roll_up(&[step(1, None, 10, Some(StepStatus::Cancelled), 0)]),
        None
    );
    assert_eq!(roll_up(&[]), None);
    // DONE counts as 100 whatever percentage was stored.
    assert_eq!(
        roll_up(&[step(1, None, 10, Some(StepStatus::Done), 0)]),
        Some(100.0)
    );
}

#[test]
fn call_drafts_keep_what_they_leave_out_and_check_what_they_name() {
    let current = CoordinationCallFields {
        notes: Some("Kept".into()),
        ..CoordinationCallFields::new(date("2019-03-15"), Some(UserId(1)))
    };
    let known = KnownReferences {
        organisations: vec![OrganisationId(2)],
        users: vec![UserId(1)],
        steps: vec![ActionStepId(7)],
    };
    let draft = CoordinationCallDraft {
        participant_ids: Some(vec![OrganisationId(2), OrganisationId(2)]),
        decisions: Some(vec![DecisionDraft {
            text: " Follow up ".into(),
            step_ids: vec![ActionStepId(7), ActionStepId(7)],
        }]),
        ..Default::default()
    };
    assert_eq!(draft.named_organisations(), [OrganisationId(2)]);
    assert_eq!(draft.named_steps(), [ActionStepId(7)]);
    let fields = draft.validate(current.clone(), &known).unwrap();
    assert_eq!(fields.notes.as_deref(), Some("Kept"));
    assert_eq!(fields.held_on, date("2019-03-15"));
    assert_eq!(fields.participant_ids, [OrganisationId(2)]);
    assert_eq!(
        fields.decisions,
        [Decision {
            text: "Follow up".into(),
            step_ids: vec![ActionStepId(7)],
        }]
    );

    let broken = CoordinationCallDraft {
        agenda: Some("x".repeat(MAX_TEXT + 1)),
        participant_ids: Some(vec![OrganisationId(3)]),
        facilitator_id: Some(UserId(9)),
        decisions: Some(vec![
            DecisionDraft::default(),
            DecisionDraft {
                text: "Named".into(),
                step_ids: vec![ActionStepId(8)],
            },
        ]),
        ..Default::default()
    };
    let fields: Vec<_> = broken
        .validate(current, &known)
        .unwrap_err()
        .iter()
        .map(|e| (e.field, e.code))
        .collect();
    assert_eq!(
        fields,
        [
            ("agenda", "TOO_LONG"),
            ("participantIds", "NOT_FOUND"),
            ("facilitatorId", "NOT_FOUND"),
            ("text", "REQUIRED"),
            ("stepIds", "NOT_FOUND"),
        ]
    );
}

#[test]
fn reports_go_to_implementing_plans_and_their_groups_calls() {
    let draft = ProgressReportDraft {
        step_id: ActionStepId(1),
        status: StepStatus::OnTrack,
        percent_complete: 40,
        narrative: Some(" Going well ".into()),
        evidence_links: vec![" https://example.org/minutes ".into()],
        call_id: Some(CoordinationCallId(3)),
    };
    let fine = ReportSetting {
        plan_stage: crate::action_plan::PlanStage::Implementing,
        call_of_step_group: true,
        previous_status: None,
    };
    let fields = draft.clone().validate(fine).unwrap();
    assert_eq!(fields.narrative.as_deref(), Some("Going well"));
    assert_eq!(fields.evidence_links, ["https://example.org/minutes"]);
    let codes: Vec<_> = ProgressReportDraft {
        status: StepStatus::Done,
        ..draft
    }
    .validate(ReportSetting {
        plan_stage: crate::action_plan::PlanStage::Adopted,
        call_of_step_group: false,
        previous_status: None,
    })
    .unwrap_err()
    .iter()
    .map(|e| e.code)
    .collect();
    assert_eq!(
        codes,
        ["PLAN_NOT_IMPLEMENTING", "PERCENT_MISMATCH", "WRONG_CALL"]
    );
}

fn timed(
    time: Option<&str>,
    zone: Option<&str>,
) -> Result<CoordinationCallFields, Vec<ValidationError>> {
    CoordinationCallDraft {
        start_time: time.map(str::to_owned),
        time_zone: zone.map(str::to_owned),
        ..Default::default()
    }
    .validate(
        CoordinationCallFields::new(date("2019-01-15"), None),
        &KnownReferences::default(),
    )
}

#[test]
fn a_time_without_a_zone_is_in_brussels_and_a_zone_without_a_time_is_dropped() {
    let fields = timed(Some("09:30"), None).unwrap();
    assert_eq!(fields.start_time, NaiveTime::from_hms_opt(9, 30, 0));
    assert_eq!(fields.time_zone.as_deref(), Some(DEFAULT_CALL_TIME_ZONE));
    let fields = timed(None, Some("Europe/Madrid")).unwrap();
    assert_eq!((fields.start_time, fields.time_zone), (None, None));
    let fields = timed(Some("14:00"), Some(" Europe/Madrid ")).unwrap();
    assert_eq!(fields.time_zone.as_deref(), Some("Europe/Madrid"));
}

#[test]
fn a_blank_time_clears_it_and_bad_times_and_zones_are_refused() {
    let mut current = timed(Some("09:30"), None).unwrap();
    current.held_on = date("2019-02-01");
    let cleared = CoordinationCallDraft {
        start_time: Some(" ".into()),
        ..Default::default()
    }
    .validate(current, &KnownReferences::default())
    .unwrap();
    assert_eq!((cleared.start_time, cleared.time_zone), (None, None));
    let codes: Vec<_> = timed(Some("25:00"), Some("Europe/Atlantis"))
        .unwrap_err()
        .into_iter()
        .map(|e| (e.field, e.code))
        .collect();
    assert_eq!(
        codes,
        [
            ("startTime", "INVALID_TIME"),
            ("timeZone", "INVALID_TIME_ZONE")
        ]
    );
}

#[test]
fn a_call_starts_at_its_local_time_across_clock_changes() {
    let at = |day: &str, time: &str| {
        call_instant(
            date(day),
            NaiveTime::parse_from_str(time, "%H:%M").ok(),
            Some("Europe/Brussels"),
        )
        .map(|i| i.to_rfc3339())
    };
    assert_eq!(
        at("2019-01-15", "10:00").as_deref(),
        Some("2019-01-15T09:00:00+00:00")
    );
    assert_eq!(
        at("2019-07-15", "10:00").as_deref(),
        Some("2019-07-15T08:00:00+00:00")
    );
    // 02:30 does not exist on 31 March 2019 in Brussels: the hour after.
    assert_eq!(
        at("2019-03-31", "02:30").as_deref(),
        Some("2019-03-31T01:30:00+00:00")
    );
    assert_eq!(call_instant(date("2019-01-15"), None, Some("UTC")), None);
}

#[test]
fn moving_a_step_back_from_done_needs_a_reason() {
    let back = ProgressReportDraft {
        step_id: ActionStepId(1),
        status: StepStatus::OnTrack,
        percent_complete: 80,
        narrative: Some("  ".into()),
        evidence_links: vec![],
        call_id: None,
    };
    let after = |previous| ReportSetting {
        plan_stage: crate::action_plan::PlanStage::Implementing,
        call_of_step_group: true,
        previous_status: Some(previous),
    };
    let errors = back.clone().validate(after(StepStatus::Done)).unwrap_err();
    assert_eq!(
        errors.iter().map(|e| (e.field, e.code)).collect::<Vec<_>>(),
        [("narrative", "REASON_REQUIRED")]
    );
    let explained = ProgressReportDraft {
        narrative: Some("The council postponed the vote.".into()),
        ..back.clone()
    };
    assert!(explained.validate(after(StepStatus::Done)).is_ok());
    assert!(
        back.clone().validate(after(StepStatus::Delayed)).is_ok(),
        "only Done is taken back"
    );
    let cancelled = ProgressReportDraft {
        status: StepStatus::Cancelled,
        percent_complete: 0,
        ..back.clone()
    };
    assert!(
        cancelled.validate(after(StepStatus::Done)).is_ok(),
        "cancelling is no step back"
    );
    let done_again = ProgressReportDraft {
        status: StepStatus::Done,
        percent_complete: 100,
        ..back
    };
    assert!(done_again.validate(after(StepStatus::Done)).is_ok());
}
