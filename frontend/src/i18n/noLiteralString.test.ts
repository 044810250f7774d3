// @vitest-environment node
// The lint rule that keeps text for people out of the code: it must refuse a literal.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const SAMPLE = `import { TextInput } from '@mantine/core';
export function Sample({ ok }: { ok: boolean }) {
  return (
    <div data-testid="sample" className="x">
      Hello world
      <TextInput label="Name" placeholder="Objective #3" />
      {ok ? 'Saved' : null}
      {' · '}
    </div>
  );
}
`;

describe('i18next/no-literal-string', () => {
  it('refuses literal text in JSX and in text props, and nothing else', async () => {
    const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });
    const [result] = await eslint.lintText(SAMPLE, { filePath: 'src/Sample.tsx' });
    const found = (result?.messages ?? []).filter((m) => m.ruleId === 'i18next/no-literal-string').map((m) => m.line);
    // "Hello world", label, placeholder, 'Saved' — not data-testid, className or " · ".
    expect(found).toEqual([4, 6, 6, 7]);
  });
});
