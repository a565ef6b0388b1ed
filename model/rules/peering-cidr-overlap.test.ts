import { describe, expect, it } from 'vitest';
import { canConnect } from '../connect';
import { indexOf } from '../graph/topology-index';
import { validate } from '../validate';
import { buildDocument, link, vpc } from '../testing/build';
import { peeringCidrOverlap } from './peering-cidr-overlap';

type Raw = Record<string, unknown>;
const peered = (a: Raw, b: Raw) => buildDocument([a, b], [link('pcx', 'vpc-peering', String(a.id), String(b.id))]);
const check = (a: Raw, b: Raw) => peeringCidrOverlap.check(indexOf(peered(a, b)));

describe('peering-cidr-overlap', () => {
  it('reports peered VPCs whose blocks overlap without being equal (the notes say "the same block"; AWS says overlapping)', () => {
    const findings = check(vpc('prod', ['10.0.0.0/16']), vpc('dev', ['10.0.128.0/17']));
    expect(findings).toEqual([
      {
        rule: 'peering-cidr-overlap',
        severity: 'error',
        message: 'VPC prod (10.0.0.0/16) and VPC dev (10.0.128.0/17) overlap; AWS refuses to peer VPCs with matching or overlapping blocks.',
        subjects: ['pcx', 'prod', 'dev'],
      },
    ]);
  });

  it('says "match" for equal blocks', () => {
    expect(check(vpc('a', ['10.0.0.0/16']), vpc('b', ['10.0.0.0/16']))[0]!.message).toMatch(/^VPC a \(10\.0\.0\.0\/16\) and VPC b \(10\.0\.0\.0\/16\) match;/);
  });

  it('looks at secondary blocks too', () => {
    const findings = check(vpc('a', ['10.0.0.0/16', '100.64.0.0/16']), vpc('b', ['10.1.0.0/16', '100.64.128.0/17']));
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('VPC a (100.64.0.0/16) and VPC b (100.64.128.0/17) overlap')]);
  });

  it('reports overlapping IPv6 blocks, and distinct IPv6 blocks do not rescue overlapping IPv4 ones', () => {
    const ipv6 = check(vpc('a', ['10.0.0.0/16'], { props: { ipv6Cidrs: ['2600:1f18:1:100::/56'] } }), vpc('b', ['10.1.0.0/16'], { props: { ipv6Cidrs: ['2600:1f18:1:100::/56'] } }));
    expect(ipv6.map((f) => f.message)).toEqual([expect.stringContaining('(2600:1f18:1:100::/56) match')]);
    const mixed = check(vpc('a', ['10.0.0.0/16'], { props: { ipv6Cidrs: ['2600:1f18:1:100::/56'] } }), vpc('b', ['10.0.0.0/24'], { props: { ipv6Cidrs: ['2600:1f18:1:200::/56'] } }));
    expect(mixed).toHaveLength(1);
  });

  it('accepts peered VPCs whose blocks only touch, and an IPv6 block on one side only', () => {
    expect(check(vpc('a', ['10.0.0.0/16']), vpc('b', ['10.1.0.0/16']))).toEqual([]);
    expect(check(vpc('a', ['10.0.0.0/16'], { props: { ipv6Cidrs: ['2600:1f18:1:100::/56'] } }), vpc('b', ['10.1.0.0/16']))).toEqual([]);
  });

  it('says nothing about overlapping VPCs that are not peered', () => {
    expect(validate(buildDocument([vpc('a', ['10.0.0.0/16']), vpc('b', ['10.0.0.0/16'])])).filter((f) => f.rule === 'peering-cidr-overlap')).toEqual([]);
  });

  it('refuses the peering on the canvas with the same sentence', () => {
    const doc = buildDocument([vpc('prod', ['10.0.0.0/16']), vpc('dev', ['10.0.128.0/17'])]);
    const answer = canConnect(doc, 'prod', 'dev');
    expect(answer.ok).toBe(false);
    expect(answer.reason).toContain('VPC prod (10.0.0.0/16) and VPC dev (10.0.128.0/17) overlap');
  });
});
