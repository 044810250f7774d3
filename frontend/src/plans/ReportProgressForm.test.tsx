import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { ReportProgressForm } from './ReportProgressForm';
import type { PlanStep } from './types';

const step = {
  __typename: 'ActionStep',
  id: 'step-1',
  number: '2',
  status: 'ON_TRACK',
  percentComplete: 40,
} as unknown as PlanStep;

describe('ReportProgressForm', () => {
  it('sends the report and shows the userErrors the server answers', async () => {
    const sent: unknown[] = [];
    const client = mockClient((_query, variables, operation) => {
      if (operation !== 'SubmitProgressReport') return undefined;
      sent.push(variables.input);
      return {
        submitProgressReport: {
          __typename: 'ProgressReportPayload',
          progressReport: null,
          userErrors: [{ __typename: 'UserError', field: ['input', 'evidenceLinks'], message: 'Not an http(s) link: ftp://x', code: 'INVALID_URL' }],
        },
      };
    });
    const onDone = vi.fn();
    renderWithProviders(<ReportProgressForm step={step} thematicAreaId={null} onDone={onDone} onCancel={() => undefined} />, { client });

    const form = screen.getByRole('form', { name: 'Report progress on step 2' });
    expect(form).toBeInTheDocument();
    // DONE fixes the percentage at 100.
    await userEvent.click(screen.getAllByLabelText('Status')[0] as HTMLElement);
    await userEvent.click(await screen.findByRole('option', { name: 'Done' }));
    expect(screen.getByRole('textbox', { name: 'Percent complete' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'Percent complete' })).toHaveValue('100 %');

    await userEvent.type(screen.getByRole('textbox', { name: 'What happened' }), 'Finished early.');
    await userEvent.type(screen.getByRole('textbox', { name: /Evidence links/ }), 'ftp://x');
    await userEvent.click(screen.getByRole('button', { name: 'Submit the report' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Not an http(s) link: ftp://x');
    expect(onDone).not.toHaveBeenCalled();
    expect(sent).toEqual([
      { stepId: 'step-1', status: 'DONE', percentComplete: 100, narrative: 'Finished early.', evidenceLinks: ['ftp://x'], coordinationCallId: null },
    ]);
  });
});
