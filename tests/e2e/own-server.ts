// A server of its own on a copy of dist/, for tests that stop the server,
// publish a new version or change the data, without touching other tests.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export async function startServer(dist: string, port: number): Promise<ChildProcess> {
  const server = spawn('scripts/serve.sh', [String(port), dist], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not start on ${port}`);
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
