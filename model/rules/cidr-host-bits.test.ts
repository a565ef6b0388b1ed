import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, onPrem, subnet, vpc } from '../testing/build';
import { cidrHostBits } from './cidr-host-bits';

const run = (doc: ReturnType<typeof buildDocument>) => cidrHostBits.check(indexOf(doc));

describe('cidr-host-bits', () => {
  it('warns about a VPC block with host bits and offers the whole corrected list', () => {
    const findings = run(buildDocument([vpc('prod', ['10.1.0.0/16', '10.0.0.1/16'])]));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ rule: 'cidr-host-bits', severity: 'warning', subjects: ['prod'] });
    expect(f!.message).toContain('VPC prod');
    expect(f!.message).toContain('10.0.0.1/16');
    expect(f!.message).toContain('10.0.0.0/16');
    expect(f!.fix).toEqual({ label: 'Use 10.0.0.0/16', element: 'prod', prop: 'cidrs', value: ['10.1.0.0/16', '10.0.0.0/16'] });
  });

  it('fixes a subnet block with a single value', () => {
    const findings = run(buildDocument([vpc('prod', ['10.0.0.0/16']), subnet('web', 'prod', '10.0.1.7/24')]));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ subjects: ['web'], fix: { label: 'Use 10.0.1.0/24', element: 'web', prop: 'cidr', value: '10.0.1.0/24' } });
    expect(findings[0]!.message).toContain('Subnet web');
  });

  it('covers IPv6 blocks, on-premises blocks and allowed prefixes', () => {
    const doc = buildDocument(
      [
        vpc('prod', ['10.0.0.0/16'], { props: { ipv6Cidrs: ['2001:db8:0:1::/56'] } }),
        subnet('web', 'prod', '10.0.1.0/24', { props: { ipv6Cidr: '2001:db8::1/64' } }),
        onPrem('dc', ['192.168.1.1/24']),
        node('dxgw', 'dx-gateway'),
        node('vgw', 'vpn-gateway', 'prod'),
      ],
      [link('assoc', 'dxgw-association', 'dxgw', 'vgw', { allowedPrefixes: ['10.0.0.0/16', '10.0.0.9/24'] })],
    );
    const fixes = run(doc).map((f) => f.fix);
    expect(fixes).toEqual(
      expect.arrayContaining([
        { label: 'Use 2001:db8::/56', element: 'prod', prop: 'ipv6Cidrs', value: ['2001:db8::/56'] },
        { label: 'Use 2001:db8::/64', element: 'web', prop: 'ipv6Cidr', value: '2001:db8::/64' },
        { label: 'Use 192.168.1.0/24', element: 'dc', prop: 'cidrs', value: ['192.168.1.0/24'] },
        { label: 'Use 10.0.0.0/24', element: 'assoc', prop: 'allowedPrefixes', value: ['10.0.0.0/16', '10.0.0.0/24'] },
      ]),
    );
    expect(fixes).toHaveLength(4);
    expect(run(doc).find((f) => f.subjects[0] === 'assoc')!.message).toContain('Direct Connect gateway association assoc');
  });

  it('says nothing about network addresses, nor about blocks that do not parse (cidr-invalid reports those)', () => {
    const doc = buildDocument([
      vpc('prod', ['10.0.0.0/16', '10.0.0.1/33', '300.1.1.1/16', '10.0.0.5']),
      subnet('web', 'prod', '10.0.1.0/24', { props: { ipv6Cidr: '10.0.1.1/24' } }),
      node('empty', 'vpc'),
    ]);
    expect(run(doc)).toEqual([]);
  });
});
