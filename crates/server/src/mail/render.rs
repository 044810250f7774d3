//! An e-mail's subject and bodies (plain text and HTML) for one notification or a digest, in
//! the recipient's language.

use std::fmt::Write as _;

use mega_domain::mail::DigestPeriod;
use mega_domain::user::Language;

use super::messages;

/// One notification as the message shows it.
pub(crate) struct Item {
    /// Its kind's code.
    pub kind: &'static str,
    /// Who caused it.
    pub actor: Option<String>,
    /// The start of the comment, the call's date…
    pub excerpt: Option<String>,
    /// The page that shows it.
    pub url: String,
}

/// The links every message ends with.
pub(crate) struct Footer {
    /// The e-mail settings page.
    pub settings_url: String,
    /// The one-click unsubscribe link.
    pub unsubscribe_url: String,
}

/// A message ready to send.
#[derive(Debug)]
pub(crate) struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// Renders `items` for `name`: one notification, or a `digest` of several.
pub(crate) fn render(
    language: Language,
    name: &str,
    items: &[Item],
    digest: Option<DigestPeriod>,
    footer: &Footer,
) -> Rendered {
    let m = messages::of(language);
    let lines: Vec<String> = items
        .iter()
        .map(|item| m.what_happened(item.kind, item.actor.as_deref()))
        .collect();
    let subject = match digest {
        None => lines.first().cloned().unwrap_or_default(),
        Some(period) => {
            let template = match period {
                DigestPeriod::Daily => &m.digest_daily,
                DigestPeriod::Weekly => &m.digest_weekly,
            };
            template.replace("{count}", &items.len().to_string())
        }
    };
    let greeting = m.greeting.replace("{name}", name);
    let unsubscribe = if digest.is_some() {
        &m.unsubscribe_digest
    } else {
        &m.unsubscribe_kind
    };

    let mut text = format!("{greeting}\n\n");
    if digest.is_some() {
        let _ = writeln!(text, "{}\n", m.digest_intro);
    }
    for (item, line) in items.iter().zip(&lines) {
        let _ = writeln!(text, "{}{line}", if digest.is_some() { "• " } else { "" });
        if let Some(excerpt) = &item.excerpt {
            let _ = writeln!(text, "  “{excerpt}”");
        }
        let _ = writeln!(text, "  {}: {}\n", m.open, item.url);
    }
    let _ = write!(
        text,
        "-- \n{}\n{}: {}\n{unsubscribe}: {}\n",
        m.why, m.settings, footer.settings_url, footer.unsubscribe_url
    );

    let mut html = format!(
        "<!doctype html><html lang=\"{}\"><body style=\"font-family:sans-serif;color:#1a1b1e\">\
         <p>{}</p>",
        language.code(),
        escape(&greeting)
    );
    if digest.is_some() {
        let _ = write!(html, "<p>{}</p>", escape(&m.digest_intro));
    }
    html.push_str("<ul style=\"padding-left:1.2em\">");
    for (item, line) in items.iter().zip(&lines) {
        let _ = write!(
            html,
            "<li style=\"margin-bottom:1em\"><strong>{}</strong>",
            escape(line)
        );
        if let Some(excerpt) = &item.excerpt {
            let _ = write!(
                html,
                "<blockquote style=\"margin:0.4em 0\">{}</blockquote>",
                escape(excerpt)
            );
        }
        let _ = write!(
            html,
            "<br><a href=\"{}\">{}</a></li>",
            escape(&item.url),
            escape(&m.open)
        );
    }
    let _ = write!(
        html,
        "</ul><hr><p style=\"font-size:small;color:#555\">{}<br><a href=\"{}\">{}</a> · \
         <a href=\"{}\">{}</a></p></body></html>",
        escape(&m.why),
        escape(&footer.settings_url),
        escape(&m.settings),
        escape(&footer.unsubscribe_url),
        escape(unsubscribe)
    );
    Rendered {
        subject,
        text,
        html,
    }
}

/// `text` safe inside HTML text and attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn footer() -> Footer {
        Footer {
            settings_url: "https://hub.example/settings/notifications".into(),
            unsubscribe_url: "https://hub.example/mail/unsubscribe?token=t".into(),
        }
    }

    #[test]
    fn one_notification_in_the_recipients_language_with_its_link_and_no_markup_injected() {
        let item = Item {
            kind: "FEEDBACK_ON_MINE",
            actor: Some("Munich <Partner>".into()),
            excerpt: Some("Which <b>venues</b>?".into()),
            url: "https://hub.example/plans/abc?step=def".into(),
        };
        let mail = render(Language::De, "GRDR", &[item], None, &footer());
        assert_eq!(
            mail.subject,
            "Munich <Partner> hat Feedback zur Arbeit Ihrer Organisation gegeben"
        );
        assert!(mail.text.starts_with("Hallo GRDR,"));
        assert!(
            mail.text
                .contains("In MEGA Hub öffnen: https://hub.example/plans/abc?step=def")
        );
        assert!(mail.html.contains("Munich &lt;Partner&gt;"));
        assert!(mail.html.contains("Which &lt;b&gt;venues&lt;/b&gt;?"));
        assert!(!mail.html.contains("<b>venues"));
        assert!(mail.html.contains("lang=\"de\""));
    }

    #[test]
    fn a_digest_lists_every_notification_under_one_subject() {
        let items: Vec<Item> = ["CALL_SCHEDULED", "PLAN_ADOPTED"]
            .into_iter()
            .map(|kind| Item {
                kind,
                actor: None,
                excerpt: None,
                url: format!("https://hub.example/{kind}"),
            })
            .collect();
        let mail = render(
            Language::En,
            "Ana",
            &items,
            Some(DigestPeriod::Daily),
            &footer(),
        );
        assert_eq!(mail.subject, "Your daily MEGA Hub digest: 2 notifications");
        assert!(
            mail.text
                .contains("• Someone scheduled a coordination call")
        );
        assert!(mail.text.contains("https://hub.example/PLAN_ADOPTED"));
        assert!(mail.text.contains(
            "Unsubscribe from this digest: https://hub.example/mail/unsubscribe?token=t"
        ));
    }
}
