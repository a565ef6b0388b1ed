import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (...args: string[]) =>
  spawnSync(process.execPath, ['cli/bin.mjs', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' }, timeout: 60_000 });

describe('cli/bin.mjs, for real', () => {
  it('validates an example and prints JSON, exit 0', () => {
    const result = bin('validate', 'examples/three-tier.json', '--format', 'json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ summary: { errors: 0 } });
  }, 60_000);

  it('exits 1 on the broken example and 2 on a missing file, with one line and no stack', () => {
    expect(bin('validate', 'examples/broken.json').status).toBe(1);
    const missing = bin('validate', 'examples/no-such-file.json');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('examples/no-such-file.json: cannot read: no such file\n');
  }, 60_000);

  it('answers reach with exit 0 when reachable', () => {
    const result = bin('reach', 'examples/hybrid-dx-vpn.json', 'onprem', 'vpc-prod');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^onprem → vpc-prod: reachable\n/);
  }, 60_000);
});

describe('cli/bin.mjs chooses the bundle or the sources', { timeout: 60_000 }, () => {
  /** A package folder with bin.mjs, a stand-in bundle, and one source file; no tsx to fall back to. */
  const tree = (options: { manifest?: boolean; bundle?: boolean } = {}) => {
    const dir = mkdtempSync(join(tmpdir(), 'vpc-canvas-bin-'));
    mkdirSync(join(dir, 'cli'));
    mkdirSync(join(dir, 'dist'));
    mkdirSync(join(dir, 'src'));
    copyFileSync(join(root, 'cli/bin.mjs'), join(dir, 'cli/bin.mjs'));
    writeFileSync(join(dir, 'src/rule.ts'), 'export {};\n');
    if (options.bundle !== false) writeFileSync(join(dir, 'dist/vpc-canvas.mjs'), "process.stdout.write('bundle ran\\n');\n");
    if (options.manifest !== false) writeFileSync(join(dir, 'dist/build-inputs.json'), JSON.stringify({ inputs: ['src/rule.ts'] }));
    // The source older than the bundle, and both older than any edit a test makes.
    const [written, built] = [new Date(Date.now() - 60_000), new Date(Date.now() - 30_000)];
    utimesSync(join(dir, 'src/rule.ts'), written, written);
    if (options.bundle !== false) utimesSync(join(dir, 'dist/vpc-canvas.mjs'), built, built);
    return dir;
  };
  const launch = (dir: string) => spawnSync(process.execPath, [join(dir, 'cli/bin.mjs'), '--version'], { encoding: 'utf8', timeout: 30_000 });
  const dirs: string[] = [];
  const made = (dir: string) => (dirs.push(dir), dir);
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('runs the bundle when no source changed after it', () => {
    const result = launch(made(tree()));
    expect(result.stdout).toBe('bundle ran\n');
    expect(result.status).toBe(0);
  });

  it('runs the bundle of an installed package, which has no list of sources', () => {
    expect(launch(made(tree({ manifest: false }))).stdout).toBe('bundle ran\n');
  });

  it('does not run a bundle older than a source, nor one whose source is gone; says why when tsx is missing', () => {
    const edited = made(tree());
    writeFileSync(join(edited, 'src/rule.ts'), 'export const changed = true;\n');
    const stale = launch(edited);
    expect(stale.stdout).toBe('');
    expect(stale.status).toBe(2);
    expect(stale.stderr).toBe(
      'vpc-canvas: the command line (dist/vpc-canvas.mjs) was built before the sources last changed, and tsx is not installed to run the sources; run `npm run build:cli`\n',
    );
    const removed = made(tree());
    rmSync(join(removed, 'src/rule.ts'));
    expect(launch(removed).stdout).toBe('');
  });

  it('says the command line is not built when the bundle is missing', () => {
    const result = launch(made(tree({ bundle: false })));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('(dist/vpc-canvas.mjs) is not built');
  });
});
