/**
 * The app as the browser benchmarks need it: built with `next build`, served by `next start` on a
 * port of their own, and a headless Chromium (Debian's where it is installed, as in the e2e tests).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

/** Runs `next build`; exits the process when the build fails. */
export function buildApp(): void {
  console.log('Building the app (next build)…');
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** A running `next start`: its base URL, and how to stop it. */
export interface AppServer {
  base: string;
  stop(): void;
}

/** Starts `next start` on `port` and resolves once `probePath` answers; the server stops when the process exits. */
export async function startApp(port: number, probePath = '/bench/baseline'): Promise<AppServer> {
  const base = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that stopping it also stops the next-server it starts.
    detached: true,
  });
  server.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  const stop = () => {
    if (server.pid === undefined) return;
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.on('exit', stop);
  process.on('SIGINT', () => process.exit(130));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${base}${probePath}`);
      if (response.ok) return { base, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  stop();
  throw new Error(`the server did not answer on ${base}`);
}

/** Headless Chromium: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own. */
export function launchChromium(): Promise<Browser> {
  const debian = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return chromium.launch({
    ...(existsSync(debian) ? { executablePath: debian } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
