import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

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
