/**
 * The built command line, run as a process the way users run it: built into a scratch folder by
 * scripts/build-cli.mjs (the same build `npm ci` and `npm pack` run), then spawned with Node alone.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { median } from '../bench/stats';

const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'vpc-canvas-bundle-'));
const outdir = join(scratch, 'dist');
const entry = join(outdir, 'vpc-canvas.mjs');
const example = (name: string) => join(root, 'examples', name);
const version: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

const cli = (args: string[], options: { input?: string | Buffer; cwd?: string } = {}): SpawnSyncReturns<string> =>
  spawnSync(process.execPath, [entry, ...args], {
    cwd: options.cwd ?? scratch,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts/build-cli.mjs'), '--outdir', outdir], { encoding: 'utf8', timeout: 120_000 });
  expect(build.stderr).toBe('');
  expect(build.status).toBe(0);
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the bundle', { timeout: 60_000 }, () => {
  it('is plain JavaScript that imports only Node built-ins and its own chunks', () => {
    for (const file of readdirSync(outdir).filter((f) => f.endsWith('.mjs'))) {
      const text = readFileSync(join(outdir, file), 'utf8');
      // Statements only (at the start or after `;`, `}` or a newline): the word "import" also occurs inside strings.
      const imports = [...text.matchAll(/(?:^|[;}\n])\s*import\s*(?:[^'"`;()]*?\bfrom\s*)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2]);
      for (const specifier of imports) expect(specifier, `${file} imports ${specifier}`).toMatch(/^(node:|\.\/chunk-[\w-]+\.mjs$)/);
      expect(text).not.toMatch(/\btsx\/esm|from\s*["']typescript["']/);
    }
  });

  it('does not load elkjs for validate: ELK sits in a chunk only layout imports', () => {
    const files = readdirSync(outdir).filter((f) => f.endsWith('.mjs'));
    const elkChunks = files.filter((f) => readFileSync(join(outdir, f), 'utf8').includes('org.eclipse.elk'));
    expect(elkChunks).toHaveLength(1);
    const entryText = readFileSync(entry, 'utf8');
    const staticImports = [...entryText.matchAll(/\bimport\s*(?:[^'"(]*?\bfrom\s*)?["'](\.\/[^"']+)["']/g)].map((m) => m[1]!.slice(2));
    expect(staticImports.length).toBeGreaterThan(0);
    expect(staticImports).not.toContain(elkChunks[0]);
    // Nor does a chunk the entry loads statically pull it in.
    for (const chunk of staticImports) expect(readFileSync(join(outdir, chunk), 'utf8')).not.toContain(`"./${elkChunks[0]}"`);
  });

  it('knows the package version without package.json beside it', () => {
    const result = cli(['--version']);
    expect(result.stdout).toBe(`${version}\n`);
    expect(result.status).toBe(0);
  });

  it('starts within 3× of `node -e 0` (issue 13), median of interleaved runs', () => {
    const node: number[] = [];
    const validate: number[] = [];
    const time = (run: () => unknown) => {
      const started = performance.now();
      run();
      return performance.now() - started;
    };
    for (let i = 0; i < 7; i++) {
      node.push(time(() => spawnSync(process.execPath, ['-e', '0'])));
      validate.push(time(() => cli(['validate', example('three-tier.json')])));
    }
    expect(median(validate)).toBeLessThan(3 * median(node));
  }, 120_000);
});

describe('the bundle: exit statuses as the spec says', { timeout: 60_000 }, () => {
  it.each([
    [['validate', example('three-tier.json')], 0],
    [['validate', example('broken.json')], 1],
    [['validate', example('three-tier.json'), example('broken.json')], 1],
    [['validate', example('broken.json'), join(scratch, 'missing.json')], 2],
    [['validate', '--format', 'json', example('broken.json')], 1],
    [['validate', '--format', 'sarif', example('broken.json')], 1],
    [['reach', example('hybrid-dx-vpn.json'), 'onprem', 'vpc-prod'], 0],
    [['reach', example('broken.json'), 'vpc-island', 'vpc-core'], 1],
    [['reach', example('broken.json'), 'vpc-island', 'no-such-node'], 2],
    [['rules'], 0],
    [['layout', example('three-tier.json'), '-o', join(scratch, 'laid-out.json')], 0],
    [['layout', join(scratch, 'missing.json')], 2],
    [['frobnicate'], 2],
    [['validate'], 2],
  ])('%j → %i', (args, status) => {
    const result = cli(args as string[]);
    expect(result.status, result.stderr).toBe(status);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('keeps the exit status when the reader stops early (`| head` under pipefail)', () => {
    // About 400 KB of text, far more than a pipe holds, so the writer meets a closed pipe.
    const files = Array.from({ length: 200 }, () => example('broken.json'));
    const command = `"${process.execPath}" "${entry}" validate ${files.map((f) => `"${f}"`).join(' ')} | head -c 100 > /dev/null`;
    const result = spawnSync('bash', ['-o', 'pipefail', '-c', command], { encoding: 'utf8', timeout: 120_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const rules = spawnSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" "${entry}" rules | head -n 1`], { encoding: 'utf8' });
    expect(rules.stderr).toBe('');
    expect(rules.status).toBe(0);
  }, 120_000);
});

describe('the bundle: input', { timeout: 60_000 }, () => {
  const threeTier = readFileSync(example('three-tier.json'), 'utf8');

  it('reads standard input for -', () => {
    const result = cli(['validate', '-'], { input: readFileSync(example('broken.json')) });
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe('<stdin>');
    const json = cli(['validate', '-', '--format', 'json'], { input: threeTier });
    expect(JSON.parse(json.stdout).summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
    const empty = cli(['validate', '-'], { input: '' });
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/^<stdin>: /);
  });

  it.each([
    ['UTF-8 with a byte order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(threeTier, 'utf8')])],
    ['UTF-16LE with a byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(threeTier, 'utf16le')])],
    ['UTF-16BE with a byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(threeTier, 'utf16le').swap16()])],
  ])('reads a file in %s like the UTF-8 one', (_encoding, bytes) => {
    const file = join(scratch, 'encoded.json');
    writeFileSync(file, bytes);
    const expected = cli(['validate', example('three-tier.json'), '--format', 'json']);
    const result = cli(['validate', file, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(expected.stdout);
    const piped = cli(['validate', '-', '--format', 'json'], { input: bytes });
    expect(piped.stdout).toBe(expected.stdout);
  });

  it('validates many large files one at a time: 20 files of 10 MB under a 128 MB heap', () => {
    // Unknown fields survive parsing, so each document holds its 10 MB note: kept all at once, as
    // before, they need over 400 MB and the process aborted out of memory with no output.
    const big = join(scratch, 'big.json');
    const doc = JSON.parse(threeTier) as Record<string, unknown>;
    doc.notes = 'x'.repeat(10 * 1024 * 1024);
    writeFileSync(big, JSON.stringify(doc));
    const result = spawnSync(process.execPath, ['--max-old-space-size=128', entry, 'validate', '--format', 'json', ...Array.from({ length: 20 }, () => big)], {
      encoding: 'utf8',
      timeout: 120_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const entries = JSON.parse(result.stdout);
    expect(entries).toHaveLength(20);
    expect(entries.every((e: { summary: { errors: number } }) => e.summary.errors === 0)).toBe(true);
  }, 120_000);
});
