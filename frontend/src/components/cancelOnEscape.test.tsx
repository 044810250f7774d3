import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { cancelOnEscape } from './cancelOnEscape';

describe('cancelOnEscape', () => {
  it('cancels on Esc, but not while a dropdown is open', () => {
    const onCancel = vi.fn();
    render(
      <form onKeyDown={cancelOnEscape(onCancel)}>
        <input aria-label="plain" />
        <input aria-label="open list" aria-expanded="true" />
      </form>,
    );
    fireEvent.keyDown(screen.getByLabelText('open list'), { key: 'Escape' });
    expect(onCancel).not.toHaveBeenCalled();
    fireEvent.keyDown(screen.getByLabelText('plain'), { key: 'Enter' });
    expect(onCancel).not.toHaveBeenCalled();
    fireEvent.keyDown(screen.getByLabelText('plain'), { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledOnce();
  });
});
