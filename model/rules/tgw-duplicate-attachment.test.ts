import { describe, expect, it } from 'vitest';
import { canConnect } from '../connect';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, vpc } from '../testing/build';
import { tgwDuplicateAttachment } from './tgw-duplicate-attachment';

const nodes = [node('tgw', 'transit-gateway'), node('tgw-2', 'transit-gateway'), vpc('a', ['10.0.0.0/16']), vpc('b', ['10.1.0.0/16'])];
const check = (connections: Record<string, unknown>[]) => tgwDuplicateAttachment.check(indexOf(buildDocument(nodes, connections)));

describe('tgw-duplicate-attachment', () => {
  it('reports a second attachment of one VPC to one transit gateway', () => {
    const findings = check([link('att-1', 'tgw-attachment', 'tgw', 'a'), link('att-2', 'tgw-attachment', 'a', 'tgw')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'tgw-duplicate-attachment', severity: 'error', subjects: ['att-2', 'a', 'tgw', 'att-1'] });
    expect(findings[0]!.message).toBe(
      'VPC a (10.0.0.0/16) is already attached to Transit gateway tgw by attachment att-1; a transit gateway takes only one attachment per VPC.',
    );
  });

  it('accepts one VPC on two transit gateways, and two VPCs on one', () => {
    expect(
      check([link('att-1', 'tgw-attachment', 'tgw', 'a'), link('att-2', 'tgw-attachment', 'tgw-2', 'a'), link('att-3', 'tgw-attachment', 'tgw', 'b')]),
    ).toEqual([]);
  });

  it('refuses drawing the second attachment, and allows another transit gateway', () => {
    const doc = buildDocument(nodes, [link('att-1', 'tgw-attachment', 'tgw', 'a')]);
    const answer = canConnect(doc, 'a', 'tgw');
    expect(answer.ok).toBe(false);
    expect(answer.reason).toContain('is already attached to Transit gateway tgw');
    expect(canConnect(doc, 'a', 'tgw-2').ok).toBe(true);
  });
});
