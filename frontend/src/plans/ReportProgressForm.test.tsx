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
  it('sends the report and shows the userErrors the server answers, translated, at their fields', async () => {
    const sent: unknown[] = [];
    const client = mockClient((_query, variables, operation) => {
      if (operation !== 'SubmitProgressReport') return undefined;
      sent.push(variables.input);
      return {
        submitProgressReport: {
          __typename: 'ProgressReportPayload',
          progressReport: null,
          userErrors: [
            {
              __typename: 'UserError',
              field: ['input', 'evidenceLinks'],
              message: 'Not an http(s) link: ftp://x',
              code: 'INVALID_URL',
              params: [{ __typename: 'UserErrorParam', name: 'value', value: 'ftp://x' }],
            },
            { __typename: 'UserError', field: ['input', 'stepId'], message: 'Progress is reported only while…', code: 'PLAN_NOT_IMPLEMENTING', params: [] },
          ],
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

    const links = screen.getByRole('textbox', { name: /Evidence links/ });
    await vi.waitFor(() => expect(links).toHaveAccessibleDescription(/Evidence links must be a web address starting with http:\/\/ or https:\/\//));
    expect(links).toHaveAttribute('aria-invalid', 'true');
    // The error on no field of the form is shown above it; the server's English never.
    expect(screen.getByRole('alert')).toHaveTextContent('Progress can only be reported while the plan is being implemented.');
    expect(document.body).not.toHaveTextContent('Not an http(s) link');
    expect(onDone).not.toHaveBeenCalled();
    expect(sent).toEqual([
      { stepId: 'step-1', status: 'DONE', percentComplete: 100, narrative: 'Finished early.', evidenceLinks: ['ftp://x'], coordinationCallId: null },
    ]);
  });

  it('asks for confirmation and a reason before moving a done step back, and explains the percentage', async () => {
    const sent: unknown[] = [];
    const client = mockClient((_query, variables, operation) => {
      if (operation !== 'SubmitProgressReport') return undefined;
      sent.push(variables.input);
      return {
        submitProgressReport: {
          __typename: 'ProgressReportPayload',
          progressReport: null,
          userErrors: [{ __typename: 'UserError', field: ['input', 'narrative'], message: 'server words', code: 'REASON_REQUIRED', params: [] }],
        },
      };
    });
    const done = { ...step, status: 'DONE', percentComplete: 100 } as unknown as PlanStep;
    renderWithProviders(<ReportProgressForm step={done} thematicAreaId={null} onDone={() => undefined} onCancel={() => undefined} />, { client });
    expect(screen.queryByTestId('back-from-done')).not.toBeInTheDocument();
    await userEvent.click(screen.getAllByLabelText('Status')[0] as HTMLElement);
    await userEvent.click(await screen.findByRole('option', { name: 'On track' }));
    expect(screen.getByTestId('back-from-done')).toHaveTextContent('Moving it back to work in progress needs a reason.');
    const reason = screen.getByRole('textbox', { name: /Why is the step not done any more\?/ });
    expect(reason).toBeRequired();
    expect(screen.getByRole('textbox', { name: 'Percent complete' })).toHaveAccessibleDescription(/From 0 to 100/);

    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    window.confirm = confirm;
    await userEvent.type(reason, ' ');
    const submitButton = screen.getByRole('button', { name: 'Submit the report' });
    // Submitting a form with an empty required field is the browser's to stop; the reason here
    // is blank after trimming, which the API refuses.
    await userEvent.click(submitButton);
    expect(confirm).toHaveBeenCalledWith('Move step 2 back from Done to “On track”?');
    expect(sent).toHaveLength(0);
    await userEvent.click(submitButton);
    expect(sent).toHaveLength(1);
    await vi.waitFor(() => expect(reason).toHaveAccessibleDescription(/say in the narrative why it is not any more|why it is not any more/i));
    expect(document.body).not.toHaveTextContent('server words');
  });
});
