/// <reference types="vitest/config" />
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    react({
      babel: {
        // graphql-codegen's document optimizer: each `graphql(`…`)` call becomes an import of
        // its document from src/gql/graphql.ts, so only the documents a chunk uses ship with
        // it, and the map of every document's source text (src/gql/gql.ts) not at all.
        plugins: [[babelOptimizerPlugin, { artifactDirectory: './src/gql', gqlTagName: 'graphql' }]],
      },
    }),
  ],
  build: {
    // dist/.vite/manifest.json: what each entry and chunk imports, read by
    // scripts/check-budgets.mjs.
    manifest: true,
  },
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:8080' },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
  },
});
