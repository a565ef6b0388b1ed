import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, subnet, vpc } from '../testing/build';
import { routeTableRef } from './route-table-ref';

type Raw = Record<string, unknown>;
const devTables = [{ id: 'rt-dev', main: true, propagate: ['vgw-dev'] }, { id: 'rt-dev-2' }];
const base = (): Raw[] => [
  vpc('dev', ['10.1.0.0/16'], { props: { routeTables: devTables } }),
  subnet('dev-a', 'dev', '10.1.0.0/24'),
  node('vgw-dev', 'vpn-gateway', 'dev'),
  vpc('shared', ['10.2.0.0/16'], { props: { routeTables: [{ id: 'rt-shared', main: true }] } }),
  subnet('shared-a', 'shared', '10.2.0.0/24'),
  node('vgw-shared', 'vpn-gateway', 'shared'),
  node('tgw', 'transit-gateway', undefined, { routeTables: [{ id: 'tgw-rt', associations: ['att-dev'], propagations: ['att-dev'] }] }),
];
const connections: Raw[] = [link('att-dev', 'tgw-attachment', 'tgw', 'dev', { subnets: ['dev-a'] }), link('pcx', 'vpc-peering', 'dev', 'shared')];
const run = (nodes: Raw[], conns: Raw[] = connections) => routeTableRef.check(indexOf(buildDocument(nodes, conns)));

/** The base document with one node's props changed. */
function withProps(id: string, props: Raw): Raw[] {
  return base().map((n) => (n.id === id ? { ...n, props: { ...(n.props as Raw), ...props } } : n));
}

describe('route-table-ref', () => {
  it('accepts references to tables, subnets, VGWs and attachments of the right owner', () => {
    expect(run(withProps('dev-a', { routeTable: 'rt-dev-2' }))).toEqual([]);
  });

  it("fires on a subnet associated with another VPC's table, or with an id that names nothing", () => {
    const other = run(withProps('dev-a', { routeTable: 'rt-shared' }));
    expect(other).toHaveLength(1);
    expect(other[0]).toMatchObject({ rule: 'route-table-ref', severity: 'error', subjects: ['dev-a', 'dev', 'shared', 'rt-shared'] });
    expect(other[0]!.message).toBe(
      "Subnet dev-a is associated with route table rt-shared of VPC shared, which is not a route table of VPC dev; it can only use its own VPC's tables.",
    );
    const nothing = run(withProps('dev-a', { routeTable: 'rt-gone' }));
    expect(nothing.map((f) => f.subjects)).toEqual([['dev-a', 'dev']]);
    expect(nothing[0]!.message).toContain('"rt-gone" (no element or route table has that id)');
  });

  it('reports a dangling association even in a VPC without tables (the tables were deleted)', () => {
    const nodes = [vpc('bare', ['10.9.0.0/16']), subnet('s', 'bare', '10.9.0.0/24', { props: { routeTable: 'rt-old' } })];
    expect(run(nodes, []).map((f) => f.subjects)).toEqual([['s', 'bare']]);
  });

  it("fires on a gateway endpoint associated with a transit gateway's table", () => {
    const nodes = [...base(), node('s3', 'vpc-endpoint', 'dev', { type: 'gateway', routeTables: ['rt-dev', 'tgw-rt'] })];
    const findings = run(nodes);
    expect(findings.map((f) => f.subjects)).toEqual([['s3', 'dev', 'tgw', 'tgw-rt']]);
    expect(findings[0]!.message).toMatch(/^VPC endpoint s3 is associated with route table tgw-rt of Transit gateway tgw, which is not a route table of VPC dev/);
  });

  it("fires on an attachment subnet of another VPC", () => {
    const findings = run(base(), [link('att-dev', 'tgw-attachment', 'tgw', 'dev', { subnets: ['dev-a', 'shared-a'] })]);
    expect(findings.map((f) => f.subjects)).toEqual([['att-dev', 'dev', 'shared-a']]);
    expect(findings[0]!.message).toBe(
      'Transit gateway attachment att-dev lists Subnet shared-a among its subnets, which is not a subnet of VPC dev; a transit gateway attachment has its interfaces in subnets of the attached VPC.',
    );
  });

  it("fires on a VPC table propagating from another VPC's VGW", () => {
    const findings = run(withProps('dev', { routeTables: [{ id: 'rt-dev', main: true, propagate: ['vgw-shared'] }] }));
    expect(findings.map((f) => f.subjects)).toEqual([['dev', 'vgw-shared', 'rt-dev']]);
    expect(findings[0]!.message).toMatch(/^Route table rt-dev of VPC dev propagates routes from Virtual private gateway vgw-shared, which is not a virtual private gateway attached to VPC dev/);
  });

  it('fires on transit gateway associations and propagations that are not its attachments', () => {
    const nodes = withProps('tgw', { routeTables: [{ id: 'tgw-rt', associations: ['att-dev', 'pcx'], propagations: ['ghost'] }] });
    const findings = run(nodes);
    expect(findings.map((f) => f.subjects)).toEqual([
      ['tgw', 'pcx', 'tgw-rt'],
      ['tgw', 'tgw-rt'],
    ]);
    expect(findings[0]!.message).toBe(
      'Route table tgw-rt of Transit gateway tgw is associated with VPC peering pcx, which is not an attachment of Transit gateway tgw; its tables list only the VPC, VPN, Direct Connect gateway and peering attachments that end on it.',
    );
    expect(findings[1]!.message).toContain('learns routes from "ghost"');
  });
});
