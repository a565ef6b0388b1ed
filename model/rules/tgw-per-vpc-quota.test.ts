import { describe, expect, it } from 'vitest';
import { canConnect } from '../connect';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, vpc } from '../testing/build';
import { tgwPerVpcQuota } from './tgw-per-vpc-quota';

const tgws = Array.from({ length: 7 }, (_, i) => node(`tgw-${i + 1}`, 'transit-gateway'));
const nodes = [vpc('a', ['10.0.0.0/16']), ...tgws];
/** Attachments of VPC a to tgw-1 … tgw-n. */
const attachments = (n: number) => Array.from({ length: n }, (_, i) => link(`att-${i + 1}`, 'tgw-attachment', 'a', `tgw-${i + 1}`));
const check = (connections: Record<string, unknown>[]) => tgwPerVpcQuota.check(indexOf(buildDocument(nodes, connections)));

describe('tgw-per-vpc-quota', () => {
  it('accepts five transit gateways', () => {
    expect(check(attachments(5))).toEqual([]);
  });

  it('reports each attachment beyond the fifth', () => {
    const findings = check(attachments(7));
    expect(findings.map((f) => f.subjects)).toEqual([
      ['att-6', 'a', 'tgw-6'],
      ['att-7', 'a', 'tgw-7'],
    ]);
    expect(findings[0]).toMatchObject({ rule: 'tgw-per-vpc-quota', severity: 'error' });
    expect(findings[0]!.message).toBe(
      'VPC a (10.0.0.0/16) is already attached to 5 transit gateways (tgw-1, tgw-2, tgw-3, tgw-4, tgw-5), so it cannot also attach to Transit gateway tgw-6: AWS allows at most 5 per VPC.',
    );
  });

  it('does not count a repeated attachment to the same transit gateway twice', () => {
    expect(check([...attachments(5), link('again', 'tgw-attachment', 'tgw-1', 'a')])).toEqual([]);
  });

  it('refuses drawing a sixth transit gateway, and allows a fifth', () => {
    const full = canConnect(buildDocument(nodes, attachments(5)), 'tgw-6', 'a');
    expect(full.ok).toBe(false);
    expect(full.reason).toContain('AWS allows at most 5 per VPC');
    expect(canConnect(buildDocument(nodes, attachments(4)), 'tgw-5', 'a').ok).toBe(true);
  });
});
