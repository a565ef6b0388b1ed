import { describe, expect, it } from 'vitest';
import { buildDocument, link, node, onPrem, subnet, vpc } from '../testing/build';
import { reach } from './reach';

type Raw = Record<string, unknown>;

const rules = (result: { blockedBy: Array<{ rule: string }> }) => result.blockedBy.map((b) => b.rule);

/** A VPC `<id>` with a public subnet `<id>-web`, a private subnet `<id>-app`, and what `gateways` asks for. */
function vpcWith(id: string, cidr: string, gateways: { igw?: boolean; nat?: 'public-subnet' | 'private-subnet' } = {}): Raw[] {
  const second = cidr.replace(/\.0\.0\/16$/, '');
  const nodes = [
    vpc(id, [cidr]),
    subnet(`${id}-web`, id, `${second}.1.0/24`, { props: { public: true } }),
    subnet(`${id}-app`, id, `${second}.2.0/24`, { name: 'app' }),
  ];
  if (gateways.igw) nodes.push(node(`${id}-igw`, 'internet-gateway', id));
  if (gateways.nat) nodes.push(node(`${id}-nat`, 'nat-gateway', gateways.nat === 'public-subnet' ? `${id}-web` : `${id}-app`));
  return nodes;
}

const internet = node('net', 'internet', undefined, undefined, { name: 'internet' });

describe('reach toward the internet, per subnet', () => {
  it('a public subnet leaves through its VPC\'s internet gateway', () => {
    const doc = buildDocument([...vpcWith('a', '10.1.0.0/16', { igw: true }), internet]);
    expect(reach(doc, 'a-web', 'net')).toEqual({ reachable: true, path: ['a-web', 'a', 'a-igw', 'net'], blockedBy: [] });
  });

  it('a public subnet in a VPC without an internet gateway does not', () => {
    const doc = buildDocument([...vpcWith('a', '10.1.0.0/16'), internet]);
    expect(reach(doc, 'a-web', 'net').blockedBy).toEqual([
      { rule: 'flow-no-path', subjects: ['a-web', 'net'], message: 'Public subnet a-web has no route to the internet: VPC a has no internet gateway.' },
    ]);
  });

  it('a private subnet leaves through a public NAT gateway in a public subnet', () => {
    const doc = buildDocument([...vpcWith('a', '10.1.0.0/16', { igw: true, nat: 'public-subnet' }), internet]);
    expect(reach(doc, 'a-app', 'net')).toEqual({ reachable: true, path: ['a-app', 'a', 'a-nat', 'a-igw', 'net'], blockedBy: [] });
  });

  it('an instance stands for its subnet', () => {
    const doc = buildDocument([...vpcWith('a', '10.1.0.0/16', { igw: true }), node('i', 'instance', 'a-app'), node('w', 'instance', 'a-web', { publicIp: true }), internet]);
    expect(reach(doc, 'w', 'net').path).toEqual(['w', 'a', 'a-igw', 'net']);
    expect(rules(reach(doc, 'i', 'net'))).toEqual(['flow-no-path']);
  });

  it('an instance in a public subnet needs a public IP for the internet gateway (public-ip-missing); its subnet and VPC still reach', () => {
    const nodes = [...vpcWith('a', '10.1.0.0/16', { igw: true }), node('w', 'instance', 'a-web'), internet];
    const doc = buildDocument(nodes);
    expect(reach(doc, 'w', 'net').blockedBy).toEqual([
      {
        rule: 'public-ip-missing',
        subjects: ['w', 'a-igw', 'a'],
        message: 'Instance w has no public IP, so Internet gateway a-igw of VPC a cannot take its IPv4 traffic to the internet: an internet gateway translates only an instance\'s public address.',
      },
    ]);
    expect(reach(doc, 'a-web', 'net').reachable).toBe(true);
    expect(reach(doc, 'a', 'net').reachable).toBe(true);
    // Nor does the VPC's NAT gateway serve it: its subnet's default route is the internet gateway.
    const withNat = buildDocument([...vpcWith('a', '10.1.0.0/16', { igw: true, nat: 'public-subnet' }), node('w', 'instance', 'a-web'), internet]);
    expect(rules(reach(withNat, 'w', 'net'))).toEqual(['public-ip-missing']);
  });

  it('a private subnet with only an internet gateway has no route', () => {
    const doc = buildDocument([...vpcWith('a', '10.1.0.0/16', { igw: true }), internet]);
    expect(reach(doc, 'a-app', 'net').blockedBy).toEqual([
      {
        rule: 'flow-no-path',
        subjects: ['a', 'a-app', 'a-igw'],
        message: 'Private subnet app has no route to the internet: its VPC has no public NAT gateway in a public subnet.',
      },
    ]);
  });

  it('a NAT gateway in a private subnet does not help (nat-public-placement)', () => {
    const doc = buildDocument([...vpcWith('a', '10.1.0.0/16', { igw: true, nat: 'private-subnet' }), internet]);
    const result = reach(doc, 'a-app', 'net');
    expect(rules(result)).toEqual(['nat-public-placement']);
    expect(result.blockedBy[0]!.subjects[0]).toBe('a-nat');
  });

  it('a NAT gateway in a VPC without an internet gateway does not help (nat-public-placement)', () => {
    const doc = buildDocument([...vpcWith('a', '10.1.0.0/16', { nat: 'public-subnet' }), internet]);
    expect(rules(reach(doc, 'a-app', 'net'))).toEqual(['nat-public-placement']);
  });

  it('a private NAT gateway is no way out at all', () => {
    const doc = buildDocument([...vpcWith('a', '10.1.0.0/16'), node('pn', 'nat-gateway', 'a-web', { connectivity: 'private' }), internet]);
    expect(rules(reach(doc, 'a-app', 'net'))).toEqual(['flow-no-path']);
  });

  it('a VPC reaches the internet when any of its subnets does', () => {
    expect(reach(buildDocument([...vpcWith('a', '10.1.0.0/16', { igw: true }), internet]), 'a', 'net')).toEqual({
      reachable: true,
      path: ['a', 'a-igw', 'net'],
      blockedBy: [],
    });
    const noSubnets = buildDocument([vpc('a', ['10.1.0.0/16']), node('igw', 'internet-gateway', 'a'), internet]);
    expect(reach(noSubnets, 'a', 'net').blockedBy).toEqual([
      { rule: 'flow-no-path', subjects: ['a', 'net'], message: 'VPC a has no subnets, so nothing in it can reach the internet.' },
    ]);
  });

  describe('centralised egress through a transit gateway', () => {
    const spoke = [vpc('s', ['10.5.0.0/16']), subnet('s-app', 's', '10.5.1.0/24'), node('tgw', 'transit-gateway')];
    const attachments = [link('att-s', 'tgw-attachment', 'tgw', 's'), link('att-e', 'tgw-attachment', 'tgw', 'e')];

    it('a spoke\'s private subnet uses the egress VPC\'s NAT gateway', () => {
      const doc = buildDocument([...spoke, ...vpcWith('e', '10.9.0.0/16', { igw: true, nat: 'public-subnet' }), internet], attachments);
      expect(reach(doc, 's-app', 'net')).toEqual({
        reachable: true,
        path: ['s-app', 's', 'att-s', 'tgw', 'att-e', 'e', 'e-nat', 'e-igw', 'net'],
        blockedBy: [],
      });
    });

    it('but not its internet gateway straight', () => {
      const doc = buildDocument([...spoke, ...vpcWith('e', '10.9.0.0/16', { igw: true }), internet], attachments);
      const result = reach(doc, 's-app', 'net');
      expect(rules(result)).toEqual(['vpc-not-transit']);
      expect(result.blockedBy[0]!.subjects).toEqual(['e', 'tgw', 'e-igw']);
    });

    it('nor an egress NAT gateway in a private subnet', () => {
      const doc = buildDocument([...spoke, ...vpcWith('e', '10.9.0.0/16', { igw: true, nat: 'private-subnet' }), internet], attachments);
      expect(rules(reach(doc, 's-app', 'net'))).toEqual(['vpc-not-transit', 'nat-public-placement']);
    });

    it('and a spoke with an internet gateway of its own is told the same, not "no route"', () => {
      const doc = buildDocument([...spoke, node('s-igw', 'internet-gateway', 's'), ...vpcWith('e', '10.9.0.0/16', { igw: true, nat: 'private-subnet' }), internet], attachments);
      expect(rules(reach(doc, 's-app', 'net'))).toEqual(['vpc-not-transit', 'nat-public-placement']);
    });
  });

  it('egress across peering is refused (peering-edge-to-edge)', () => {
    const doc = buildDocument(
      [vpc('a', ['10.1.0.0/16']), subnet('a-app', 'a', '10.1.1.0/24'), ...vpcWith('b', '10.2.0.0/16', { igw: true, nat: 'public-subnet' }), internet],
      [link('pcx', 'vpc-peering', 'a', 'b')],
    );
    expect(reach(doc, 'b-app', 'net').reachable).toBe(true);
    const result = reach(doc, 'a-app', 'net');
    expect(rules(result)).toEqual(['peering-edge-to-edge']);
    expect(result.blockedBy[0]!.subjects).toEqual(['b', 'a', 'b-igw']);
    expect(result.blockedBy[0]!.message).toBe(
      'VPC b cannot relay traffic from its peer VPC a to Internet gateway b-igw: VPC peering does not support edge-to-edge routing, so a peer cannot use another VPC\'s internet or NAT gateway.',
    );
  });

  it('a private subnet whose VPC has an internet gateway is told what stops its real way out, not "no route"', () => {
    // The subnet cannot use its own internet gateway (it is private); the peer's NAT gateway is
    // the path it would take, and peering-edge-to-edge is what stops it.
    const doc = buildDocument(
      [...vpcWith('a', '10.1.0.0/16', { igw: true }), ...vpcWith('b', '10.2.0.0/16', { igw: true, nat: 'public-subnet' }), internet],
      [link('pcx', 'vpc-peering', 'a', 'b')],
    );
    expect(rules(reach(doc, 'a-app', 'net'))).toEqual(['peering-edge-to-edge']);
  });

  it('on-premises cannot use a VPC\'s NAT gateway over a VPN to its VGW (nat-remote-use)', () => {
    const doc = buildDocument(
      [
        ...vpcWith('a', '10.1.0.0/16', { igw: true, nat: 'public-subnet' }), node('vgw', 'vpn-gateway', 'a'),
        onPrem('dc', ['192.168.0.0/16']), node('cgw', 'customer-gateway', 'dc'), node('vpn1', 'vpn-connection'), internet,
      ],
      [link('l1', 'vpn-link', 'cgw', 'vpn1'), link('l2', 'vpn-link', 'vpn1', 'vgw')],
    );
    expect(reach(doc, 'dc', 'a').reachable).toBe(true);
    const result = reach(doc, 'dc', 'net');
    expect(rules(result)).toEqual(['nat-remote-use']);
    // The message names the NAT gateway it could not use (routing.md, "On-premises centralised egress").
    expect(result.blockedBy[0]!.subjects).toEqual(['a', 'vgw', 'a-nat', 'a-igw']);
    expect(result.blockedBy[0]!.message).toContain('On-premises network dc');
    expect(result.blockedBy[0]!.message).toContain('NAT gateway a-nat');
  });

  it('on-premises uses an egress VPC\'s NAT gateway through a transit gateway (centralised egress)', () => {
    const doc = buildDocument(
      [
        ...vpcWith('e', '10.9.0.0/16', { igw: true, nat: 'public-subnet' }), node('tgw', 'transit-gateway'),
        onPrem('dc', ['192.168.0.0/16']), node('cgw', 'customer-gateway', 'dc'), node('vpn1', 'vpn-connection'), internet,
      ],
      [link('l1', 'vpn-link', 'cgw', 'vpn1'), link('l2', 'vpn-link', 'vpn1', 'tgw'), link('att-e', 'tgw-attachment', 'tgw', 'e')],
    );
    expect(reach(doc, 'dc', 'net')).toEqual({ reachable: true, path: ['dc', 'cgw', 'l1', 'vpn1', 'l2', 'tgw', 'att-e', 'e', 'e-nat', 'e-igw', 'net'], blockedBy: [] });
  });

  it('on-premises reaches the internet through a public VIF, and says so when it has none', () => {
    const nodes = [onPrem('dc', ['192.168.0.0/16']), node('cgw', 'customer-gateway', 'dc'), node('dx', 'dx-connection'), internet];
    const withVif = buildDocument(nodes, [link('dl', 'dx-link', 'cgw', 'dx'), link('pub', 'vif', 'dx', 'net', { type: 'public' })]);
    expect(reach(withVif, 'dc', 'net').path).toEqual(['dc', 'cgw', 'dl', 'dx', 'pub', 'net']);
    const without = buildDocument(nodes, [link('dl', 'dx-link', 'cgw', 'dx')]);
    expect(reach(without, 'dc', 'net').blockedBy).toEqual([
      { rule: 'flow-no-path', subjects: ['dc', 'net'], message: 'On-premises network dc has no route to the internet through AWS: it has no public virtual interface.' },
    ]);
  });
});

describe('reach toward the internet over IPv6 (routing.md, "IPv6")', () => {
  const v6vpc = (gateways: Raw[]) =>
    buildDocument([
      vpc('a', ['10.1.0.0/16'], { props: { ipv6Cidrs: ['2600:1f18:1:100::/56'] } }),
      subnet('a-web', 'a', '10.1.1.0/24', { props: { public: true, ipv6Cidr: '2600:1f18:1:101::/64' } }),
      subnet('a-app', 'a', '10.1.2.0/24', { props: { ipv6Cidr: '2600:1f18:1:102::/64' } }),
      { id: 'a-v6', kind: 'subnet', name: 'a-v6', parent: 'a', props: { ipv6Cidr: '2600:1f18:1:103::/64' } },
      subnet('a-db', 'a', '10.1.4.0/24'),
      node('w', 'instance', 'a-web'),
      ...gateways,
      internet,
    ]);

  it('a private subnet with an IPv6 block leaves through its egress-only internet gateway, an IPv6-only one too', () => {
    const doc = v6vpc([node('eigw', 'egress-only-internet-gateway', 'a')]);
    expect(reach(doc, 'a-app', 'net')).toEqual({ reachable: true, path: ['a-app', 'a', 'eigw', 'net'], blockedBy: [] });
    expect(reach(doc, 'a-v6', 'net').reachable).toBe(true);
    // Without an IPv6 block, the egress-only gateway is no way out.
    expect(reach(doc, 'a-db', 'net').reachable).toBe(false);
  });

  it('a private subnet with an IPv6 block does not reach the internet without an egress-only gateway (its internet gateway serves public subnets)', () => {
    const doc = v6vpc([node('igw', 'internet-gateway', 'a')]);
    expect(reach(doc, 'a-app', 'net').reachable).toBe(false);
    expect(rules(reach(doc, 'a-app', 'net'))).toEqual(['flow-no-path']);
  });

  it('a public subnet with an IPv6 block leaves through the internet gateway, an instance without a public IP too', () => {
    const doc = v6vpc([node('igw', 'internet-gateway', 'a')]);
    expect(reach(doc, 'a-web', 'net').path).toEqual(['a-web', 'a', 'igw', 'net']);
    expect(reach(doc, 'w', 'net').reachable).toBe(true);
  });

  it('a VPC reaches the internet when its IPv6 subnets do', () => {
    const doc = buildDocument([
      vpc('a', ['10.1.0.0/16'], { props: { ipv6Cidrs: ['2600:1f18:1:100::/56'] } }),
      { id: 'a-v6', kind: 'subnet', name: 'a-v6', parent: 'a', props: { ipv6Cidr: '2600:1f18:1:103::/64' } },
      node('eigw', 'egress-only-internet-gateway', 'a'),
      internet,
    ]);
    expect(reach(doc, 'a', 'net').reachable).toBe(true);
  });

  it('an egress-only internet gateway serves neither a peer nor a spoke of a transit gateway', () => {
    const doc = buildDocument(
      [
        vpc('a', ['10.1.0.0/16'], { props: { ipv6Cidrs: ['2600:1f18:1:100::/56'] } }),
        subnet('a-app', 'a', '10.1.2.0/24', { props: { ipv6Cidr: '2600:1f18:1:102::/64' } }),
        node('eigw', 'egress-only-internet-gateway', 'a'),
        vpc('b', ['10.2.0.0/16'], { props: { ipv6Cidrs: ['2600:1f18:1:200::/56'] } }),
        subnet('b-app', 'b', '10.2.2.0/24', { props: { ipv6Cidr: '2600:1f18:1:202::/64' } }),
        vpc('c', ['10.3.0.0/16'], { props: { ipv6Cidrs: ['2600:1f18:1:300::/56'] } }),
        subnet('c-app', 'c', '10.3.2.0/24', { props: { ipv6Cidr: '2600:1f18:1:302::/64' } }),
        node('tgw', 'transit-gateway'),
        internet,
      ],
      [link('pcx', 'vpc-peering', 'a', 'b'), link('att-a', 'tgw-attachment', 'tgw', 'a'), link('att-c', 'tgw-attachment', 'tgw', 'c')],
    );
    expect(rules(reach(doc, 'b-app', 'net'))).toEqual(['peering-edge-to-edge']);
    expect(rules(reach(doc, 'c-app', 'net'))).toEqual(['vpc-not-transit']);
  });
});
