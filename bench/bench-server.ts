/**
 * What the browser benchmarks share: building the app, serving it with `next start` on a port of
 * their own, and launching Chromium ($CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
 * Playwright's own).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

/** Runs `next build`, unless `--no-build` is among the arguments; exits when the build fails. */
export function buildUnlessAsked(args: readonly string[]): void {
  if (args.includes('--no-build')) return;
  console.log('Building the app (next build)…');
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** Starts `next start` on `port`; it stops when this process exits. */
export function startServer(port: number): ChildProcess {
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that stopping it also stops the next-server it starts.
    detached: true,
  });
  server.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  const stop = () => stopServer(server);
  process.on('exit', stop);
  process.on('SIGINT', () => process.exit(130));
  return server;
}

export function stopServer(server: ChildProcess): void {
  if (server.pid === undefined) return;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/** Resolves once `url` answers 200, or throws after a minute. */
export async function waitForServer(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`the server did not answer on ${url}`);
}

export function launchChromium(): Promise<Browser> {
  const debian = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return chromium.launch({
    ...(existsSync(debian) ? { executablePath: debian } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
