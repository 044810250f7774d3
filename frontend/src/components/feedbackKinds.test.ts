import { describe, expect, it } from 'vitest';

import { defaultFeedbackKind, offeredKinds } from './feedbackKinds';

describe('feedback kinds', () => {
  it('leaves REPLY out of new top-level items only', () => {
    expect(offeredKinds(['QUESTION', 'REPLY'], false)).toEqual(['QUESTION']);
    expect(offeredKinds(['QUESTION', 'REPLY'], true)).toEqual(['QUESTION', 'REPLY']);
    expect(offeredKinds([], false)).toEqual([]);
  });

  it('starts on the viewer’s own kind: an expert gives expert feedback, a city asks', () => {
    const all = ['EXPERT_FEEDBACK', 'QUESTION', 'RECOMMENDATION'] as const;
    expect(defaultFeedbackKind(all, 'EXPERT', false)).toBe('EXPERT_FEEDBACK');
    expect(defaultFeedbackKind(all, 'PARTNER', false)).toBe('QUESTION');
    expect(defaultFeedbackKind(all, 'COORDINATOR', false)).toBe('QUESTION');
    expect(defaultFeedbackKind(all, null, false)).toBe('QUESTION');
    expect(defaultFeedbackKind(['QUESTION'], 'EXPERT', false)).toBe('QUESTION');
    expect(defaultFeedbackKind(['RECOMMENDATION', 'EXPERT_FEEDBACK'], 'PARTNER', false)).toBe('RECOMMENDATION');
    expect(defaultFeedbackKind([], 'EXPERT', false)).toBeNull();
  });

  it('starts a reply as a reply when that is offered', () => {
    expect(defaultFeedbackKind(['EXPERT_FEEDBACK', 'QUESTION', 'REPLY'], 'EXPERT', true)).toBe('REPLY');
    expect(defaultFeedbackKind(['EXPERT_FEEDBACK', 'QUESTION'], 'EXPERT', true)).toBe('EXPERT_FEEDBACK');
  });
});
