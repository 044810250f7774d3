import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { CompositionWarnings } from './CompositionWarnings';

const warnings = {
  compositionWarnings: [
    {
      __typename: 'CompositionWarning',
      rule: 'TWO_LEADING_TERRITORIES',
      leadingCount: 1,
      expectedCount: 2,
      workingGroup: {
        __typename: 'WorkingGroup',
        id: 'g-2',
        title: 'Outreach and empowerment of migrant communities',
        thematicArea: { __typename: 'ThematicArea', id: 'a-2', number: 2 },
      },
      territory: null,
    },
    {
      __typename: 'CompositionWarning',
      rule: 'EVERY_TERRITORY_LEADS',
      leadingCount: null,
      expectedCount: 2,
      workingGroup: null,
      territory: { __typename: 'Territory', id: 't-3', name: 'Hamburg' },
    },
  ],
};

function renderWarnings(manageWorkingGroups: boolean, asked: string[] = []) {
  renderWithProviders(<CompositionWarnings />, {
    client: mockClient((_q, _v, operation) => {
      asked.push(operation ?? '');
      if (operation === 'CompositionCapability') return { viewerCapabilities: { __typename: 'NetworkCapabilities', manageWorkingGroups } };
      if (operation === 'CompositionWarnings') return warnings;
      return undefined;
    }),
  });
}

describe('CompositionWarnings', () => {
  it('tells the coordinator which group and which city depart from the rules', async () => {
    renderWarnings(true);
    const panel = await screen.findByTestId('composition-warnings');
    expect(panel).toHaveTextContent('2. Outreach and empowerment of migrant communities is led by 1 city/region instead of 2.');
    expect(panel).toHaveTextContent('Hamburg takes part but leads no working group.');
  });

  it('asks nothing and shows nothing to whoever may not manage the groups', async () => {
    const asked: string[] = [];
    renderWarnings(false, asked);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('composition-warnings')).not.toBeInTheDocument();
    expect(asked).not.toContain('CompositionWarnings');
  });
});
