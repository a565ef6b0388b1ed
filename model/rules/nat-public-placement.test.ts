import { describe, expect, it } from 'vitest';
import { canPlace } from '../connect';
import { indexOf } from '../graph/topology-index';
import { buildDocument, node, subnet, vpc } from '../testing/build';
import { natPublicPlacement } from './nat-public-placement';

type Raw = Record<string, unknown>;
const run = (nodes: Raw[]) => natPublicPlacement.check(indexOf(buildDocument(nodes)));
const base = (withIgw: boolean): Raw[] => [
  vpc('prod', ['10.0.0.0/16']),
  ...(withIgw ? [node('igw', 'internet-gateway', 'prod')] : []),
  subnet('pub', 'prod', '10.0.0.0/24', { props: { public: true } }),
  subnet('priv', 'prod', '10.0.1.0/24'),
];

describe('nat-public-placement', () => {
  it('accepts a public NAT gateway in a public subnet of a VPC with an internet gateway', () => {
    expect(run([...base(true), node('nat', 'nat-gateway', 'pub')])).toEqual([]);
  });

  it('refuses a public NAT gateway in a private subnet', () => {
    const findings = run([...base(true), node('nat', 'nat-gateway', 'priv')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'nat-public-placement', severity: 'error', subjects: ['nat', 'priv'] });
    expect(findings[0]!.message).toBe('NAT gateway nat is public but Subnet priv is private; a public NAT gateway must be in a public subnet to reach the internet.');
  });

  it('refuses a public NAT gateway in a VPC without an internet gateway', () => {
    const findings = run([...base(false), node('nat', 'nat-gateway', 'pub')]);
    expect(findings.map((f) => f.subjects)).toEqual([['nat', 'prod']]);
    expect(findings[0]!.message).toContain('VPC prod has no internet gateway');
  });

  it('accepts a private NAT gateway in a private subnet of a VPC without an internet gateway', () => {
    expect(run([...base(false), node('nat', 'nat-gateway', 'priv', { connectivity: 'private' })])).toEqual([]);
  });

  describe('canPlace', () => {
    const doc = buildDocument([...base(true), node('nat', 'nat-gateway', 'pub'), node('pnat', 'nat-gateway', 'pub', { connectivity: 'private' })]);
    it('refuses moving a public NAT gateway into a private subnet', () => {
      expect(canPlace(doc, 'nat-gateway', 'priv', 'nat')).toMatchObject({ ok: false, reason: expect.stringMatching(/must be in a public subnet/) });
    });
    it('lets a new NAT gateway, whose connectivity is not chosen yet, and a private one go into a private subnet', () => {
      expect(canPlace(doc, 'nat-gateway', 'priv').ok).toBe(true);
      expect(canPlace(doc, 'nat-gateway', 'priv', 'pnat').ok).toBe(true);
    });
  });
});
