import i18n from 'i18next';
import { describe, expect, it } from 'vitest';

import { humanDuration, slippageTexts } from './slippage';

describe('humanDuration', () => {
  it('is nothing for no slippage', () => {
    expect(humanDuration(0)).toBeNull();
    expect(humanDuration(-3)).toBeNull();
  });

  it('counts days under two weeks, weeks under eight weeks', () => {
    expect(humanDuration(1)).toEqual({ unit: 'day', count: 1 });
    expect(humanDuration(13)).toEqual({ unit: 'day', count: 13 });
    expect(humanDuration(14)).toEqual({ unit: 'week', count: 2 });
    expect(humanDuration(24)).toEqual({ unit: 'week', count: 3 });
    expect(humanDuration(55)).toEqual({ unit: 'week', count: 8 });
  });

  it('counts months from eight weeks, years from 24 months', () => {
    expect(humanDuration(56)).toEqual({ unit: 'month', count: 2 });
    expect(humanDuration(122)).toEqual({ unit: 'month', count: 4 });
    expect(humanDuration(700)).toEqual({ unit: 'month', count: 23 });
    expect(humanDuration(715)).toEqual({ unit: 'month', count: 23 });
    expect(humanDuration(720)).toEqual({ unit: 'year', count: 2 });
    // The browser review's "late by 2,982 days".
    expect(humanDuration(2982)).toEqual({ unit: 'year', count: 8 });
  });
});

describe('slippageTexts', () => {
  const texts = (language: string) => slippageTexts(i18n.getFixedT(language), language);

  it('says overdue and drift apart, in words', () => {
    const en = texts('en');
    expect(en.overdue(21)).toBe('Due 3 weeks ago, not done');
    expect(en.drift(122)).toBe('Moved 4 months later than the baseline');
    expect(en.overdue(2982)).toBe('Due 8 years ago, not done');
    expect(en.drift(1)).toBe('Moved 1 day later than the baseline');
    expect(en.overdue(1)).toBe('Due yesterday, not done');
  });

  it('says nothing when there is nothing to say', () => {
    const en = texts('en');
    expect(en.overdue(0)).toBeNull();
    expect(en.drift(0)).toBeNull();
  });

  it('speaks the other languages, with their plurals', async () => {
    await i18n.loadLanguages(['de', 'fr', 'it', 'es']);
    await i18n.loadNamespaces('progress');
    expect(texts('de').overdue(21)).toBe('Fällig vor 3 Wochen, nicht erledigt');
    expect(texts('de').drift(122)).toBe('Um 4 Monate gegenüber dem Ausgangsplan verschoben');
    expect(texts('fr').drift(365 * 3)).toBe('Repoussée de 3 ans par rapport au plan initial');
    expect(texts('fr').drift(1)).toBe('Repoussée de 1 jour par rapport au plan initial');
    expect(texts('it').overdue(60)).toBe('Scaduto 2 mesi fa, non completato');
    expect(texts('it').drift(14)).toBe('Posticipato di 2 settimane rispetto al piano iniziale');
    expect(texts('es').overdue(10)).toBe('Venció hace 10 días, sin terminar');
    expect(texts('es').drift(31)).toBe('Aplazado 4 semanas respecto al plan inicial');
    expect(texts('es').drift(1)).toBe('Aplazado 1 día respecto al plan inicial');
  });
});
