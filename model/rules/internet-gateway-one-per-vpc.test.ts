import { describe, expect, it } from 'vitest';
import { canPlace } from '../connect';
import { indexOf } from '../graph/topology-index';
import { buildDocument, node, vpc } from '../testing/build';
import { internetGatewayOnePerVpc } from './internet-gateway-one-per-vpc';

const run = (nodes: Array<Record<string, unknown>>) => internetGatewayOnePerVpc.check(indexOf(buildDocument(nodes)));

describe('internet-gateway-one-per-vpc', () => {
  it('refuses a second internet gateway in a VPC, naming the one already attached', () => {
    const findings = run([vpc('prod', ['10.0.0.0/16']), node('igw-1', 'internet-gateway', 'prod'), node('igw-2', 'internet-gateway', 'prod')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'internet-gateway-one-per-vpc', severity: 'error', subjects: ['igw-2', 'prod', 'igw-1'] });
    expect(findings[0]!.message).toBe('VPC prod already has Internet gateway igw-1 attached; a VPC takes only one internet gateway.');
  });

  it('refuses a second egress-only internet gateway', () => {
    const findings = run([
      vpc('prod', ['10.0.0.0/16']),
      node('e1', 'egress-only-internet-gateway', 'prod'),
      node('e2', 'egress-only-internet-gateway', 'prod'),
    ]);
    expect(findings.map((f) => f.subjects)).toEqual([['e2', 'prod', 'e1']]);
    expect(findings[0]!.message).toContain('only one egress-only internet gateway');
  });

  it('accepts one of each kind per VPC, and detached gateways in a region', () => {
    expect(
      run([
        node('r', 'region', undefined, { code: 'us-east-1' }),
        vpc('prod', ['10.0.0.0/16'], { parent: 'r' }),
        vpc('dev', ['10.1.0.0/16'], { parent: 'r' }),
        node('igw-1', 'internet-gateway', 'prod'),
        node('eigw-1', 'egress-only-internet-gateway', 'prod'),
        node('igw-2', 'internet-gateway', 'dev'),
        node('igw-3', 'internet-gateway', 'r'),
        node('igw-4', 'internet-gateway', 'r'),
      ]),
    ).toEqual([]);
  });

  describe('canPlace', () => {
    const doc = buildDocument([
      vpc('prod', ['10.0.0.0/16']),
      vpc('dev', ['10.1.0.0/16']),
      node('igw-1', 'internet-gateway', 'prod'),
      node('eigw-1', 'egress-only-internet-gateway', 'prod'),
      node('igw-dev', 'internet-gateway', 'dev'),
    ]);

    it('refuses dropping a second internet gateway or egress-only internet gateway into a VPC', () => {
      expect(canPlace(doc, 'internet-gateway', 'prod')).toMatchObject({ ok: false, reason: expect.stringMatching(/only one internet gateway/) });
      expect(canPlace(doc, 'egress-only-internet-gateway', 'prod')).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/only one egress-only internet gateway/),
      });
    });

    it('refuses moving an existing internet gateway into a VPC that has one, whatever the document order', () => {
      const answer = canPlace(doc, 'internet-gateway', 'dev', 'igw-1');
      expect(answer.ok).toBe(false);
      expect(answer.reason).toContain('Internet gateway igw-dev');
    });

    it('accepts the first gateway of each kind', () => {
      expect(canPlace(doc, 'egress-only-internet-gateway', 'dev').ok).toBe(true);
      expect(canPlace(buildDocument([vpc('v', ['10.0.0.0/16'])]), 'internet-gateway', 'v').ok).toBe(true);
    });
  });
});
