use super::*;

#[test]
fn only_public_https_endpoints_outside_demo_mode() {
    assert_eq!(
        parse_url(" https://hooks.example.org/mega ", false).unwrap(),
        "https://hooks.example.org/mega"
    );
    for refused in [
        "http://hooks.example.org/",
        "ftp://hooks.example.org/",
        "https://localhost/hook",
        "https://api.localhost/hook",
        "https://127.0.0.1/hook",
        "https://10.1.2.3/hook",
        "https://172.16.0.1/hook",
        "https://192.168.1.1/hook",
        "https://169.254.169.254/latest/meta-data",
        "https://100.64.0.1/hook",
        "https://0.0.0.0/hook",
        "https://[::1]/hook",
        "https://[fe80::1]/hook",
        "https://[fd00::1]/hook",
        "https://[::ffff:127.0.0.1]/hook",
        "https://user:pass@hooks.example.org/",
        "not a url",
        "/relative",
    ] {
        let err = parse_url(refused, false).unwrap_err();
        assert_eq!(err.code, "INVALID_URL", "{refused}");
    }
    assert!(parse_url(&format!("https://a.org/{}", "x".repeat(2_000)), false).is_err());
}

#[test]
fn demo_and_test_mode_allow_loopback_receivers() {
    assert!(parse_url("http://127.0.0.1:9000/hook", true).is_ok());
    assert!(parse_url("http://localhost:9000/hook", true).is_ok());
    assert!(parse_url("ftp://127.0.0.1/hook", true).is_err());
}

#[test]
fn public_addresses_are_public() {
    for ip in [
        "93.184.216.34",
        "2606:2800:220:1:248:1893:25c8:1946",
        "8.8.8.8",
    ] {
        assert!(is_public(ip.parse().unwrap()), "{ip}");
    }
}

#[test]
fn signature_is_hmac_sha256_of_timestamp_and_body() {
    // Computed independently: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac secret
    assert_eq!(
        signature("secret", 1_700_000_000, r#"{"a":1}"#),
        "sha256=49f24e537407743fa4a0242bb63b94b9a47ee99cbbe071ccd8a22550ae411686"
    );
}

#[test]
fn retries_back_off_exponentially_and_stop_growing() {
    let base = TimeDelta::seconds(30);
    assert_eq!(retry_delay(1, base), TimeDelta::seconds(30));
    assert_eq!(retry_delay(2, base), TimeDelta::seconds(60));
    assert_eq!(retry_delay(4, base), TimeDelta::seconds(240));
    assert_eq!(retry_delay(7, base), TimeDelta::seconds(1_920));
    assert_eq!(retry_delay(20, base), TimeDelta::seconds(1_920));
}

#[test]
fn hooks_hear_about_their_own_organisation_only() {
    let hook = Webhook {
        id: WebhookId(1),
        organisation_id: Some(OrganisationId(3)),
        url: "https://a.org/".into(),
        events: vec![WebhookEvent::FeedbackAdded],
        active: true,
        created_by: None,
        created_at: Utc::now(),
    };
    assert!(hook.wants(WebhookEvent::FeedbackAdded, &[OrganisationId(3)]));
    assert!(!hook.wants(WebhookEvent::FeedbackAdded, &[OrganisationId(4)]));
    assert!(!hook.wants(WebhookEvent::PlanStageChanged, &[OrganisationId(3)]));
    let network = Webhook {
        organisation_id: None,
        ..hook.clone()
    };
    assert!(network.wants(WebhookEvent::FeedbackAdded, &[OrganisationId(4)]));
    let paused = Webhook {
        active: false,
        ..hook
    };
    assert!(!paused.wants(WebhookEvent::FeedbackAdded, &[OrganisationId(3)]));
}

#[test]
fn events_are_deduplicated_and_required() {
    let events = parse_events(&[
        WebhookEvent::FeedbackAdded,
        WebhookEvent::PlanStageChanged,
        WebhookEvent::FeedbackAdded,
    ])
    .unwrap();
    assert_eq!(
        events,
        vec![WebhookEvent::PlanStageChanged, WebhookEvent::FeedbackAdded]
    );
    assert_eq!(parse_events(&[]).unwrap_err().code, "REQUIRED");
}

#[test]
fn drafts_and_changes_report_url_and_events_together() {
    let draft = WebhookDraft {
        url: "https://hooks.example.org/mega".into(),
        events: vec![WebhookEvent::CallScheduled, WebhookEvent::PlanStageChanged],
    };
    let fields = draft.clone().validate(false).unwrap();
    assert_eq!(
        fields.events,
        [WebhookEvent::PlanStageChanged, WebhookEvent::CallScheduled]
    );
    assert!(fields.active);
    let codes: Vec<_> = WebhookDraft {
        url: "http://localhost/".into(),
        events: Vec::new(),
    }
    .validate(false)
    .unwrap_err()
    .iter()
    .map(|e| (e.field, e.code))
    .collect();
    assert_eq!(codes, [("url", "INVALID_URL"), ("events", "REQUIRED")]);

    let current = Webhook {
        id: WebhookId(1),
        organisation_id: None,
        url: fields.url.clone(),
        events: fields.events.clone(),
        active: true,
        created_by: None,
        created_at: Utc::now(),
    };
    let paused = WebhookChanges {
        active: Some(false),
        ..Default::default()
    }
    .apply(&current, false)
    .unwrap();
    assert_eq!(
        (paused.url.as_str(), paused.active),
        (current.url.as_str(), false)
    );
    assert_eq!(paused.events, current.events);
    let refused = WebhookChanges {
        events: Some(Vec::new()),
        ..Default::default()
    }
    .apply(&current, false)
    .unwrap_err();
    assert_eq!(refused[0].code, "REQUIRED");
}
