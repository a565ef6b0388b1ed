import { describe, expect, it } from 'vitest';
import { buildDocument, link, node, onPrem, subnet, vpc } from '../testing/build';
import { reach } from './reach';

type Raw = Record<string, unknown>;

const rules = (result: { blockedBy: Array<{ rule: string }> }) => result.blockedBy.map((b) => b.rule);
const hops = (result: { routes?: Array<{ table: string; destination: string; target: string }> }) => (result.routes ?? []).map((r) => `${r.table}: ${r.destination} → ${r.target}`);

/** An explicitly routed VPC `<id>` with one subnet `<id>-a` (its block is the VPC's first /24) and one main table `rt-<id>`. */
const routedVpc = (id: string, cidr: string, routes: Raw[], extra: { tables?: Raw[]; subnetProps?: Raw } = {}): Raw[] => [
  vpc(id, [cidr], { props: { routeTables: [{ id: `rt-${id}`, name: 'private', main: true, routes }, ...(extra.tables ?? [])] } }),
  subnet(`${id}-a`, id, cidr.replace(/\.0\.0\/16$/, '.0.0/24'), { props: { az: 'eu-west-1a', ...extra.subnetProps } }),
];

/**
 * dev, prod and shared on transit gateway hub: dev and prod associated with `spokes` (which learns
 * only shared), shared with `shared` (which learns both spokes). Each VPC sends 10.0.0.0/8 to the hub.
 */
function isolatedSpokes(spokeRoutes: Raw[] = [], spokePropagations = ['att-shared']) {
  const toHub = [{ destination: '10.0.0.0/8', target: 'hub' }];
  return buildDocument(
    [
      ...routedVpc('dev', '10.1.0.0/16', toHub),
      ...routedVpc('prod', '10.2.0.0/16', toHub),
      ...routedVpc('shared', '10.3.0.0/16', toHub),
      node('hub', 'transit-gateway', undefined, {
        routeTables: [
          { id: 'hub-spokes', name: 'spokes', associations: ['att-dev', 'att-prod'], propagations: spokePropagations, routes: spokeRoutes },
          { id: 'hub-shared', name: 'shared', associations: ['att-shared'], propagations: ['att-dev', 'att-prod'] },
        ],
      }),
    ],
    [link('att-dev', 'tgw-attachment', 'hub', 'dev'), link('att-prod', 'tgw-attachment', 'hub', 'prod'), link('att-shared', 'tgw-attachment', 'hub', 'shared')],
  );
}

describe('transit gateway associations: isolated spokes', () => {
  it('both spokes reach shared services, with the route used at each hop', () => {
    const doc = isolatedSpokes();
    const devToShared = reach(doc, 'dev', 'shared');
    expect(devToShared.reachable).toBe(true);
    expect(devToShared.path).toEqual(['dev', 'att-dev', 'hub', 'att-shared', 'shared']);
    expect(hops(devToShared)).toEqual(['rt-dev: 10.0.0.0/8 → hub', 'hub-spokes: 10.3.0.0/16 → att-shared', 'rt-shared: 10.3.0.0/16 → local']);
    expect(devToShared.routes![1]).toMatchObject({ at: 'hub', propagatedFrom: 'att-shared' });
    expect(reach(doc, 'prod', 'shared').reachable).toBe(true);
    expect(reach(doc, 'shared', 'dev').reachable).toBe(true);
  });

  it('dev does not reach prod: the spokes table has no route, named with its gateway and table', () => {
    const result = reach(isolatedSpokes(), 'dev', 'prod');
    expect(result.reachable).toBe(false);
    expect(result.blockedBy).toEqual([
      { rule: 'route-no-route', subjects: ['hub', 'hub-spokes'], message: 'Route table hub-spokes (spokes) of Transit gateway hub has no route to 10.2.0.0/16.' },
    ]);
  });

  it('near miss: propagating prod into the spokes table joins them', () => {
    const result = reach(isolatedSpokes([], ['att-shared', 'att-prod']), 'dev-a', 'prod-a');
    expect(result.reachable).toBe(true);
    expect(result.path).toEqual(['dev-a', 'dev', 'att-dev', 'hub', 'att-prod', 'prod', 'prod-a']);
  });

  it('a blackhole drops what it matches (route-blackhole), even against a propagated route of the same prefix', () => {
    const result = reach(isolatedSpokes([{ destination: '10.2.0.0/16', target: 'blackhole' }], ['att-shared', 'att-prod']), 'dev', 'prod');
    expect(rules(result)).toEqual(['route-blackhole']);
    expect(result.blockedBy[0]!.subjects).toEqual(['hub', 'hub-spokes']);
    expect(result.blockedBy[0]!.message).toBe('Route table hub-spokes (spokes) of Transit gateway hub routes 10.2.0.0/16 (10.2.0.0/16) to a blackhole.');
  });

  it('a VPC table without a route for the destination drops it at the first hop', () => {
    const doc = buildDocument(
      [...routedVpc('dev', '10.1.0.0/16', [{ destination: '10.9.0.0/16', target: 'hub' }]), ...routedVpc('shared', '10.3.0.0/16', []), node('hub', 'transit-gateway')],
      [link('att-dev', 'tgw-attachment', 'hub', 'dev'), link('att-shared', 'tgw-attachment', 'hub', 'shared')],
    );
    expect(reach(doc, 'dev', 'shared').blockedBy).toEqual([
      { rule: 'route-no-route', subjects: ['dev', 'rt-dev'], message: 'Route table rt-dev (private) of VPC dev has no route to 10.3.0.0/16.' },
    ]);
  });

  it('an attachment associated with no table drops its traffic', () => {
    const doc = isolatedSpokes();
    const hub = doc.nodes.find((n) => n.id === 'hub')!;
    const props = hub.props as { routeTables: Array<{ associations: string[] }> };
    props.routeTables[0]!.associations = ['att-prod'];
    expect(rules(reach(doc, 'dev', 'shared'))).toEqual(['tgw-attachment-unassociated']);
  });
});

describe('mixed documents', () => {
  const doc = (routes: Raw[]) =>
    buildDocument(
      [...routedVpc('dev', '10.1.0.0/16', routes), vpc('shared', ['10.3.0.0/16']), subnet('shared-a', 'shared', '10.3.0.0/24'), node('hub', 'transit-gateway')],
      [link('att-dev', 'tgw-attachment', 'hub', 'dev'), link('att-shared', 'tgw-attachment', 'hub', 'shared')],
    );

  it('an explicitly routed VPC on an implicitly routed transit gateway: its routes decide its hop, version 1 the rest', () => {
    const result = reach(doc([{ destination: '10.0.0.0/8', target: 'hub' }]), 'dev', 'shared');
    expect(result).toMatchObject({ reachable: true, path: ['dev', 'att-dev', 'hub', 'att-shared', 'shared'] });
    expect(hops(result)).toEqual(['rt-dev: 10.0.0.0/8 → hub']);
    // The way back is implicit throughout but for dev's local route.
    expect(hops(reach(doc([]), 'shared', 'dev'))).toEqual(['rt-dev: 10.1.0.0/16 → local']);
  });

  it('without the route, the explicit hop drops it', () => {
    expect(rules(reach(doc([]), 'dev', 'shared'))).toEqual(['route-no-route']);
  });

  it('a question that meets no route table keeps version 1: no routes in the answer', () => {
    const d = buildDocument(
      [...routedVpc('dev', '10.1.0.0/16', []), vpc('a', ['10.5.0.0/16']), vpc('b', ['10.6.0.0/16'])],
      [link('pcx-ab', 'vpc-peering', 'a', 'b')],
    );
    expect(reach(d, 'a', 'b')).toEqual({ reachable: true, path: ['a', 'pcx-ab', 'b'], blockedBy: [] });
  });
});

describe('peering as a route target', () => {
  const doc = (routes: Raw[]) =>
    buildDocument(
      [...routedVpc('dev', '10.1.0.0/16', routes), vpc('prod', ['10.2.0.0/16']), vpc('third', ['10.4.0.0/16'])],
      [link('pcx', 'vpc-peering', 'dev', 'prod'), link('pcx-2', 'vpc-peering', 'prod', 'third')],
    );

  it("reaches the peer's own blocks", () => {
    const result = reach(doc([{ destination: '10.2.0.0/16', target: 'pcx' }]), 'dev', 'prod');
    expect(result).toMatchObject({ reachable: true, path: ['dev', 'pcx', 'prod'] });
    expect(hops(result)).toEqual(['rt-dev: 10.2.0.0/16 → pcx']);
  });

  it('never past the peer (peering-not-transitive), whatever the routes say', () => {
    expect(rules(reach(doc([{ destination: '10.0.0.0/8', target: 'pcx' }]), 'dev', 'third'))).toEqual(['peering-not-transitive']);
  });

  it('a route to a peering the VPC is not part of is a blackhole', () => {
    expect(rules(reach(doc([{ destination: '10.2.0.0/16', target: 'pcx-2' }]), 'dev', 'prod'))).toEqual(['route-blackhole']);
  });
});

describe('loops', () => {
  it('a packet looked up again in a table it used for the same destination is dropped (route-loop)', () => {
    // The hub sends prod's block back to dev, whose table sends it to the hub again.
    const doc = isolatedSpokes([{ destination: '10.2.0.0/16', target: 'att-dev' }]);
    const result = reach(doc, 'dev', 'prod');
    expect(rules(result)).toEqual(['route-loop']);
    expect(result.blockedBy[0]!.subjects).toEqual(['dev', 'rt-dev']);
  });

  it('near miss: passing one transit gateway twice through two tables (inspection) is no loop', () => {
    const doc = buildDocument(
      [
        ...routedVpc('dev', '10.1.0.0/16', [{ destination: '0.0.0.0/0', target: 'hub' }]),
        ...routedVpc('prod', '10.2.0.0/16', [{ destination: '0.0.0.0/0', target: 'hub' }]),
        ...routedVpc('insp', '10.100.0.0/16', [{ destination: '0.0.0.0/0', target: 'fw' }], {
          tables: [{ id: 'rt-fw', routes: [{ destination: '10.0.0.0/8', target: 'hub' }] }],
        }),
        subnet('insp-fw', 'insp', '10.100.1.0/24', { props: { az: 'eu-west-1a', routeTable: 'rt-fw' } }),
        node('fw', 'instance', 'insp-fw', { sourceDestCheck: false }),
        node('hub', 'transit-gateway', undefined, {
          routeTables: [
            { id: 'hub-spokes', associations: ['att-dev', 'att-prod'], routes: [{ destination: '0.0.0.0/0', target: 'att-insp' }] },
            { id: 'hub-insp', associations: ['att-insp'], propagations: ['att-dev', 'att-prod'] },
          ],
        }),
      ],
      [
        link('att-dev', 'tgw-attachment', 'hub', 'dev'),
        link('att-prod', 'tgw-attachment', 'hub', 'prod'),
        link('att-insp', 'tgw-attachment', 'hub', 'insp', { subnets: ['insp-a'], applianceMode: true }),
      ],
    );
    const result = reach(doc, 'dev', 'prod');
    expect(result.reachable).toBe(true);
    expect(result.path).toEqual(['dev', 'att-dev', 'hub', 'att-insp', 'insp', 'fw', 'att-insp', 'hub', 'att-prod', 'prod']);
    expect(hops(result)).toEqual([
      'rt-dev: 0.0.0.0/0 → hub',
      'hub-spokes: 0.0.0.0/0 → att-insp',
      'rt-insp: 0.0.0.0/0 → fw',
      'rt-fw: 10.0.0.0/8 → hub',
      'hub-insp: 10.2.0.0/16 → att-prod',
      'rt-prod: 10.2.0.0/16 → local',
    ]);
    // The firewall with its source/destination check on drops what it should forward.
    const fw = doc.nodes.find((n) => n.id === 'fw')!;
    (fw.props as Raw).sourceDestCheck = true;
    const blocked = reach(structuredClone(doc), 'dev', 'prod');
    expect(rules(blocked)).toEqual(['appliance-source-dest-check']);
    expect(blocked.blockedBy[0]!.subjects).toEqual(['fw', 'insp', 'rt-insp']);
  });
});

describe('the internet: public addresses, NAT gateways, centralised egress', () => {
  const egressVpc = (attachmentTableRoutes: Raw[]): Raw[] => [
    ...routedVpc('egress', '10.100.0.0/16', attachmentTableRoutes, {
      tables: [{ id: 'rt-egress-public', name: 'public', routes: [{ destination: '0.0.0.0/0', target: 'igw' }, { destination: '10.0.0.0/8', target: 'hub' }] }],
    }),
    subnet('egress-pub', 'egress', '10.100.1.0/24', { props: { public: true, routeTable: 'rt-egress-public', az: 'eu-west-1a' } }),
    node('igw', 'internet-gateway', 'egress'),
    node('nat', 'nat-gateway', 'egress-pub'),
    node('web', 'instance', 'egress-pub'),
    node('web-ip', 'instance', 'egress-pub', { publicIp: true }),
    node('inet', 'internet'),
  ];
  const central = (attachmentTableRoutes: Raw[]) =>
    buildDocument(
      [
        ...routedVpc('dev', '10.1.0.0/16', [{ destination: '0.0.0.0/0', target: 'hub' }]),
        ...egressVpc(attachmentTableRoutes),
        node('hub', 'transit-gateway', undefined, {
          routeTables: [
            { id: 'hub-spokes', associations: ['att-dev'], routes: [{ destination: '0.0.0.0/0', target: 'att-egress' }] },
            { id: 'hub-egress', associations: ['att-egress'], propagations: ['att-dev'] },
          ],
        }),
      ],
      [link('att-dev', 'tgw-attachment', 'hub', 'dev'), link('att-egress', 'tgw-attachment', 'hub', 'egress', { subnets: ['egress-a'] })],
    );

  it('a spoke reaches the internet through the egress VPC’s NAT gateway (centralised egress)', () => {
    const result = reach(central([{ destination: '0.0.0.0/0', target: 'nat' }]), 'dev-a', 'inet');
    expect(result.reachable).toBe(true);
    expect(result.path).toEqual(['dev-a', 'dev', 'att-dev', 'hub', 'att-egress', 'egress', 'nat', 'igw', 'inet']);
    expect(hops(result)).toEqual([
      'rt-dev: 0.0.0.0/0 → hub',
      'hub-spokes: 0.0.0.0/0 → att-egress',
      'rt-egress: 0.0.0.0/0 → nat',
      'rt-egress-public: 0.0.0.0/0 → igw',
    ]);
  });

  it('straight to the internet gateway, without a NAT gateway, the spoke has no public address (public-ip-missing)', () => {
    const result = reach(central([{ destination: '0.0.0.0/0', target: 'igw' }]), 'dev-a', 'inet');
    expect(rules(result)).toEqual(['public-ip-missing']);
    expect(result.blockedBy[0]!.subjects).toEqual(['igw', 'egress', 'rt-egress']);
  });

  it('an instance needs a public IP of its own; its subnet stands for a workload that has one', () => {
    const doc = central([{ destination: '0.0.0.0/0', target: 'nat' }]);
    expect(rules(reach(doc, 'web', 'inet'))).toEqual(['public-ip-missing']);
    expect(reach(doc, 'web-ip', 'inet')).toMatchObject({ reachable: true, path: ['web-ip', 'egress', 'igw', 'inet'] });
    expect(reach(doc, 'egress-pub', 'inet').reachable).toBe(true);
  });

  it('the AZ condition: a route to a transit gateway carries only traffic from a zone with an attachment subnet', () => {
    const doc = central([{ destination: '0.0.0.0/0', target: 'nat' }]);
    const att = doc.connections.find((c) => c.id === 'att-dev')!;
    (att as { props?: Raw }).props = { subnets: ['dev-a'] };
    expect(reach(structuredClone(doc), 'dev-a', 'inet').reachable).toBe(true);
    const dev = doc.nodes.find((n) => n.id === 'dev-a')!;
    (dev.props as Raw).az = 'eu-west-1b';
    doc.nodes.push(subnet('dev-b', 'dev', '10.1.1.0/24', { props: { az: 'eu-west-1a' } }) as never);
    (att as { props?: Raw }).props = { subnets: ['dev-b'] };
    const result = reach(structuredClone(doc), 'dev-a', 'inet');
    expect(rules(result)).toEqual(['route-no-route']);
    expect(result.blockedBy[0]!.message).toMatch(/has no subnet in eu-west-1b/);
  });
});

describe('blockedBy comes from the packets that went furthest, sorted by rule id', () => {
  it('one subnet stopped at its own table, another further on at a blackhole: only the blackhole is reported', () => {
    const doc = isolatedSpokes([{ destination: '10.2.0.0/16', target: 'blackhole' }]);
    const dev = doc.nodes.find((n) => n.id === 'dev')!;
    (dev.props as { routeTables: Raw[] }).routeTables.push({ id: 'rt-dev-empty', routes: [] });
    doc.nodes.push(subnet('dev-b', 'dev', '10.1.1.0/24', { props: { routeTable: 'rt-dev-empty' } }) as never);
    expect(rules(reach(structuredClone(doc), 'dev', 'prod'))).toEqual(['route-blackhole']);
    expect(rules(reach(structuredClone(doc), 'dev-b', 'prod'))).toEqual(['route-no-route']);
  });
});

describe('on-premises sites', () => {
  const doc = (propagations: string[], routing: 'bgp' | 'static') =>
    buildDocument(
      [
        ...routedVpc('dev', '10.1.0.0/16', [{ destination: '192.168.0.0/16', target: 'hub' }]),
        onPrem('hq', ['192.168.0.0/16']),
        node('hq-cgw', 'customer-gateway', 'hq'),
        node('vpn', 'vpn-connection', undefined, { routing }),
        node('hub', 'transit-gateway', undefined, {
          routeTables: [{ id: 'hub-rt', associations: ['att-dev', 'vpn-a'], propagations }],
        }),
      ],
      [link('att-dev', 'tgw-attachment', 'hub', 'dev'), link('vpn-c', 'vpn-link', 'hq-cgw', 'vpn'), link('vpn-a', 'vpn-link', 'vpn', 'hub')],
    );

  it('a BGP VPN propagates the site into the table: the VPC reaches the site and the site the VPC', () => {
    const d = doc(['att-dev', 'vpn-a'], 'bgp');
    const out = reach(d, 'dev', 'hq');
    expect(out).toMatchObject({ reachable: true, path: ['dev', 'att-dev', 'hub', 'vpn-a', 'vpn', 'vpn-c', 'hq-cgw', 'hq'] });
    expect(hops(out)).toEqual(['rt-dev: 192.168.0.0/16 → hub', 'hub-rt: 192.168.0.0/16 → vpn-a']);
    expect(hops(reach(d, 'hq', 'dev'))).toEqual(['hub-rt: 10.1.0.0/16 → att-dev', 'rt-dev: 10.1.0.0/16 → local']);
  });

  it('a static VPN propagates nothing: without a static route the hub has no route to the site', () => {
    expect(rules(reach(doc(['att-dev', 'vpn-a'], 'static'), 'dev', 'hq'))).toEqual(['route-no-route']);
  });
});

describe('what AWS never forwards (rule 4)', () => {
  it('traffic that entered a VPC from a transit gateway does not leave over its peering, whatever the routes say', () => {
    const doc = buildDocument(
      [
        ...routedVpc('dev', '10.1.0.0/16', [{ destination: '10.0.0.0/8', target: 'hub' }]),
        ...routedVpc('mid', '10.2.0.0/16', [{ destination: '10.9.0.0/16', target: 'pcx' }, { destination: '10.1.0.0/16', target: 'hub' }]),
        vpc('far', ['10.9.0.0/16']),
        node('hub', 'transit-gateway', undefined, {
          routeTables: [{ id: 'hub-rt', associations: ['att-dev', 'att-mid'], propagations: ['att-dev', 'att-mid'], routes: [{ destination: '10.9.0.0/16', target: 'att-mid' }] }],
        }),
      ],
      [link('att-dev', 'tgw-attachment', 'hub', 'dev'), link('att-mid', 'tgw-attachment', 'hub', 'mid'), link('pcx', 'vpc-peering', 'mid', 'far')],
    );
    expect(reach(doc, 'mid', 'far').reachable).toBe(true);
    const result = reach(doc, 'dev', 'far');
    expect(rules(result)).toEqual(['peering-not-transitive']);
    expect(result.blockedBy[0]!.subjects).toEqual(['mid', 'hub', 'far']);
  });
});

describe('implicitly routed domains on a routed path', () => {
  it('toward the internet, a VPC reached through an implicit hub is left only by its gateways: only their refusals explain', () => {
    const doc = buildDocument(
      [
        ...routedVpc('dev', '10.1.0.0/16', [{ destination: '0.0.0.0/0', target: 'hub' }]),
        vpc('a', ['10.2.0.0/16']),
        vpc('b', ['10.3.0.0/16']),
        vpc('egress', ['10.4.0.0/16']),
        subnet('egress-pub', 'egress', '10.4.0.0/24', { props: { public: true } }),
        node('igw', 'internet-gateway', 'egress'),
        node('hub', 'transit-gateway'),
        node('inet', 'internet'),
      ],
      [link('att-dev', 'tgw-attachment', 'hub', 'dev'), link('att-a', 'tgw-attachment', 'hub', 'a'), link('att-egress', 'tgw-attachment', 'hub', 'egress'), link('pcx', 'vpc-peering', 'a', 'b')],
    );
    // Version 1: a VPC on a transit gateway is no way out to the internet but through a NAT gateway.
    expect(rules(reach(doc, 'dev-a', 'inet'))).toEqual(['vpc-not-transit']);
    doc.nodes.push(node('nat', 'nat-gateway', 'egress-pub') as never);
    const result = reach(structuredClone(doc), 'dev-a', 'inet');
    expect(result).toMatchObject({ reachable: true, path: ['dev-a', 'dev', 'att-dev', 'hub', 'att-egress', 'egress', 'nat', 'igw', 'inet'] });
    expect(hops(result)).toEqual(['rt-dev: 0.0.0.0/0 → hub']);
  });
});
