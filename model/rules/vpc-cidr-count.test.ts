import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, vpc } from '../testing/build';
import { vpcCidrCount } from './vpc-cidr-count';

const blocks = (n: number) => Array.from({ length: n }, (_, i) => `10.${i}.0.0/16`);
const run = (cidrs: string[]) => vpcCidrCount.check(indexOf(buildDocument([vpc('v', cidrs)])));

describe('vpc-cidr-count', () => {
  it('accepts 5 blocks, the default quota', () => {
    expect(run(blocks(5))).toEqual([]);
  });

  it('warns at 6 blocks, naming the quota increase', () => {
    const findings = run(blocks(6));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'vpc-cidr-count', severity: 'warning', subjects: ['v'] });
    expect(findings[0]!.message).toMatch(/VPC v has 6 IPv4 blocks.*default quota of 5.*quota increase/);
  });

  it('warns, not errs, at 50 blocks', () => {
    expect(run(blocks(50))[0]!.severity).toBe('warning');
  });

  it('errs above 50 blocks, the hard limit', () => {
    const findings = run(blocks(51));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', subjects: ['v'] });
    expect(findings[0]!.message).toMatch(/51 IPv4 blocks.*at most 50/);
  });

  it('does not count blocks that do not parse', () => {
    expect(run([...blocks(5), 'bad', '10.0.0.0/33'])).toEqual([]);
  });
});
