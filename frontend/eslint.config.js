import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Props that show text to people: a literal string there must be a translation. */
const TEXT_PROPS = ['label', 'title', 'subtitle', 'placeholder', 'description', 'error', 'alt', 'aria-label', 'closeButtonLabel', 'header', 'message'];

export default tseslint.config(
  { ignores: ['dist', 'src/gql', 'node_modules', 'lighthouse'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Text for people comes from the locale files: no literal text in JSX, nor in props
    // that show text (label, title, placeholder, aria-label …).
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/test/**'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': { include: TEXT_PROPS },
          // Code inside JSX: keys, field names, comparisons with API enum values.
          callees: { exclude: ['t', 'i18n(ext)?', 'field', '.*\\.field', 'label', 'includes', 'startsWith', 'endsWith', 'notify'] },
          words: { exclude: ['[\\s\\d.,:;·–—…()→←↑↓%/#|-]*', '[A-Z_]+'] },
        },
      ],
    },
  },
);
