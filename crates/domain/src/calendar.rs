//! Calendars: coordination calls, webinars, events and step deadlines as iCalendar
//! (RFC 5545) entries, written here without I/O. Timed entries are in UTC, so every calendar
//! shows them at the right local time; dated ones are all-day.

use std::fmt::Write as _;

use chrono::{DateTime, Duration, NaiveDate, Utc};

/// When an entry happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// Whole days, `first` to `last` inclusive.
    AllDay {
        /// The first day.
        first: NaiveDate,
        /// The last day.
        last: NaiveDate,
    },
    /// A span of time.
    At {
        /// The start.
        start: DateTime<Utc>,
        /// The end.
        end: DateTime<Utc>,
    },
}

/// One entry of a calendar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarEntry {
    /// Stable across versions of the feed, unique across the network (`call-12@mega-hub`).
    pub uid: String,
    /// The title.
    pub summary: String,
    /// More text, if any.
    pub description: Option<String>,
    /// Where, if known.
    pub location: Option<String>,
    /// When.
    pub when: When,
    /// The page that shows it, if known.
    pub url: Option<String>,
}

/// The calendar named `name` holding `entries`, stamped `now`.
pub fn ics(name: &str, entries: &[CalendarEntry], now: DateTime<Utc>) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//MEGA Hub//Calendar//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", escape(name)));
    let stamp = utc(now);
    for entry in entries {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", escape(&entry.uid)));
        line(&mut out, &format!("DTSTAMP:{stamp}"));
        match entry.when {
            When::AllDay { first, last } => {
                line(
                    &mut out,
                    &format!("DTSTART;VALUE=DATE:{}", first.format("%Y%m%d")),
                );
                // DTEND of an all-day entry is exclusive.
                let end = last.max(first) + Duration::days(1);
                line(
                    &mut out,
                    &format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")),
                );
            }
            When::At { start, end } => {
                line(&mut out, &format!("DTSTART:{}", utc(start)));
                line(&mut out, &format!("DTEND:{}", utc(end.max(start))));
            }
        }
        line(&mut out, &format!("SUMMARY:{}", escape(&entry.summary)));
        if let Some(description) = &entry.description {
            line(&mut out, &format!("DESCRIPTION:{}", escape(description)));
        }
        if let Some(location) = &entry.location {
            line(&mut out, &format!("LOCATION:{}", escape(location)));
        }
        if let Some(url) = &entry.url {
            line(&mut out, &format!("URL:{}", escape(url)));
        }
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

fn utc(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// Text escaped as RFC 5545 §3.3.11 asks.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `content` folded at 75 octets (never inside a character), with CRLF.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    let _ = write!(out, "\r\n");
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn entries_are_escaped_folded_and_in_utc() {
        let start = Utc
            .with_ymd_and_hms(2026, 12, 3, 13, 0, 0)
            .single()
            .expect("time");
        let entries = [
            CalendarEntry {
                uid: "webinar-1@mega-hub".into(),
                summary: "Webinar; procurement, part 1".into(),
                description: Some("Line one\nLine two".into()),
                location: None,
                when: When::At {
                    start,
                    end: start + Duration::hours(1),
                },
                url: Some("https://hub.example/working-groups/x".into()),
            },
            CalendarEntry {
                uid: "event-1@mega-hub".into(),
                summary: "Peer Learning Event ".repeat(8),
                description: None,
                location: Some("Munich".into()),
                when: When::AllDay {
                    first: NaiveDate::from_ymd_opt(2018, 12, 4).expect("date"),
                    last: NaiveDate::from_ymd_opt(2018, 12, 6).expect("date"),
                },
                url: None,
            },
        ];
        let text = ics("MEGA Hub", &entries, start);
        assert!(text.contains("DTSTART:20261203T130000Z\r\n"));
        assert!(text.contains("DTEND:20261203T140000Z\r\n"));
        assert!(text.contains("SUMMARY:Webinar\\; procurement\\, part 1\r\n"));
        assert!(text.contains("DESCRIPTION:Line one\\nLine two\r\n"));
        assert!(text.contains("DTSTART;VALUE=DATE:20181204\r\n"));
        assert!(text.contains("DTEND;VALUE=DATE:20181207\r\n"));
        assert!(text.lines().all(|l| l.len() <= 76), "folded at 75 octets");
        assert!(text.contains("\r\n "), "long lines continue with a space");
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY:{}", "Peer Learning Event ".repeat(8))));
        assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"));
    }
}
