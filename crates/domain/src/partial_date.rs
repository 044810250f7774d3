//! Dates with a precision, as action plans print them: "2018", "January 2019",
//! "29th March 2019" are `2018`, `2019-01`, `2019-03-29`. A start compares by its first day, an
//! end by its last day.

use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::ValidationError;

/// How much of a [`PartialDate`] is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub enum Precision {
    /// Only the year.
    Year,
    /// Year and month.
    Month,
    /// The exact day.
    Day,
}

/// A calendar date known to year, month or day precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
}

/// Earliest and latest years accepted; plans are about the present, not about history.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(field: &'static str, raw: &str) -> Result<Self, ValidationError> {
        let invalid = || {
            ValidationError::new(
                field,
                "INVALID_DATE",
                format!(
                    "{:?} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.",
                    crate::error::excerpt(raw)
                ),
            )
            .with("value", crate::error::excerpt(raw))
            .with("minYear", YEARS.start())
            .with("maxYear", YEARS.end())
        };
        let parts: Vec<&str> = raw.trim().split('-').collect();
        let number = |part: &str, len: usize| -> Result<u32, ValidationError> {
            if part.len() != len || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid());
            }
            part.parse().map_err(|_| invalid())
        };
        let (year, month, day) = match parts.as_slice() {
            [y] => (number(y, 4)?, None, None),
            [y, m] => (number(y, 4)?, Some(number(m, 2)?), None),
            [y, m, d] => (number(y, 4)?, Some(number(m, 2)?), Some(number(d, 2)?)),
            _ => return Err(invalid()),
        };
        let year = i32::try_from(year).map_err(|_| invalid())?;
        let date = Self { year, month, day };
        if !YEARS.contains(&year) || date.checked_first_day().is_none() {
            return Err(invalid());
        }
        Ok(date)
    }

    /// A date of day precision.
    pub fn from_date(date: NaiveDate) -> Self {
        Self {
            year: date.year(),
            month: Some(date.month()),
            day: Some(date.day()),
        }
    }

    /// The same date `years` later, at the same precision; `None` past the accepted years or
    /// for a 29 February that the later year lacks.
    pub fn years_later(&self, years: i32) -> Option<Self> {
        let moved = Self {
            year: self.year.checked_add(years)?,
            ..*self
        };
        (YEARS.contains(&moved.year) && moved.checked_first_day().is_some()).then_some(moved)
    }

    /// How much of the date is known.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (None, _) => Precision::Year,
            (Some(_), None) => Precision::Month,
            (Some(_), Some(_)) => Precision::Day,
        }
    }

    fn checked_first_day(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The first day the date can mean: how a start compares.
    pub fn first_day(&self) -> NaiveDate {
        // Every constructed value was checked by `parse` or came from a real date.
        self.checked_first_day().unwrap_or(NaiveDate::MIN)
    }

    /// The last day the date can mean: how an end compares.
    pub fn last_day(&self) -> NaiveDate {
        match (self.month, self.day) {
            (None, _) => NaiveDate::from_ymd_opt(self.year, 12, 31),
            (Some(month), None) => {
                let (next_year, next_month) = if month == 12 {
                    (self.year + 1, 1)
                } else {
                    (self.year, month + 1)
                };
                NaiveDate::from_ymd_opt(next_year, next_month, 1).and_then(|d| d.pred_opt())
            }
            (Some(_), Some(_)) => self.checked_first_day(),
        }
        .unwrap_or(NaiveDate::MAX)
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

impl serde::Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Rejects an end that lies before its start (an end compares by its last day, a start by
/// its first).
pub fn check_range(
    start: Option<&PartialDate>,
    end: Option<&PartialDate>,
) -> Result<(), ValidationError> {
    if let (Some(start), Some(end)) = (start, end)
        && end.last_day() < start.first_day()
    {
        return Err(ValidationError::new(
            "end",
            "END_BEFORE_START",
            format!("The end ({end}) is before the start ({start})."),
        )
        .with("start", start)
        .with("end", end));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn date(raw: &str) -> PartialDate {
        PartialDate::parse("date", raw).unwrap()
    }

    #[test]
    fn parses_each_precision() {
        assert_eq!(date("2018").precision(), Precision::Year);
        assert_eq!(date("2019-01").precision(), Precision::Month);
        assert_eq!(date("2019-03-29").precision(), Precision::Day);
        assert_eq!(
            date("2019-02").last_day(),
            NaiveDate::from_ymd_opt(2019, 2, 28).unwrap()
        );
        assert_eq!(
            date("2020-02").last_day(),
            NaiveDate::from_ymd_opt(2020, 2, 29).unwrap()
        );
        assert_eq!(
            date("2019-12").last_day(),
            NaiveDate::from_ymd_opt(2019, 12, 31).unwrap()
        );
        assert_eq!(
            date("2018").first_day(),
            NaiveDate::from_ymd_opt(2018, 1, 1).unwrap()
        );
    }

    #[test]
    fn moves_by_years_at_its_precision() {
        assert_eq!(date("2019-03").years_later(7), Some(date("2026-03")));
        assert_eq!(date("2019").years_later(1), Some(date("2020")));
        assert_eq!(date("2019-11-05").years_later(-1), Some(date("2018-11-05")));
        assert_eq!(date("2020-02-29").years_later(1), None);
        assert_eq!(date("2199-01").years_later(2), None);
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for raw in [
            "",
            "18",
            "2018-1",
            "2018-13",
            "2019-02-29",
            "2018-01-01-01",
            "abcd",
            "2018/01",
            "1800",
            "+201",
        ] {
            assert_eq!(
                PartialDate::parse("start", raw).unwrap_err().code,
                "INVALID_DATE",
                "{raw:?}"
            );
        }
    }

    #[test]
    fn ranges_compare_start_by_first_and_end_by_last_day() {
        // "2019" to "2019-01": the end's last day (31 Jan) is after the start's first (1 Jan).
        assert!(check_range(Some(&date("2019")), Some(&date("2019-01"))).is_ok());
        assert!(check_range(Some(&date("2019-03")), Some(&date("2019-03-01"))).is_ok());
        let err = check_range(Some(&date("2019-03-02")), Some(&date("2019-03-01"))).unwrap_err();
        assert_eq!(err.code, "END_BEFORE_START");
        assert!(check_range(Some(&date("2020")), Some(&date("2019"))).is_err());
        assert!(check_range(None, Some(&date("2019"))).is_ok());
    }

    fn any_partial_date() -> impl Strategy<Value = PartialDate> {
        (1990_i32..2100, 1_u32..=12, 1_u32..=31, 0_u8..3).prop_filter_map(
            "valid day",
            |(y, m, d, p)| {
                let raw = match p {
                    0 => format!("{y:04}"),
                    1 => format!("{y:04}-{m:02}"),
                    _ => format!("{y:04}-{m:02}-{d:02}"),
                };
                PartialDate::parse("date", &raw).ok()
            },
        )
    }

    proptest! {
        #[test]
        fn display_round_trips(d in any_partial_date()) {
            let again = PartialDate::parse("date", &d.to_string()).unwrap();
            prop_assert_eq!(again, d);
            prop_assert_eq!(again.precision(), d.precision());
        }

        #[test]
        fn first_day_never_after_last_day(d in any_partial_date()) {
            prop_assert!(d.first_day() <= d.last_day());
            prop_assert!(check_range(Some(&d), Some(&d)).is_ok());
        }

        #[test]
        fn end_before_start_iff_last_day_before_first_day(a in any_partial_date(), b in any_partial_date()) {
            let rejected = check_range(Some(&a), Some(&b)).is_err();
            prop_assert_eq!(rejected, b.last_day() < a.first_day());
        }

        #[test]
        fn a_finer_date_lies_within_its_coarser_one(d in any_partial_date()) {
            let year = PartialDate::parse("date", &format!("{:04}", d.first_day().year())).unwrap();
            prop_assert!(year.first_day() <= d.first_day() && d.last_day() <= year.last_day());
        }
    }
}
