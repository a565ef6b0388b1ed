import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, node, subnet, vpc } from '../testing/build';
import { subnetCidrSize } from './subnet-cidr-size';

const run = (nodes: Array<Record<string, unknown>>) => subnetCidrSize.check(indexOf(buildDocument(nodes)));

describe('subnet-cidr-size', () => {
  it('refuses a subnet smaller than /28', () => {
    const findings = run([vpc('prod', ['10.0.0.0/16']), subnet('tiny', 'prod', '10.0.0.0/29')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'subnet-cidr-size', severity: 'error', subjects: ['tiny'] });
    expect(findings[0]!.message).toMatch(/Subnet tiny.*10\.0\.0\.0\/29.*smaller than \/28/);
  });

  it('refuses a subnet larger than /16', () => {
    const findings = run([vpc('prod', ['10.0.0.0/16']), subnet('huge', 'prod', '10.0.0.0/15')]);
    expect(findings[0]!.message).toMatch(/larger than \/16/);
  });

  it('accepts /28, /24 and /16 subnets (not only the default /20)', () => {
    expect(
      run([vpc('prod', ['10.0.0.0/16']), subnet('a', 'prod', '10.0.0.0/28'), subnet('b', 'prod', '10.0.1.0/24'), subnet('c', 'prod', '10.0.0.0/16')]),
    ).toEqual([]);
  });

  it('says nothing about a subnet without a block or with one that does not parse', () => {
    expect(run([vpc('prod', ['10.0.0.0/16']), node('none', 'subnet', 'prod'), subnet('bad', 'prod', '10.0.0.0/33')])).toEqual([]);
  });
});
