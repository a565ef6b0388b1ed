import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { validate } from '../validate';
import { buildDocument, link, node, onPrem, subnet, vpc } from '../testing/build';
import { cidrInvalid } from './cidr-invalid';

type Raw = Record<string, unknown>;
const run = (nodes: Raw[], connections: Raw[] = []) => cidrInvalid.check(indexOf(buildDocument(nodes, connections)));

describe('cidr-invalid', () => {
  it.each([
    ['10.0.0.0/33', 'has prefix length /33; an IPv4 prefix is at most /32'],
    ['300.1.1.1/16', 'is not a valid IPv4 address'],
    ['10.0.0.0', 'has no prefix length'],
    ['2001:db8::/56', 'is an IPv6 block in an IPv4 field'],
    ['', 'is empty'],
  ])('refuses %j in a VPC\'s IPv4 blocks', (text, reason) => {
    const findings = run([vpc('prod', ['10.1.0.0/16', text])]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'cidr-invalid', severity: 'error', subjects: ['prod'] });
    expect(findings[0]!.message).toContain(`VPC prod: ${JSON.stringify(text)} in its IPv4 CIDR blocks ${reason}`);
  });

  it('refuses an IPv4 block in an IPv6 field, and a bad subnet block', () => {
    const findings = run([
      vpc('prod', ['10.0.0.0/16'], { props: { ipv6Cidrs: ['10.0.0.0/56'] } }),
      subnet('web', 'prod', '10.0.1.0/24', { props: { ipv6Cidr: '2001:db8::/129' } }),
      subnet('app', 'prod', '10.0.2.0/33'),
    ]);
    expect(findings.map((f) => [f.subjects[0], f.message])).toEqual([
      ['prod', 'VPC prod: "10.0.0.0/56" in its IPv6 CIDR blocks is an IPv4 block in an IPv6 field.'],
      ['web', 'Subnet web: "2001:db8::/129" in its IPv6 CIDR block has prefix length /129; an IPv6 prefix is at most /128.'],
      ['app', 'Subnet app: "10.0.2.0/33" in its IPv4 CIDR block has prefix length /33; an IPv4 prefix is at most /32.'],
    ]);
  });

  it('reports a VPC with no blocks, whether cidrs is missing or empty', () => {
    const findings = run([node('bare', 'vpc'), vpc('empty', [])]);
    expect(findings.map((f) => f.subjects)).toEqual([['bare'], ['empty']]);
    expect(findings[0]!.message).toBe('VPC bare has no IPv4 CIDR block; every VPC needs a primary block.');
  });

  it('reports a subnet without a block', () => {
    const findings = run([vpc('prod', ['10.0.0.0/16']), node('web', 'subnet', 'prod')]);
    expect(findings).toEqual([expect.objectContaining({ rule: 'cidr-invalid', subjects: ['web'], message: 'Subnet web has no IPv4 CIDR block.' })]);
  });

  it('takes an IPv6-only subnet: no IPv4 block is needed when it has an IPv6 block', () => {
    const v6only = node('v6', 'subnet', 'prod', { ipv6Cidr: '2600:1f18:1:100::/64' });
    expect(run([vpc('prod', ['10.0.0.0/16'], { props: { ipv6Cidrs: ['2600:1f18:1:100::/56'] } }), v6only])).toEqual([]);
    expect(validate(buildDocument([vpc('prod', ['10.0.0.0/16'], { props: { ipv6Cidrs: ['2600:1f18:1:100::/56'] } }), v6only])).filter((f) => f.subjects.some((id) => id === 'v6'))).toEqual([]);
  });

  it('refuses a bad allowed prefix on a Direct Connect gateway association and a bad on-premises block', () => {
    const findings = run(
      [vpc('prod', ['10.0.0.0/16']), node('vgw', 'vpn-gateway', 'prod'), node('dxgw', 'dx-gateway'), onPrem('dc', ['192.168.0.0/16', '192.168.0.0'])],
      [link('assoc', 'dxgw-association', 'dxgw', 'vgw', { allowedPrefixes: ['10.0.0.0/16', '10.0.0.0/40'] })],
    );
    expect(findings.map((f) => [f.subjects, f.message])).toEqual([
      [['dc'], expect.stringContaining('On-premises network dc: "192.168.0.0" in its IPv4 CIDR blocks has no prefix length')],
      [['assoc'], 'Direct Connect gateway association assoc: "10.0.0.0/40" in its allowed prefixes has prefix length /40; an IPv4 prefix is at most /32.'],
    ]);
  });

  it('accepts valid blocks of both families, and blocks with host bits (cidr-host-bits warns about those)', () => {
    expect(
      run([
        vpc('prod', ['10.0.0.0/16', '10.1.0.1/16'], { props: { ipv6Cidrs: ['2001:db8::/56'] } }),
        subnet('web', 'prod', '10.0.1.0/24', { props: { ipv6Cidr: '2001:db8::/64' } }),
        onPrem('dc', []),
      ]),
    ).toEqual([]);
  });

  it('lets a half-finished document validate without any rule crashing', () => {
    const doc = buildDocument(
      [
        node('bare', 'vpc'),
        vpc('bad', ['nonsense', '10.0.0.0/33'], { props: { ipv6Cidrs: ['zz'] } }),
        node('s1', 'subnet', 'bare'),
        subnet('s2', 'bad', 'nonsense', { props: { ipv6Cidr: 'zz', public: true } }),
        node('nat', 'nat-gateway', 's2'),
        node('i', 'instance', 's2', { publicIp: true }),
        node('lb', 'load-balancer', 'bad', { subnets: ['s2', 's1'] }),
        vpc('ok', ['10.0.0.0/16']),
      ],
      [link('pcx', 'vpc-peering', 'bare', 'bad'), link('pcx2', 'vpc-peering', 'bad', 'ok')],
    );
    const findings = validate(doc);
    expect(findings.filter((f) => f.rule === 'cidr-invalid').map((f) => f.subjects[0])).toEqual(['bad', 'bad', 'bad', 'bare', 's1', 's2', 's2']);
  });
});
