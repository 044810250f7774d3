//! The texts of e-mails, the unsubscribe page and calendar entries, in the five interface languages (one
//! JSON file each, embedded at build time; a test checks they all say everything).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use mega_domain::user::Language;
use serde::Deserialize;

/// Every text an e-mail or the unsubscribe page uses, in one language.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Messages {
    pub greeting: String,
    pub open: String,
    pub digest_daily: String,
    pub digest_weekly: String,
    pub digest_intro: String,
    pub why: String,
    pub settings: String,
    pub unsubscribe_kind: String,
    pub unsubscribe_digest: String,
    pub page_title: String,
    pub confirm_kind: String,
    pub confirm_digest: String,
    pub confirm_button: String,
    pub done: String,
    pub invalid: String,
    pub someone: String,
    /// The calendar feed's name.
    pub cal_name: String,
    /// A call's title in calendars, `{}` the group.
    pub cal_call: String,
    /// A webinar's title in calendars, `{}` its title.
    pub cal_webinar: String,
    /// A deadline's title in calendars, `{}` the step.
    pub cal_due: String,
    /// What happened, per notification kind code, with `{actor}`.
    pub kind: BTreeMap<String, String>,
    /// The name of each notification kind, for settings and the unsubscribe page.
    pub label: BTreeMap<String, String>,
}

fn parse(language: &str, json: &str) -> Messages {
    match serde_json::from_str(json) {
        Ok(messages) => messages,
        // The files are part of the build; the parity test catches a broken one first.
        Err(err) => panic!("mail messages {language}.json: {err}"),
    }
}

static ALL: LazyLock<[(Language, Messages); 5]> = LazyLock::new(|| {
    [
        (Language::En, parse("en", include_str!("messages/en.json"))),
        (Language::De, parse("de", include_str!("messages/de.json"))),
        (Language::Fr, parse("fr", include_str!("messages/fr.json"))),
        (Language::It, parse("it", include_str!("messages/it.json"))),
        (Language::Es, parse("es", include_str!("messages/es.json"))),
    ]
});

/// The texts in `language`.
pub(crate) fn of(language: Language) -> &'static Messages {
    let all = &*ALL;
    all.iter()
        .find(|(l, _)| *l == language)
        .map_or(&all[0].1, |(_, m)| m)
}

impl Messages {
    /// What a notification of kind `code` says, with the actor's name.
    pub fn what_happened(&self, code: &str, actor: Option<&str>) -> String {
        let actor = actor.unwrap_or(&self.someone);
        self.kind
            .get(code)
            .map_or_else(|| code.to_owned(), |text| text.replace("{actor}", actor))
    }

    /// The name of kind `code`.
    pub fn label<'a>(&'a self, code: &'a str) -> &'a str {
        self.label.get(code).map_or(code, String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use mega_domain::notification::NotificationKind;

    use super::*;

    #[test]
    fn every_language_says_everything() {
        for language in Language::ALL {
            let messages = of(*language);
            for kind in NotificationKind::ALL {
                assert!(
                    messages.kind.contains_key(kind.code()),
                    "{language:?} {kind:?}"
                );
                assert!(
                    messages.label.contains_key(kind.code()),
                    "{language:?} {kind:?}"
                );
                // What a user did names them; what time did (a step gone late, a webhook
                // failing) names nobody.
                let caused_by_someone = !matches!(
                    kind,
                    NotificationKind::StepLate
                        | NotificationKind::WebhookFailing
                        | NotificationKind::ReportDue
                );
                assert_eq!(
                    messages.kind[kind.code()].contains("{actor}"),
                    caused_by_someone,
                    "{language:?} {kind:?}"
                );
            }
            assert_eq!(messages.kind.len(), NotificationKind::ALL.len());
            assert!(messages.greeting.contains("{name}"));
            assert!(messages.digest_daily.contains("{count}"));
            for label in [&messages.cal_call, &messages.cal_webinar, &messages.cal_due] {
                assert!(label.contains("{}"), "{language:?} {label}");
            }
        }
        assert_eq!(of(Language::De).open, "In MEGA Hub öffnen");
    }
}
