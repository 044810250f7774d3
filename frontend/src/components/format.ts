// Locale-aware formatting of the monitoring figures (percentages, calendar days).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** A `NaiveDate` ("YYYY-MM-DD") as a UTC date, so no time zone moves it a day. */
export function naiveDate(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    const number = new Intl.NumberFormat(language);
    const day = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    const time = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      /** 0–100 as "72 %" in the language's way. */
      percent: (value: number) => percent.format(value / 100),
      number: (value: number) => number.format(value),
      /** A `NaiveDate`. */
      day: (value: string) => day.format(naiveDate(value)),
      /** A `DateTime`. */
      time: (value: string) => time.format(new Date(value)),
    };
  }, [language]);
}
