#!/usr/bin/env node
// Checks the JavaScript weight of the first screens against their budgets, from the Vite
// build manifest (dist/.vite/manifest.json, `build.manifest: true`): a page's JS is the
// chunks it loads before it can show anything — the entry, the lazy chunks on its route,
// and everything those import statically — gzipped (level 9, as a server would send it).
// Exits 1 when a page is over budget. Run after `npm run build`: `npm run check:budgets`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = new URL('../dist/', import.meta.url).pathname;
const MANIFEST = join(DIST, '.vite/manifest.json');

/** Page → the manifest entries it loads (the entry first) and its budget in gzipped kB. */
export const BUDGETS = {
  'sign-in': { chunks: ['index.html'], kB: 150 },
  dashboard: { chunks: ['index.html', 'src/SignedInApp.tsx', 'src/dashboard/DashboardPage.tsx'], kB: 300 },
};

/** The manifest key of module `source`: its own key, or, when Vite merged the module into a
 * shared chunk (keyed by file name), the chunk named after it. */
function keyOf(manifest, source) {
  if (manifest[source]) return source;
  const name = source.split('/').pop().replace(/\.[jt]sx?$/, '');
  const found = Object.entries(manifest).find(([, chunk]) => chunk.name === name && chunk.file.endsWith('.js'));
  if (!found) throw new Error(`${source} is not in the build manifest`);
  return found[0];
}

/** The files of `roots` and of every chunk they import statically, each once. */
export function closure(manifest, roots) {
  const seen = new Set();
  const files = [];
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest`);
    files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  roots.map((root) => keyOf(manifest, root)).forEach(visit);
  return files.filter((file) => file.endsWith('.js'));
}

const gzipped = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const kB = (bytes) => (bytes / 1000).toFixed(1);

if (!existsSync(MANIFEST)) {
  console.error(`${MANIFEST} is missing: run \`npm run build\` first`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
let failed = false;
for (const [page, { chunks, kB: budget }] of Object.entries(BUDGETS)) {
  const files = closure(manifest, chunks);
  const sizes = files.map((file) => [file, gzipped(file)]);
  const total = sizes.reduce((sum, [, size]) => sum + size, 0);
  const over = total > budget * 1000;
  failed ||= over;
  console.log(`${over ? 'OVER' : 'ok  '} ${page}: ${kB(total)} kB gzipped JS of ${budget} kB (${files.length} files)`);
  for (const [file, size] of sizes.sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`       ${kB(size).padStart(6)} kB  ${file}`);
}
process.exit(failed ? 1 : 0);
