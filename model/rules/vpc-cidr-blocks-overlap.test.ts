import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, node, vpc } from '../testing/build';
import { vpcCidrBlocksOverlap } from './vpc-cidr-blocks-overlap';

const run = (nodes: Array<Record<string, unknown>>) => vpcCidrBlocksOverlap.check(indexOf(buildDocument(nodes)));

describe('vpc-cidr-blocks-overlap', () => {
  it('finds nested blocks of one VPC, not only equal ones', () => {
    const findings = run([vpc('prod', ['10.0.0.0/16', '10.0.128.0/17'])]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'vpc-cidr-blocks-overlap', severity: 'error', subjects: ['prod'] });
    expect(findings[0]!.message).toMatch(/VPC prod: block 10\.0\.128\.0\/17 overlaps its block 10\.0\.0\.0\/16/);
  });

  it('says "matches" for the same block twice', () => {
    const findings = run([vpc('prod', ['10.0.0.0/16', '10.1.0.0/16', '10.0.0.0/16'])]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('matches');
  });

  it('reports three or more blocks that share addresses once, in the order written', () => {
    const findings = run([vpc('prod', ['10.0.0.0/16', '10.0.1.0/24', '10.0.2.0/24', '192.168.0.0/16', '192.168.0.0/16'])]);
    expect(findings.map((f) => f.message)).toEqual([
      'VPC prod: 3 of its blocks match or overlap one another: 10.0.0.0/16, 10.0.1.0/24 and 10.0.2.0/24; AWS refuses to associate a block that matches or overlaps another block of the VPC.',
      'VPC prod: block 192.168.0.0/16 matches its block 192.168.0.0/16; AWS refuses to associate a block that matches or overlaps another block of the VPC.',
    ]);
  });

  it('stays one finding for a block repeated thousands of times', () => {
    const findings = run([vpc('prod', Array.from({ length: 5000 }, () => '10.0.0.0/16'))]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('5,000 of its blocks match or overlap one another: 10.0.0.0/16, 10.0.0.0/16, 10.0.0.0/16 and 4,997 more;');
  });

  it('accepts adjacent blocks, and blocks of different VPCs that overlap', () => {
    expect(run([vpc('a', ['10.0.0.0/16', '10.1.0.0/16']), vpc('b', ['10.0.0.0/16'])])).toEqual([]);
  });

  it('ignores blocks that do not parse and VPCs without blocks', () => {
    expect(run([vpc('a', ['10.0.0.0/16', '10.0.0.0/33']), node('empty', 'vpc')])).toEqual([]);
  });
});
