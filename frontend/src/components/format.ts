// Dates, numbers and relative times in the interface language, through Intl: every date or
// number the UI shows goes through here (never `toLocaleString()` or the browser's locale).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { parsePartialDate } from '../plans/partialDate';

/** A `NaiveDate` ("YYYY-MM-DD") as a UTC date, so no time zone moves it a day. */
export function naiveDate(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** Builds `make()` on first call and keeps it: an `Intl` constructor costs far more than a
 * `format` call, and a dashboard renders dozens of components that format. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

function buildFormatters(language: string) {
  const percent = lazy(() => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }));
  const number = lazy(() => new Intl.NumberFormat(language));
  const oneDecimal = lazy(() => new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  const signedOneDecimal = lazy(() => new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }));
  const day = lazy(() => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }));
  const month = lazy(() => new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' }));
  const year = lazy(() => new Intl.DateTimeFormat(language, { year: 'numeric', timeZone: 'UTC' }));
  const longDay = lazy(() => new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
  const time = lazy(() => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }));
  const zonedTimes = new Map<string, Intl.DateTimeFormat>();
  const zonedTime = (timeZone: string) => {
    let format = zonedTimes.get(timeZone);
    if (!format) {
      format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone });
      zonedTimes.set(timeZone, format);
    }
    return format;
  };
  const relative = lazy(() => new Intl.RelativeTimeFormat(language, { numeric: 'auto' }));
  return {
    /** 0–100 as "72 %" in the language's way. */
    percent: (value: number) => percent().format(value / 100),
    number: (value: number) => number().format(value),
    /** A mean such as a benchmark level, to one decimal: "1.8" ("1,8" in German). */
    oneDecimal: (value: number) => oneDecimal().format(value),
    /** A change to one decimal with its sign: "+0.5", "-0.3", "0.0". */
    signedOneDecimal: (value: number) => signedOneDecimal().format(value),
    /** A `NaiveDate`. */
    day: (value: string) => day().format(naiveDate(value)),
    /** A `PartialDate` at its own precision: "2018", "Sep 2018" or "5 Nov 2018" (as given
     * when it is not one). */
    partialDate: (value: string) => {
      const parsed = parsePartialDate(value);
      if (!parsed) return value;
      const date = new Date(Date.UTC(parsed.year, (parsed.month ?? 1) - 1, parsed.day ?? 1));
      if (parsed.day !== undefined) return day().format(date);
      if (parsed.month !== undefined) return month().format(date);
      return year().format(date);
    },
    /** A `NaiveDate` with its weekday, e.g. "Tuesday, 6 November 2018". */
    longDay: (value: string) => longDay().format(naiveDate(value)),
    /** A `DateTime`, in the browser's time zone or in `timeZone` (an IANA name). */
    time: (value: string, timeZone?: string) => (timeZone ? zonedTime(timeZone) : time()).format(new Date(value)),
    /** A `DateTime` relative to `now`, e.g. "3 days ago", "in 2 months". */
    relative: (value: string, now: number = Date.now()) => {
      const seconds = (new Date(value).getTime() - now) / 1000;
      const [unit, size] = UNITS.find(([, s]) => Math.abs(seconds) >= s) ?? ['second', 1];
      return relative().format(Math.round(seconds / size), unit);
    },
    /** `count` units from now, e.g. -3 weeks as "3 weeks ago". */
    relativeCount: (count: number, unit: Intl.RelativeTimeFormatUnit) => relative().format(count, unit),
  };
}

export type Formatters = ReturnType<typeof buildFormatters>;

const byLanguage = new Map<string, Formatters>();

/** The formatters of `language` (a BCP 47 tag such as `de`), one shared set per language. */
export function formatters(language: string): Formatters {
  let set = byLanguage.get(language);
  if (!set) {
    set = buildFormatters(language);
    byLanguage.set(language, set);
  }
  return set;
}

/** The formatters of the interface language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => formatters(language), [language]);
}
