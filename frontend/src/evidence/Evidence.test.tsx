import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

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

const phoenix = {
  __typename: 'Award',
  id: 'aw-1',
  name: 'Phoenix Award',
  edition: 3,
  year: 2018,
  criteria: ['Innovation', 'Social impact'],
  applications: 40,
  winners: [
    { __typename: 'AwardWinner', name: 'USTR GmbH', activity: 'Logistics', organisation: { __typename: 'Organisation', id: 'o-1' } },
    { __typename: 'AwardWinner', name: 'Café Sol', activity: 'Catering', organisation: null },
  ],
};

const businesses = {
  __typename: 'TerritoryFact',
  id: 'tf-1',
  figure: 'Businesses run by migrants',
  value: 1500,
  unit: 'businesses',
  year: 2017,
  qualifier: 'around',
  country: null,
  sourceText: 'Around 1,500 businesses are run by migrants.',
  section: 'Economy',
  territory: { __typename: 'Territory', id: 't-1', name: 'Munich' },
};

function renderEvidence(recordEvidence: boolean, answers: Record<string, unknown> = {}, { awards = [] as unknown[], facts = [] as unknown[] } = {}) {
  const sent: Record<string, unknown> = {};
  const client = mockClient((_q, variables, operation) => {
    if (operation === 'EvidenceCapabilities') return { viewerCapabilities: { __typename: 'NetworkCapabilities', recordEvidence } };
    if (operation === 'Awards') return { awards: { __typename: 'AwardConnection', totalCount: awards.length, pageInfo: page, nodes: awards } };
    if (operation === 'TerritoryFacts') return { territoryFacts: { __typename: 'TerritoryFactConnection', totalCount: facts.length, pageInfo: page, nodes: facts } };
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

  it('offers no edit or delete to whoever may not record evidence', async () => {
    renderEvidence(false, {}, { awards: [phoenix], facts: [businesses] });
    expect(await screen.findByRole('heading', { name: /Phoenix Award 2018/ })).toBeInTheDocument();
    expect(await screen.findByText('Businesses run by migrants')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit / })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Delete / })).not.toBeInTheDocument();
  });

  it('edits an award in its prefilled form, winners replaced', async () => {
    const sent = renderEvidence(
      true,
      { UpdateAward: { updateAward: { __typename: 'AwardPayload', award: { ...phoenix, name: 'Phoenix Prize' }, userErrors: [] } } },
      { awards: [phoenix] },
    );
    const user = userEvent.setup({ delay: null });
    expect(await screen.findByRole('button', { name: 'Delete Phoenix Award 2018' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Edit Phoenix Award 2018' }));
    const form = screen.getByRole('form', { name: 'Edit Phoenix Award 2018' });
    expect(within(form).getByRole('textbox', { name: /^Name(?! of)/ })).toHaveValue('Phoenix Award');
    expect(within(form).getByRole('textbox', { name: /Criteria/ })).toHaveValue('Innovation\nSocial impact');
    expect(within(form).getByRole('textbox', { name: 'Name of winner 2' })).toHaveValue('Café Sol');
    await user.clear(within(form).getByRole('textbox', { name: /^Name(?! of)/ }));
    await user.type(within(form).getByRole('textbox', { name: /^Name(?! of)/ }), 'Phoenix Prize');
    await user.click(within(form).getByRole('button', { name: 'Remove winner 2' }));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(sent.UpdateAward).toEqual({
      id: 'aw-1',
      name: 'Phoenix Prize',
      year: 2018,
      edition: 3,
      applications: 40,
      criteria: ['Innovation', 'Social impact'],
      winners: [{ name: 'USTR GmbH', activity: 'Logistics', organisationId: 'o-1' }],
    });
    await vi.waitFor(() => expect(screen.queryByRole('form', { name: 'Edit Phoenix Award 2018' })).not.toBeInTheDocument());
  }, 30_000);

  it('edits a territory fact, a refused value shown by its code next to the field', async () => {
    const sent = renderEvidence(
      true,
      { UpdateTerritoryFact: { updateTerritoryFact: { __typename: 'TerritoryFactPayload', territoryFact: null, userErrors: [userError('year', 'INVALID_YEAR', { min: '1900', max: '2100' })] } } },
      { facts: [businesses] },
    );
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Edit Businesses run by migrants (Munich, 2017)' }));
    const form = screen.getByRole('form', { name: 'Edit Businesses run by migrants (Munich, 2017)' });
    expect(within(form).getByRole('textbox', { name: /Figure/ })).toHaveValue('Businesses run by migrants');
    expect(within(form).getByRole('textbox', { name: /Source sentence/ })).toHaveValue('Around 1,500 businesses are run by migrants.');
    await user.clear(within(form).getByRole('textbox', { name: /Value/ }));
    await user.type(within(form).getByRole('textbox', { name: /Value/ }), '1600');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(sent.UpdateTerritoryFact).toEqual({
      id: 'tf-1',
      figure: 'Businesses run by migrants',
      qualifier: 'around',
      value: 1600,
      unit: 'businesses',
      territoryId: 't-1',
      country: null,
      year: 2017,
      sourceText: 'Around 1,500 businesses are run by migrants.',
      section: 'Economy',
    });
    await within(form).findByText('The year must be between 1900 and 2100.');
    expect(within(form).getByRole('textbox', { name: /Year/ })).toHaveAccessibleDescription(expect.stringContaining('The year must be between 1900 and 2100.'));
    expect(screen.queryByText(/Server text/)).not.toBeInTheDocument();
  }, 30_000);

  it('deletes a territory fact or an award only once confirmed', async () => {
    const confirm = vi.fn().mockReturnValue(false);
    window.confirm = confirm;
    const sent = renderEvidence(
      true,
      {
        DeleteTerritoryFact: { deleteTerritoryFact: { __typename: 'TerritoryFactPayload', territoryFact: { __typename: 'TerritoryFact', id: 'tf-1' }, userErrors: [] } },
        DeleteAward: { deleteAward: { __typename: 'AwardPayload', award: { __typename: 'Award', id: 'aw-1' }, userErrors: [] } },
      },
      { awards: [phoenix], facts: [businesses] },
    );
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Delete Businesses run by migrants (Munich, 2017)' }));
    expect(confirm).toHaveBeenCalledWith('Delete the territory fact “Businesses run by migrants (Munich, 2017)”?');
    expect(sent.DeleteTerritoryFact).toBeUndefined();
    confirm.mockReturnValue(true);
    await user.click(screen.getByRole('button', { name: 'Delete Businesses run by migrants (Munich, 2017)' }));
    expect(sent.DeleteTerritoryFact).toEqual({ id: 'tf-1' });
    await user.click(screen.getByRole('button', { name: 'Delete Phoenix Award 2018' }));
    expect(confirm).toHaveBeenLastCalledWith('Delete the award Phoenix Award 2018 with its winners?');
    expect(sent.DeleteAward).toEqual({ id: 'aw-1' });
  }, 30_000);
});
