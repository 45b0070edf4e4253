// A server of its own on a copy of dist/, for tests that stop the server,
// publish a new version or change the data, without touching other tests.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export async function startServer(dist: string, port: number): Promise<ChildProcess> {
  const base = `http://127.0.0.1:${port}`;
  const up = () =>
    fetch(`${base}/`).then(
      () => true,
      () => false,
    );
  // A server of an earlier attempt (a retry, --repeat-each) may still be
  // shutting down on this port: wait for it, or this test would talk to it.
  for (let i = 0; i < 100 && (await up()); i++) await new Promise((r) => setTimeout(r, 100));
  // A file only this copy has: the server that answers with it is this
  // test's own, not another test's on the same port.
  const token = randomUUID();
  writeFileSync(`${dist}/own-server-${token}.txt`, token);
  const server = spawn('scripts/serve.sh', [String(port), dist], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`${base}/own-server-${token}.txt`);
      if (r.ok && (await r.text()) === token) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill('SIGTERM');
  throw new Error(`nginx did not start on ${port} (or another server holds the port)`);
}

/** Copies dist/ to `dist` and serves the copy on `port`. */
export async function serveCopy(dist: string, port: number) {
  execFileSync('rm', ['-rf', dist]);
  execFileSync('cp', ['-R', 'dist', dist]);
  const server = await startServer(dist, port);
  return { dist, base: `http://127.0.0.1:${port}`, stop: () => server.kill('SIGTERM') };
}

/** Waits until a service worker controls `page` (it claims open pages). */
export async function waitForControl(page: Page) {
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 }).toBe(true);
}
