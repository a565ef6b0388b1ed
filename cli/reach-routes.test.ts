import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from './main';
import { fakeIo } from './testing';

const inspection = readFileSync(new URL('../model/fixtures/v2/routed-inspection.json', import.meta.url), 'utf8');
const files = { 'inspection.json': inspection };

describe('reach on an explicitly routed document', () => {
  it('prints a routes: line per explicitly routed hop', async () => {
    const io = fakeIo(files);
    expect(await run(['reach', 'inspection.json', 'dc', 'subnet-dev-a'], io)).toBe(0);
    const routes = io.out.split('\n').filter((line) => line.startsWith('  routes: '));
    expect(routes).toEqual([
      '  routes: hub-spokes: 0.0.0.0/0 → att-insp',
      '  routes: rt-insp-tgw: 0.0.0.0/0 → fw',
      '  routes: rt-insp-fw: 10.0.0.0/8 → tgw-hub',
      '  routes: hub-inspection: 10.1.0.0/16 → att-dev',
      '  routes: rt-dev-main: 10.1.0.0/16 → local',
    ]);
  });

  it('carries the routes in --format json, between path and blockedBy', async () => {
    const io = fakeIo(files);
    expect(await run(['reach', 'inspection.json', 'vpc-dev', 'dc', '--format', 'json'], io)).toBe(0);
    const answer = JSON.parse(io.out) as { routes: Array<Record<string, string>> };
    expect(Object.keys(answer)).toEqual(['reachable', 'path', 'routes', 'blockedBy']);
    expect(answer.routes[0]).toEqual({ at: 'vpc-dev', table: 'rt-dev-main', destination: '0.0.0.0/0', target: 'tgw-hub' });
    expect(answer.routes[answer.routes.length - 1]).toEqual({ at: 'tgw-hub', table: 'hub-inspection', destination: '192.168.0.0/16', target: 'vpn-dc-static-aws' });
  });
});
