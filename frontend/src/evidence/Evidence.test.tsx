import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { EvidencePage } from '../pages/EvidencePage';
import { mockClient, renderWithProviders } from '../test/render';

const page = { __typename: 'PageInfo', hasNextPage: false, endCursor: null };

const userError = (field: string, code: string, params: Record<string, string> = {}) => ({
  __typename: 'UserError',
  field: ['input', field],
  code,
  message: `Server text for ${code}`,
  params: Object.entries(params).map(([name, value]) => ({ __typename: 'UserErrorParam', name, value })),
});

function renderEvidence(recordEvidence: boolean, answers: Record<string, unknown> = {}) {
  const sent: Record<string, unknown> = {};
  const client = mockClient((_q, variables, operation) => {
    if (operation === 'EvidenceCapabilities') return { viewerCapabilities: { __typename: 'NetworkCapabilities', recordEvidence } };
    if (operation === 'Awards') return { awards: { __typename: 'AwardConnection', totalCount: 0, pageInfo: page, nodes: [] } };
    if (operation === 'TerritoryFacts') return { territoryFacts: { __typename: 'TerritoryFactConnection', totalCount: 0, pageInfo: page, nodes: [] } };
    if (operation === 'TerritoryOptions') return { territories: { __typename: 'TerritoryConnection', nodes: [{ __typename: 'Territory', id: 't-1', name: 'Munich' }] } };
    if (operation === 'WinnerOrganisationOptions') return { organisations: { __typename: 'OrganisationConnection', nodes: [] } };
    if (operation && operation in answers) {
      sent[operation] = variables.input;
      return answers[operation];
    }
    return undefined;
  });
  renderWithProviders(<EvidencePage />, { client });
  return sent;
}

describe('EvidencePage', () => {
  it('offers no recording to whoever may not record evidence', async () => {
    renderEvidence(false);
    expect(await screen.findByRole('heading', { name: 'Territory facts' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New award' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New territory fact' })).not.toBeInTheDocument();
  });

  it('shows a refused territory fact’s errors next to their fields', async () => {
    const sent = renderEvidence(true, {
      CreateTerritoryFact: {
        createTerritoryFact: {
          __typename: 'TerritoryFactPayload',
          territoryFact: null,
          userErrors: [userError('country', 'INVALID_COUNTRY'), userError('year', 'INVALID_YEAR', { min: '1900', max: '2100' })],
        },
      },
    });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'New territory fact' }));
    const form = screen.getByRole('form', { name: 'New territory fact' });
    expect(within(form).getByRole('textbox', { name: /Figure/ })).toHaveFocus();
    await user.type(within(form).getByRole('textbox', { name: /Figure/ }), 'Businesses run by migrants');
    await user.type(within(form).getByRole('textbox', { name: /Value/ }), '1500');
    await user.type(within(form).getByRole('textbox', { name: /Unit/ }), 'businesses');
    await user.type(within(form).getByRole('textbox', { name: /Country/ }), 'zz');
    await user.type(within(form).getByRole('textbox', { name: /Year/ }), '1850');
    await user.type(within(form).getByRole('textbox', { name: /Source sentence/ }), 'Some 1,500 businesses are run by migrants.');
    await user.click(within(form).getByRole('button', { name: 'Record the fact' }));
    expect(sent.CreateTerritoryFact).toMatchObject({ figure: 'Businesses run by migrants', value: 1500, unit: 'businesses', country: 'ZZ', year: 1850, territoryId: null, qualifier: null });
    await within(form).findByText('Use a two-letter country code such as DE.');
    expect(within(form).getByRole('textbox', { name: /Country/ })).toHaveAccessibleDescription(expect.stringContaining('Use a two-letter country code such as DE.'));
    expect(within(form).getByRole('textbox', { name: /Year/ })).toHaveAccessibleDescription(expect.stringContaining('The year must be between 1900 and 2100.'));
    expect(screen.queryByText(/Server text/)).not.toBeInTheDocument();
  }, 30_000);

  it('records an award with its winners, a refused winner shown with the winners', async () => {
    const sent = renderEvidence(true, {
      CreateAward: { createAward: { __typename: 'AwardPayload', award: null, userErrors: [userError('winners', 'REQUIRED')] } },
    });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'New award' }));
    const form = screen.getByRole('form', { name: 'New award' });
    await user.type(within(form).getByRole('textbox', { name: /Name/ }), 'Phoenix Award');
    await user.type(within(form).getByRole('textbox', { name: /Year/ }), '2018');
    await user.type(within(form).getByRole('textbox', { name: /Criteria/ }), 'Innovation{Enter}Social impact');
    await user.click(within(form).getByRole('button', { name: 'Add a winner' }));
    await user.type(within(form).getByRole('textbox', { name: 'Name of winner 1' }), 'USTR GmbH');
    await user.click(within(form).getByRole('button', { name: 'Record the award' }));
    expect(sent.CreateAward).toEqual({
      name: 'Phoenix Award',
      year: 2018,
      edition: null,
      applications: null,
      criteria: ['Innovation', 'Social impact'],
      winners: [{ name: 'USTR GmbH', activity: '', organisationId: null }],
    });
    expect(await within(within(form).getByTestId('winners')).findByText('Winners is required.')).toBeInTheDocument();
  }, 30_000);
});
