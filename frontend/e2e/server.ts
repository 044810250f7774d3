// Starts the real `mega serve --demo` (SQLite in a temp dir, the built SPA) for the browser
// tests and stops it afterwards.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import type { TestProject } from 'vitest/node';

export const DEMO_PASSWORD = 'demo-password-for-tests';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilReady(url: string, server: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`mega exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`mega did not become ready at ${url}`);
}

export default async function setup(project: TestProject) {
  const bin = resolve(process.env.MEGA_BIN ?? '../target/debug/mega');
  const dist = resolve('dist');
  if (!existsSync(bin)) throw new Error(`${bin} not found: run \`cargo build -p mega-server\` first`);
  if (!existsSync(join(dist, 'index.html'))) throw new Error('frontend/dist is missing: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'mega-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn(bin, ['serve', '--demo'], {
    env: {
      ...process.env,
      MEGA_BIND: `127.0.0.1:${port}`,
      MEGA_DATABASE_URL: `sqlite://${join(dir, 'e2e.db')}?mode=rwc`,
      MEGA_STATIC_DIR: dist,
      MEGA_DEMO_PASSWORD: DEMO_PASSWORD,
      MEGA_LOG: process.env.MEGA_LOG ?? 'warn',
      // The suite plays a day of several people's work as the same few demo accounts in a
      // quarter of an hour; the production budget (5,000 points per account per hour) is
      // meant for one person and is tested on its own (tests/api/rate_limits.rs).
      MEGA_RATE_LIMIT_POINTS_PER_HOUR: '200000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitUntilReady(baseUrl, server);
  project.provide('baseUrl', baseUrl);
  return async () => {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  };
}
