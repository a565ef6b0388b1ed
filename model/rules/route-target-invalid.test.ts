import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, subnet, vpc } from '../testing/build';
import { routeTargetInvalid } from './route-target-invalid';

type Raw = Record<string, unknown>;
const nodes = (devRoutes: Raw[], tgwRoutes: Raw[] = []): Raw[] => [
  vpc('dev', ['10.1.0.0/16'], { props: { routeTables: [{ id: 'rt-dev', name: 'private', main: true, routes: devRoutes }] } }),
  subnet('dev-a', 'dev', '10.1.0.0/24'),
  node('igw-dev', 'internet-gateway', 'dev'),
  node('eigw-dev', 'egress-only-internet-gateway', 'dev'),
  node('vgw-dev', 'vpn-gateway', 'dev'),
  node('nat-dev', 'nat-gateway', 'dev-a'),
  node('fw', 'instance', 'dev-a', { sourceDestCheck: false }),
  vpc('shared', ['10.2.0.0/16']),
  subnet('shared-a', 'shared', '10.2.0.0/24'),
  node('igw-shared', 'internet-gateway', 'shared'),
  node('nat-shared', 'nat-gateway', 'shared-a'),
  vpc('other', ['10.3.0.0/16']),
  node('tgw', 'transit-gateway', undefined, { routeTables: [{ id: 'tgw-rt', associations: ['att-dev'], routes: tgwRoutes }] }),
  node('tgw-2', 'transit-gateway'),
];
const connections: Raw[] = [
  link('att-dev', 'tgw-attachment', 'tgw', 'dev'),
  link('att-shared', 'tgw-attachment', 'tgw', 'shared'),
  link('pcx', 'vpc-peering', 'dev', 'shared'),
  link('pcx-other', 'vpc-peering', 'shared', 'other'),
];
const run = (devRoutes: Raw[], tgwRoutes: Raw[] = []) => routeTargetInvalid.check(indexOf(buildDocument(nodes(devRoutes, tgwRoutes), connections)));
const r = (destination: string, target: string): Raw => ({ destination, target });

describe('route-target-invalid', () => {
  it('accepts every kind of target a VPC route may use from this VPC', () => {
    const routes = [r('0.0.0.0/0', 'igw-dev'), r('::/0', 'eigw-dev'), r('192.168.0.0/16', 'vgw-dev'), r('172.16.0.0/12', 'nat-dev'), r('100.64.0.0/10', 'fw'), r('10.0.0.0/8', 'tgw'), r('10.2.0.0/16', 'pcx')];
    expect(run(routes, [r('10.2.0.0/16', 'att-shared'), r('10.9.0.0/16', 'blackhole')])).toEqual([]);
  });

  it("fires on another VPC's internet gateway, naming the route and the table", () => {
    const findings = run([r('0.0.0.0/0', 'igw-shared')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'route-target-invalid', severity: 'error', subjects: ['dev', 'igw-shared', 'rt-dev'] });
    expect(findings[0]!.message).toBe('Route table private of VPC dev sends 0.0.0.0/0 to Internet gateway igw-shared, but it is not attached to VPC dev; the route drops what it matches.');
  });

  it("fires on another VPC's NAT gateway, an unattached transit gateway, a peering of other VPCs, a blackhole and a missing id", () => {
    const findings = run([r('1.0.0.0/8', 'nat-shared'), r('2.0.0.0/8', 'tgw-2'), r('10.3.0.0/16', 'pcx-other'), r('3.0.0.0/8', 'blackhole'), r('4.0.0.0/8', 'gone')]);
    expect(findings.map((f) => f.subjects)).toEqual([
      ['dev', 'nat-shared', 'rt-dev'],
      ['dev', 'tgw-2', 'rt-dev'],
      ['dev', 'pcx-other', 'rt-dev'],
      ['dev', 'rt-dev'],
      ['dev', 'rt-dev'],
    ]);
    expect(findings.map((f) => f.message.split(', but ')[1])).toEqual([
      'it is not in a subnet of VPC dev; the route drops what it matches.',
      'VPC dev has no attachment to it; the route drops what it matches.',
      'VPC dev is not one of its two VPCs; the route drops what it matches.',
      'AWS has no blackhole target in VPC route tables (only a transit gateway table can drop traffic on purpose); the route drops what it matches.',
      'no element has that id; the route drops what it matches.',
    ]);
  });

  it('fires on a kind that cannot be a target (a subnet, an attachment connection)', () => {
    const findings = run([r('1.0.0.0/8', 'dev-a'), r('2.0.0.0/8', 'att-dev')]);
    expect(findings.map((f) => f.subjects)).toEqual([
      ['dev', 'dev-a', 'rt-dev'],
      ['dev', 'att-dev', 'rt-dev'],
    ]);
    expect(findings[0]!.message).toContain('it cannot be a route target: a VPC route targets');
  });

  it('fires on a transit gateway route to something that is not one of its attachments', () => {
    const findings = run([], [r('10.3.0.0/16', 'pcx'), r('10.4.0.0/16', 'nowhere')]);
    expect(findings.map((f) => f.subjects)).toEqual([
      ['tgw', 'pcx', 'tgw-rt'],
      ['tgw', 'tgw-rt'],
    ]);
    expect(findings[0]!.message).toBe(
      'Route table tgw-rt of Transit gateway tgw sends 10.3.0.0/16 to VPC peering pcx, but it is not an attachment of the transit gateway: a transit gateway route targets one of its VPC, VPN, Direct Connect gateway or peering attachments, or "blackhole"; the route drops what it matches.',
    );
  });
});
