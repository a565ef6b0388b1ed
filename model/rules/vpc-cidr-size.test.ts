import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, node, vpc } from '../testing/build';
import { vpcCidrSize } from './vpc-cidr-size';

const run = (nodes: Array<Record<string, unknown>>) => vpcCidrSize.check(indexOf(buildDocument(nodes)));

describe('vpc-cidr-size', () => {
  it('refuses a block larger than /16', () => {
    const findings = run([vpc('prod', ['10.0.0.0/15'])]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'vpc-cidr-size', severity: 'error', subjects: ['prod'] });
    expect(findings[0]!.message).toMatch(/VPC prod.*10\.0\.0\.0\/15.*larger than \/16/);
  });

  it('refuses a secondary block smaller than /28', () => {
    const findings = run([vpc('prod', ['10.0.0.0/16', '10.1.0.0/29'])]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/10\.1\.0\.0\/29.*smaller than \/28/);
  });

  it('accepts /16 and /28, the bounds themselves', () => {
    expect(run([vpc('a', ['10.0.0.0/16', '10.1.0.0/28'])])).toEqual([]);
  });

  it('does not crash on a VPC without blocks or with blocks that do not parse', () => {
    expect(run([node('empty', 'vpc'), vpc('bad', ['10.0.0.0/33', 'nonsense'])])).toEqual([]);
  });
});
