import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { clearTokens, storeTokens } from '../auth/tokens';
import { renderWithProviders } from '../test/render';
import { StepsCsvButton } from './StepsCsvButton';

describe('StepsCsvButton', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    clearTokens();
  });

  it('fetches the steps export with the session’s token and saves it', async () => {
    storeTokens({ accessToken: 'token-1', accessTokenExpiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    const fetchMock = vi.fn(async () => new Response('action_plan_id,organisation\n', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    URL.createObjectURL = vi.fn(() => 'blob:steps');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderWithProviders(<StepsCsvButton />);
    await userEvent.click(screen.getByRole('button', { name: 'Download the steps (CSV)' }));
    await vi.waitFor(() => expect(click).toHaveBeenCalledOnce());
    expect(fetchMock).toHaveBeenCalledWith('/api/reports/steps.csv', { headers: { Authorization: 'Bearer token-1' } });
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toMatch(/^steps-\d{4}-\d{2}-\d{2}\.csv$/);
    click.mockRestore();
  });
});
