import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { BenchmarkCreateButtons } from './CreateForms';
import { RoundComparison } from './RoundComparison';

const round = (id: string, name: string, heldOn: string) => ({ __typename: 'BenchmarkRound', id, name, heldOn });
const org = { __typename: 'Organisation', id: 'org-1', name: 'GRDR' };
const score = (keyActor: string, dimension: string, level: number | null) => ({ __typename: 'BenchmarkScore', keyActor, dimension, level });

describe('RoundComparison', () => {
  it("shows an organisation's levels of two rounds in each cell, with the change in words", async () => {
    const client = mockClient((_query, variables, operation) => {
      if (operation === 'BenchmarkComparisonChoices')
        return {
          benchmarkRounds: { __typename: 'BenchmarkRoundConnection', nodes: [round('r2', 'Re-benchmark', '2020-01-01'), round('r1', 'Baseline', '2018-09-01')] },
          benchmarks: {
            __typename: 'BenchmarkConnection',
            nodes: [
              { __typename: 'Benchmark', id: 'b2', organisation: org, round: { __typename: 'BenchmarkRound', id: 'r2' } },
              { __typename: 'Benchmark', id: 'b1', organisation: org, round: { __typename: 'BenchmarkRound', id: 'r1' } },
            ],
          },
        };
      if (operation === 'ComparedBenchmarks') {
        expect(variables).toEqual({ organisationId: 'org-1', first: 'r1', second: 'r2' });
        return {
          first: { __typename: 'BenchmarkConnection', nodes: [{ __typename: 'Benchmark', id: 'b1', scores: [score('MUNICIPALITY', 'SUPPORT_SERVICES', 1)] }] },
          second: {
            __typename: 'BenchmarkConnection',
            nodes: [{ __typename: 'Benchmark', id: 'b2', scores: [score('MUNICIPALITY', 'SUPPORT_SERVICES', 3), score('MUNICIPALITY', 'INCLUSIVE_PROCUREMENT', 0)] }],
          },
        };
      }
      return undefined;
    });
    renderWithProviders(<RoundComparison />, { client });
    const pick = async (label: string, option: string) => {
      await userEvent.click(await screen.findByRole('combobox', { name: label }));
      await userEvent.click(await screen.findByRole('option', { name: option }));
    };
    await pick('Organisation', 'GRDR');
    await pick('First round', 'Baseline (2018-09-01)');
    await pick('Second round', 'Re-benchmark (2020-01-01)');
    await waitFor(() => expect(screen.getByTestId('compare-MUNICIPALITY-SUPPORT_SERVICES')).toHaveTextContent('Level 1 → Level 3Higher'));
    expect(screen.getByTestId('compare-MUNICIPALITY-INCLUSIVE_PROCUREMENT')).toHaveTextContent('not assessed → Level 0');
  }, 20_000);
});

describe('BenchmarkCreateButtons', () => {
  const choices = (manageBenchmarkRounds: boolean) =>
    mockClient((_query, _variables, operation) =>
      operation === 'NewBenchmarkChoices'
        ? {
            viewerCapabilities: { __typename: 'NetworkCapabilities', manageBenchmarkRounds },
            organisations: { __typename: 'OrganisationConnection', nodes: [org] },
            benchmarkRounds: { __typename: 'BenchmarkRoundConnection', nodes: [round('r1', 'Baseline', '2018-09-01')] },
          }
        : undefined,
    );

  it('offers New round and New benchmark to whoever may manage rounds', async () => {
    renderWithProviders(<BenchmarkCreateButtons onCreated={() => undefined} />, { client: choices(true) });
    expect(await screen.findByRole('button', { name: 'New round' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New benchmark' })).toBeInTheDocument();
  });

  it('shows nothing to others', () => {
    renderWithProviders(<BenchmarkCreateButtons onCreated={() => undefined} />, { client: choices(false) });
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
