// Slippage in words (issue 14): two different things, never merged into one "late by N days".
// Overdue is lateness against today and the current plan ("Due 3 weeks ago, not done");
// drift is how far the current end moved from the baseline ("Moved 4 months later than the
// baseline"). Day counts become the largest unit that still reads well.
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { formatters } from '../components/format';

export type DurationUnit = 'day' | 'week' | 'month' | 'year';

export interface Duration {
  unit: DurationUnit;
  count: number;
}

const DAYS_PER_MONTH = 365.25 / 12;
const DAYS_PER_YEAR = 365.25;

/** `days` in the largest unit that reads well: under 14 days in days, under 8 weeks in
 * weeks, under 24 months in months, else in years (rounded). Null for none (0 or less). */
export function humanDuration(days: number): Duration | null {
  if (!Number.isFinite(days) || days <= 0) return null;
  if (days < 14) return { unit: 'day', count: Math.round(days) };
  if (days < 56) return { unit: 'week', count: Math.round(days / 7) };
  const months = Math.round(days / DAYS_PER_MONTH);
  if (months < 24) return { unit: 'month', count: months };
  return { unit: 'year', count: Math.round(days / DAYS_PER_YEAR) };
}

/** "4 months" in the interface language (i18next plurals). */
function durationText(t: TFunction, { unit, count }: Duration): string {
  switch (unit) {
    case 'day':
      return t('progress:duration.day', { count });
    case 'week':
      return t('progress:duration.week', { count });
    case 'month':
      return t('progress:duration.month', { count });
    case 'year':
      return t('progress:duration.year', { count });
  }
}

export interface SlippageTexts {
  /** "Due 3 weeks ago, not done", or null when not overdue. */
  overdue: (daysOverdue: number) => string | null;
  /** "Moved 4 months later than the baseline", or null when there is no drift. */
  drift: (daysBehindBaseline: number) => string | null;
}

/** The slippage texts of `language` (`t` must have the `progress` namespace loaded). */
export function slippageTexts(t: TFunction, language: string): SlippageTexts {
  const { relativeCount } = formatters(language);
  return {
    overdue: (days) => {
      const duration = humanDuration(days);
      return duration && t('progress:overdueText', { ago: relativeCount(-duration.count, duration.unit) });
    },
    drift: (days) => {
      const duration = humanDuration(days);
      return duration && t('progress:driftText', { duration: durationText(t, duration) });
    },
  };
}

/** The slippage texts of the interface language. */
export function useSlippageTexts(): SlippageTexts {
  const { t, i18n } = useTranslation('progress');
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => slippageTexts(t, language), [t, language]);
}
