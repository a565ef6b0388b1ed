import { describe, expect, it } from 'vitest';
import { buildDocument, link, node, onPrem, subnet, vpc } from '../testing/build';
import { reach, reachMatrix } from './reach';
import { ReachInputError } from './types';

type Raw = Record<string, unknown>;

/** An on-premises network with one customer gateway `<id>-cgw`. */
const site = (id: string, cidrs: string[], asn?: number): Raw[] => [onPrem(id, cidrs), node(`${id}-cgw`, 'customer-gateway', id, asn === undefined ? undefined : { asn })];

/** A VPN from a site's customer gateway to an AWS gateway: `<vpn>`, `<vpn>-c` (customer side), `<vpn>-a` (AWS side). */
const vpn = (id: string, siteId: string, awsSide: string, props?: Raw): { nodes: Raw[]; links: Raw[] } => ({
  nodes: [node(id, 'vpn-connection', undefined, props)],
  links: [link(`${id}-c`, 'vpn-link', `${siteId}-cgw`, id), link(`${id}-a`, 'vpn-link', id, awsSide)],
});

/** A DX connection `<id>` from a site's customer gateway (`<id>-l`). */
const dx = (id: string, siteId: string): { nodes: Raw[]; links: Raw[] } => ({
  nodes: [node(id, 'dx-connection')],
  links: [link(`${id}-l`, 'dx-link', `${siteId}-cgw`, id)],
});

const rules = (result: { blockedBy: Array<{ rule: string }> }) => result.blockedBy.map((b) => b.rule);

describe('VPC peering', () => {
  const nodes = [vpc('a', ['10.1.0.0/16']), vpc('s', ['10.0.0.0/16'], { name: 'shared-services' }), vpc('b', ['10.2.0.0/16'])];
  const hub = [link('pcx-as', 'vpc-peering', 'a', 's'), link('pcx-sb', 'vpc-peering', 's', 'b')];

  it('joins the two peered VPCs, with the peering between them in the path', () => {
    const doc = buildDocument(nodes, hub);
    expect(reach(doc, 'a', 's')).toEqual({ reachable: true, path: ['a', 'pcx-as', 's'], blockedBy: [] });
    expect(reach(doc, 'b', 's')).toEqual({ reachable: true, path: ['b', 'pcx-sb', 's'], blockedBy: [] });
  });

  it('is not transitive: A–S–B does not join A and B', () => {
    const result = reach(buildDocument(nodes, hub), 'a', 'b');
    expect(result.reachable).toBe(false);
    expect(result.path).toEqual([]);
    expect(result.blockedBy).toEqual([
      {
        rule: 'peering-not-transitive',
        subjects: ['s', 'a', 'b'],
        message: 'VPC peering is not transitive: VPC shared-services is peered with both VPC a and VPC b, but traffic cannot pass through it.',
      },
    ]);
  });

  it('reaches when A and B are peered directly as well', () => {
    const doc = buildDocument(nodes, [...hub, link('pcx-ab', 'vpc-peering', 'a', 'b')]);
    expect(reach(doc, 'a', 'b')).toEqual({ reachable: true, path: ['a', 'pcx-ab', 'b'], blockedBy: [] });
  });

  it('does not relay from a peer into a transit gateway', () => {
    const doc = buildDocument(
      [...nodes, node('tgw', 'transit-gateway')],
      [link('pcx-as', 'vpc-peering', 'a', 's'), link('att-s', 'tgw-attachment', 'tgw', 's'), link('att-b', 'tgw-attachment', 'tgw', 'b')],
    );
    expect(reach(doc, 's', 'b').reachable).toBe(true);
    const result = reach(doc, 'a', 'b');
    expect(rules(result)).toEqual(['peering-not-transitive']);
    expect(result.blockedBy[0]!.subjects).toEqual(['s', 'a', 'tgw']);
  });

  it('does not let a peer use its VGW (edge to edge): on-premises reaches the VGW\'s VPC, not its peer', () => {
    const v = vpn('vpn1', 'dc', 'vgw-s');
    const doc = buildDocument(
      [...nodes, node('vgw-s', 'vpn-gateway', 's'), ...site('dc', ['192.168.0.0/16']), ...v.nodes],
      [link('pcx-as', 'vpc-peering', 'a', 's'), ...v.links],
    );
    expect(reach(doc, 'dc', 's')).toEqual({
      reachable: true,
      path: ['dc', 'dc-cgw', 'vpn1-c', 'vpn1', 'vpn1-a', 'vgw-s', 's'],
      blockedBy: [],
    });
    const result = reach(doc, 'dc', 'a');
    expect(rules(result)).toEqual(['peering-edge-to-edge']);
    expect(result.blockedBy[0]!.subjects).toEqual(['s', 'vgw-s', 'a']);
    expect(result.blockedBy[0]!.message).toContain('VPC shared-services');
    expect(reach(doc, 'a', 'dc').blockedBy[0]!.rule).toBe('peering-edge-to-edge');
  });
});

describe('transit gateway', () => {
  const spokes = [vpc('a', ['10.1.0.0/16']), vpc('b', ['10.2.0.0/16']), vpc('c', ['10.3.0.0/16']), node('tgw', 'transit-gateway')];
  const attachments = [link('att-a', 'tgw-attachment', 'tgw', 'a'), link('att-b', 'tgw-attachment', 'b', 'tgw'), link('att-c', 'tgw-attachment', 'tgw', 'c')];

  it('is transitive: every spoke reaches every other', () => {
    const doc = buildDocument(spokes, attachments);
    expect(reach(doc, 'a', 'c')).toEqual({ reachable: true, path: ['a', 'att-a', 'tgw', 'att-c', 'c'], blockedBy: [] });
    for (const [x, y] of [['a', 'b'], ['b', 'c'], ['c', 'a'], ['b', 'a']]) expect(reach(doc, x!, y!).reachable).toBe(true);
  });

  it('does not reach a VPC that is not attached', () => {
    const doc = buildDocument(spokes, attachments.slice(0, 2));
    const result = reach(doc, 'a', 'c');
    expect(result.reachable).toBe(false);
    expect(result.blockedBy).toEqual([{ rule: 'flow-no-path', subjects: ['a', 'c'], message: 'No chain of connections joins VPC a and VPC c.' }]);
  });

  it('extends across transit gateway peering', () => {
    const doc = buildDocument(
      [vpc('a', ['10.1.0.0/16']), vpc('b', ['10.2.0.0/16']), node('tgw1', 'transit-gateway'), node('tgw2', 'transit-gateway')],
      [link('att-a', 'tgw-attachment', 'tgw1', 'a'), link('att-b', 'tgw-attachment', 'tgw2', 'b'), link('tp', 'tgw-peering', 'tgw1', 'tgw2')],
    );
    expect(reach(doc, 'a', 'b')).toEqual({ reachable: true, path: ['a', 'att-a', 'tgw1', 'tp', 'tgw2', 'att-b', 'b'], blockedBy: [] });
  });

  it('does not join two transit gateways without a peering', () => {
    const doc = buildDocument(
      [vpc('a', ['10.1.0.0/16']), vpc('b', ['10.2.0.0/16']), node('tgw1', 'transit-gateway'), node('tgw2', 'transit-gateway')],
      [link('att-a', 'tgw-attachment', 'tgw1', 'a'), link('att-b', 'tgw-attachment', 'tgw2', 'b')],
    );
    expect(rules(reach(doc, 'a', 'b'))).toEqual(['flow-no-path']);
  });

  it('carries on-premises traffic from a VPN attachment to every VPC', () => {
    const v = vpn('vpn1', 'dc', 'tgw');
    const doc = buildDocument([...spokes, ...site('dc', ['192.168.0.0/16']), ...v.nodes], [...attachments, ...v.links]);
    expect(reach(doc, 'dc', 'b')).toEqual({
      reachable: true,
      path: ['dc', 'dc-cgw', 'vpn1-c', 'vpn1', 'vpn1-a', 'tgw', 'att-b', 'b'],
      blockedBy: [],
    });
    expect(reach(doc, 'c', 'dc').reachable).toBe(true);
  });
});

describe('VPC as a transit point (vpc-not-transit)', () => {
  it('on-premises behind a VPC\'s VGW cannot reach another VPC on its transit gateway', () => {
    const v = vpn('vpn1', 'dc', 'vgw-a');
    const doc = buildDocument(
      [vpc('a', ['10.1.0.0/16']), node('vgw-a', 'vpn-gateway', 'a'), vpc('b', ['10.2.0.0/16']), node('tgw', 'transit-gateway'), ...site('dc', ['192.168.0.0/16']), ...v.nodes],
      [link('att-a', 'tgw-attachment', 'tgw', 'a'), link('att-b', 'tgw-attachment', 'tgw', 'b'), ...v.links],
    );
    expect(reach(doc, 'dc', 'a').reachable).toBe(true);
    expect(reach(doc, 'a', 'b').reachable).toBe(true);
    const result = reach(doc, 'dc', 'b');
    expect(result.blockedBy).toEqual([
      {
        rule: 'vpc-not-transit',
        subjects: ['a', 'vgw-a', 'tgw'],
        message: 'VPC a is not a transit point: traffic entering it from Virtual private gateway vgw-a cannot leave through Transit gateway tgw; it must start or end inside the VPC.',
      },
    ]);
  });

  it('does not relay between two transit gateways', () => {
    const doc = buildDocument(
      [vpc('a', ['10.1.0.0/16']), vpc('m', ['10.0.0.0/16']), vpc('b', ['10.2.0.0/16']), node('tgw1', 'transit-gateway'), node('tgw2', 'transit-gateway')],
      [link('t1', 'tgw-attachment', 'tgw1', 'a'), link('t2', 'tgw-attachment', 'tgw1', 'm'), link('t3', 'tgw-attachment', 'tgw2', 'm'), link('t4', 'tgw-attachment', 'tgw2', 'b')],
    );
    expect(reach(doc, 'a', 'm').reachable).toBe(true);
    expect(reach(doc, 'm', 'b').reachable).toBe(true);
    const result = reach(doc, 'a', 'b');
    expect(rules(result)).toEqual(['vpc-not-transit']);
    expect(result.blockedBy[0]!.subjects).toEqual(['m', 'tgw1', 'tgw2']);
  });
});

describe('VGW and VPN CloudHub', () => {
  const build = (asn1: number | undefined, asn2: number | undefined, routing2: 'bgp' | 'static' = 'bgp') => {
    const v1 = vpn('vpn1', 'dc1', 'vgw');
    const v2 = vpn('vpn2', 'dc2', 'vgw', { routing: routing2 });
    return buildDocument(
      [vpc('a', ['10.1.0.0/16']), node('vgw', 'vpn-gateway', 'a'), ...site('dc1', ['192.168.1.0/24'], asn1), ...site('dc2', ['192.168.2.0/24'], asn2), ...v1.nodes, ...v2.nodes],
      [...v1.links, ...v2.links],
    );
  };

  it('joins sites with BGP and unique ASNs', () => {
    const doc = build(65001, 65002);
    expect(reach(doc, 'dc1', 'dc2')).toEqual({
      reachable: true,
      path: ['dc1', 'dc1-cgw', 'vpn1-c', 'vpn1', 'vpn1-a', 'vgw', 'vpn2-a', 'vpn2', 'vpn2-c', 'dc2-cgw', 'dc2'],
      blockedBy: [],
    });
    expect(reach(doc, 'dc2', 'a').reachable).toBe(true);
  });

  it('does not join sites sharing an ASN', () => {
    const result = reach(build(65000, 65000), 'dc1', 'dc2');
    expect(rules(result)).toEqual(['vpn-cloudhub-asn']);
    expect(result.blockedBy[0]!.subjects).toEqual(['vgw', 'vpn1', 'vpn2']);
    expect(result.blockedBy[0]!.message).toBe(
      'VPN CloudHub on Virtual private gateway vgw needs a unique BGP ASN per site: On-premises network dc1 and On-premises network dc2 both use ASN 65000, so they cannot reach each other through it.',
    );
  });

  it('does not join a site whose VPN uses static routing', () => {
    const result = reach(build(65001, 65002, 'static'), 'dc2', 'dc1');
    expect(rules(result)).toEqual(['vpn-cloudhub-asn']);
    expect(result.blockedBy[0]!.message).toContain('Site-to-Site VPN connection vpn2 uses static routing');
    // The VPC itself still reaches a static site.
    expect(reach(build(65001, 65002, 'static'), 'dc2', 'a').reachable).toBe(true);
  });

  it('joins sites on a detached VGW as well (CloudHub without a VPC)', () => {
    const v1 = vpn('vpn1', 'dc1', 'vgw');
    const v2 = vpn('vpn2', 'dc2', 'vgw');
    const doc = buildDocument([node('vgw', 'vpn-gateway'), ...site('dc1', ['192.168.1.0/24'], 65001), ...site('dc2', ['192.168.2.0/24'], 65002), ...v1.nodes, ...v2.nodes], [...v1.links, ...v2.links]);
    expect(reach(doc, 'dc1', 'dc2').reachable).toBe(true);
  });
});

describe('Direct Connect gateway', () => {
  const d = dx('dx1', 'dc');
  const base = [
    vpc('a', ['10.1.0.0/16']), node('vgw-a', 'vpn-gateway', 'a'),
    vpc('b', ['10.2.0.0/16']), node('vgw-b', 'vpn-gateway', 'b'),
    node('dxgw', 'dx-gateway'), ...site('dc', ['192.168.0.0/16'], 65001), ...d.nodes,
  ];
  const links = [...d.links, link('vif1', 'vif', 'dx1', 'dxgw'), link('as-a', 'dxgw-association', 'dxgw', 'vgw-a'), link('as-b', 'dxgw-association', 'vgw-b', 'dxgw')];

  it('joins on-premises to every associated VPC', () => {
    const doc = buildDocument(base, links);
    expect(reach(doc, 'dc', 'a')).toEqual({
      reachable: true,
      path: ['dc', 'dc-cgw', 'dx1-l', 'dx1', 'vif1', 'dxgw', 'as-a', 'vgw-a', 'a'],
      blockedBy: [],
    });
    expect(reach(doc, 'b', 'dc').reachable).toBe(true);
  });

  it('is not transitive between its associations', () => {
    const result = reach(buildDocument(base, links), 'a', 'b');
    expect(result.blockedBy).toEqual([
      {
        rule: 'dxgw-not-transitive',
        subjects: ['dxgw', 'vgw-a', 'vgw-b'],
        message:
          'Direct Connect gateway dxgw does not pass traffic between its associations with Virtual private gateway vgw-a and Virtual private gateway vgw-b: a Direct Connect gateway only joins virtual interfaces to associated gateways.',
      },
    ]);
  });

  const twoSites = (siteLink1: boolean, siteLink2: boolean) => {
    const d1 = dx('dx1', 'dc1');
    const d2 = dx('dx2', 'dc2');
    return buildDocument(
      [node('dxgw', 'dx-gateway'), ...site('dc1', ['192.168.1.0/24'], 65001), ...site('dc2', ['192.168.2.0/24'], 65002), ...d1.nodes, ...d2.nodes],
      [...d1.links, ...d2.links, link('vif1', 'vif', 'dx1', 'dxgw', { siteLink: siteLink1 }), link('vif2', 'vif', 'dx2', 'dxgw', { siteLink: siteLink2 })],
    );
  };

  it('joins two sites when both VIFs have SiteLink', () => {
    expect(reach(twoSites(true, true), 'dc1', 'dc2')).toEqual({
      reachable: true,
      path: ['dc1', 'dc1-cgw', 'dx1-l', 'dx1', 'vif1', 'dxgw', 'vif2', 'dx2', 'dx2-l', 'dc2-cgw', 'dc2'],
      blockedBy: [],
    });
  });

  it('does not join two sites unless both VIFs have SiteLink', () => {
    const result = reach(twoSites(true, false), 'dc1', 'dc2');
    expect(rules(result)).toEqual(['dxgw-not-transitive']);
    expect(result.blockedBy[0]!.subjects).toEqual(['dxgw', 'vif1', 'vif2']);
    expect(result.blockedBy[0]!.message).toContain('SiteLink');
  });

  it('never joins a VIF to a VPN on an associated VGW', () => {
    const v = vpn('vpn2', 'dc2', 'vgw-a');
    const doc = buildDocument([...base, ...site('dc2', ['172.16.0.0/16'], 65002), ...v.nodes], [...links, ...v.links]);
    expect(reach(doc, 'dc2', 'a').reachable).toBe(true);
    const result = reach(doc, 'dc', 'dc2');
    expect(rules(result)).toEqual(['dxgw-not-transitive']);
    expect(result.blockedBy[0]!.subjects).toEqual(['vgw-a', 'dxgw', 'vpn2']);
  });

  it('refuses a private VIF toward a transit gateway association (dxgw-mixed-association)', () => {
    const doc = buildDocument(
      [vpc('a', ['10.1.0.0/16']), node('tgw', 'transit-gateway'), node('dxgw', 'dx-gateway'), ...site('dc', ['192.168.0.0/16']), ...d.nodes],
      [...d.links, link('vif1', 'vif', 'dx1', 'dxgw'), link('as-t', 'dxgw-association', 'dxgw', 'tgw', { allowedPrefixes: ['10.1.0.0/16'] }), link('att-a', 'tgw-attachment', 'tgw', 'a')],
    );
    expect(rules(reach(doc, 'dc', 'a'))).toEqual(['dxgw-mixed-association']);
    const transit = buildDocument(
      [vpc('a', ['10.1.0.0/16']), node('tgw', 'transit-gateway'), node('dxgw', 'dx-gateway'), ...site('dc', ['192.168.0.0/16']), ...d.nodes],
      [...d.links, link('vif1', 'vif', 'dx1', 'dxgw', { type: 'transit' }), link('as-t', 'dxgw-association', 'dxgw', 'tgw', { allowedPrefixes: ['10.1.0.0/16'] }), link('att-a', 'tgw-attachment', 'tgw', 'a')],
    );
    expect(reach(transit, 'dc', 'a')).toEqual({
      reachable: true,
      path: ['dc', 'dc-cgw', 'dx1-l', 'dx1', 'vif1', 'dxgw', 'as-t', 'tgw', 'att-a', 'a'],
      blockedBy: [],
    });
  });
});

describe('VPN connection', () => {
  it('joins its customer gateway\'s network and its VGW\'s VPC', () => {
    const v = vpn('vpn1', 'dc', 'vgw');
    const doc = buildDocument([vpc('a', ['10.1.0.0/16']), node('vgw', 'vpn-gateway', 'a'), ...site('dc', ['192.168.0.0/16']), ...v.nodes], v.links);
    expect(reach(doc, 'a', 'dc')).toEqual({ reachable: true, path: ['a', 'vgw', 'vpn1-a', 'vpn1', 'vpn1-c', 'dc-cgw', 'dc'], blockedBy: [] });
  });

  it('joins nothing without its AWS side', () => {
    const doc = buildDocument(
      [vpc('a', ['10.1.0.0/16']), node('vgw', 'vpn-gateway', 'a'), ...site('dc', ['192.168.0.0/16']), node('vpn1', 'vpn-connection')],
      [link('vpn1-c', 'vpn-link', 'dc-cgw', 'vpn1')],
    );
    expect(reach(doc, 'dc', 'a').blockedBy).toEqual([{ rule: 'flow-no-path', subjects: ['dc', 'a'], message: 'No chain of connections joins On-premises network dc and VPC a.' }]);
  });

  it('stands for its site when the customer gateway is drawn alone', () => {
    const doc = buildDocument(
      [vpc('a', ['10.1.0.0/16']), node('vgw', 'vpn-gateway', 'a'), onPrem('dc', ['192.168.0.0/16']), node('cgw', 'customer-gateway'), node('vpn1', 'vpn-connection')],
      [link('c', 'vpn-link', 'cgw', 'vpn1'), link('w', 'vpn-link', 'vpn1', 'vgw')],
    );
    // The loose customer gateway is a site of its own, not part of `dc`.
    expect(rules(reach(doc, 'dc', 'a'))).toEqual(['flow-no-path']);
  });
});

describe('Direct Connect connection and VIFs', () => {
  const d = dx('dx1', 'dc');
  it('a private VIF to a VGW joins on-premises and the VPC', () => {
    const doc = buildDocument([vpc('a', ['10.1.0.0/16']), node('vgw', 'vpn-gateway', 'a'), ...site('dc', ['192.168.0.0/16']), ...d.nodes], [...d.links, link('vif1', 'vif', 'dx1', 'vgw')]);
    expect(reach(doc, 'dc', 'a')).toEqual({ reachable: true, path: ['dc', 'dc-cgw', 'dx1-l', 'dx1', 'vif1', 'vgw', 'a'], blockedBy: [] });
  });

  it('a public VIF reaches the internet and no VPC', () => {
    const doc = buildDocument(
      [vpc('a', ['10.1.0.0/16']), node('igw', 'internet-gateway', 'a'), node('net', 'internet'), ...site('dc', ['192.168.0.0/16']), ...d.nodes],
      [...d.links, link('pub', 'vif', 'dx1', 'net', { type: 'public' })],
    );
    expect(reach(doc, 'dc', 'net')).toEqual({ reachable: true, path: ['dc', 'dc-cgw', 'dx1-l', 'dx1', 'pub', 'net'], blockedBy: [] });
    const result = reach(doc, 'dc', 'a');
    expect(rules(result)).toEqual(['flow-no-path']);
    expect(result.blockedBy[0]!.message).toBe('On-premises network dc and VPC a are joined only through Internet net, which never relays traffic between other networks.');
  });

  it('a public VIF drawn to a VGW reaches no VPC (vif-target)', () => {
    const doc = buildDocument(
      [vpc('a', ['10.1.0.0/16']), node('vgw', 'vpn-gateway', 'a'), ...site('dc', ['192.168.0.0/16']), ...d.nodes],
      [...d.links, link('pub', 'vif', 'dx1', 'vgw', { type: 'public' })],
    );
    const result = reach(doc, 'dc', 'a');
    expect(rules(result)).toEqual(['vif-target']);
    expect(result.blockedBy[0]!.subjects).toEqual(['pub', 'dx1', 'vgw']);
  });

  it('does not carry traffic between two VIFs of one connection', () => {
    const doc = buildDocument(
      [vpc('a', ['10.1.0.0/16']), node('vgw-a', 'vpn-gateway', 'a'), vpc('b', ['10.2.0.0/16']), node('vgw-b', 'vpn-gateway', 'b'), ...site('dc', ['192.168.0.0/16']), ...d.nodes],
      [...d.links, link('v1', 'vif', 'dx1', 'vgw-a'), link('v2', 'vif', 'dx1', 'vgw-b')],
    );
    expect(reach(doc, 'dc', 'b').reachable).toBe(true);
    const result = reach(doc, 'a', 'b');
    expect(result.blockedBy).toEqual([
      {
        rule: 'flow-no-path',
        subjects: ['dx1', 'a', 'b'],
        message: 'VPC a and VPC b are joined only through Direct Connect connection dx1, which carries traffic only between a customer router and its virtual interfaces.',
      },
    ]);
  });
});

describe('ends and paths', () => {
  const doc = buildDocument(
    [
      vpc('a', ['10.1.0.0/16']), subnet('sa', 'a', '10.1.1.0/24'), node('ia', 'instance', 'sa'), subnet('sa2', 'a', '10.1.2.0/24'),
      vpc('b', ['10.2.0.0/16']), subnet('sb', 'b', '10.2.1.0/24'), node('ib', 'instance', 'sb'),
      node('tgw', 'transit-gateway'), node('net', 'internet'),
    ],
    [link('pcx', 'vpc-peering', 'a', 'b'), link('f', 'flow', 'a', 'b')],
  );

  it('a subnet or instance stands for its VPC, and the path starts and ends at it', () => {
    expect(reach(doc, 'ia', 'sb').path).toEqual(['ia', 'a', 'pcx', 'b', 'sb']);
    expect(reach(doc, 'sa', 'ib').path).toEqual(['sa', 'a', 'pcx', 'b', 'ib']);
    expect(reach(doc, 'sa', 'sa2')).toEqual({ reachable: true, path: ['sa', 'a', 'sa2'], blockedBy: [] });
    expect(reach(doc, 'a', 'sa').path).toEqual(['a', 'sa']);
    expect(reach(doc, 'a', 'a').path).toEqual(['a']);
  });

  it('refuses ends of other kinds, missing ones, and the internet as a source', () => {
    expect(() => reach(doc, 'nope', 'a')).toThrow(ReachInputError);
    expect(() => reach(doc, 'nope', 'a')).toThrow('from: no node has id "nope".');
    expect(() => reach(doc, 'a', '')).toThrow('to is missing');
    expect(() => reach(doc, 'tgw', 'a')).toThrow('from: "tgw" is a transit gateway; reach takes a VPC, subnet, instance or on-premises network.');
    expect(() => reach(doc, 'a', 'pcx')).toThrow(ReachInputError);
    expect(() => reach(doc, 'net', 'a')).toThrow('cannot be a source');
  });

  it('answers every ordered pair with reachMatrix', () => {
    const matrix = reachMatrix(doc, ['a', 'b', 'sb']);
    expect(matrix.map((row) => row.map((r) => r.reachable))).toEqual([[true, true, true], [true, true, true], [true, true, true]]);
    expect(matrix[1]![0]!.path).toEqual(['b', 'pcx', 'a']);
    const toInternet = reachMatrix(doc, ['sa', 'b'], ['b', 'net']);
    expect(toInternet.map((row) => row.map((r) => (r.reachable ? 'yes' : r.blockedBy[0]!.rule)))).toEqual([
      ['yes', 'flow-no-path'],
      ['yes', 'flow-no-path'],
    ]);
    expect(() => reachMatrix(doc, ['net'], ['a'])).toThrow(ReachInputError);
  });

  it('shows the same path both ways between two networks', () => {
    const hub = buildDocument(
      [vpc('a', ['10.1.0.0/16']), vpc('b', ['10.2.0.0/16']), node('t1', 'transit-gateway'), node('t2', 'transit-gateway')],
      [link('x1', 'tgw-attachment', 't1', 'a'), link('x2', 'tgw-attachment', 't2', 'a'), link('y1', 'tgw-attachment', 't1', 'b'), link('y2', 'tgw-attachment', 't2', 'b')],
    );
    const there = reach(hub, 'a', 'b').path;
    expect(there).toHaveLength(5);
    expect(reach(hub, 'b', 'a').path).toEqual([...there].reverse());
  });
});
