import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, node, vpc } from '../testing/build';
import { vpcCidrPublicRange } from './vpc-cidr-public-range';

const run = (cidrs: string[]) => vpcCidrPublicRange.check(indexOf(buildDocument([vpc('v', cidrs)])));

describe('vpc-cidr-public-range', () => {
  it('warns about a publicly routable block, saying AWS allows it', () => {
    const findings = run(['52.10.0.0/16']);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'vpc-cidr-public-range', severity: 'warning', subjects: ['v'] });
    expect(findings[0]!.message).toMatch(/VPC v: block 52\.10\.0\.0\/16 is outside the private ranges .*AWS accepts it/);
  });

  it('warns about 100.64.0.0/10 blocks and secondary blocks too', () => {
    expect(run(['10.0.0.0/16', '100.64.0.0/16'])).toHaveLength(1);
  });

  it('warns about blocks overlapping Docker\'s 172.17.0.0/16', () => {
    const findings = run(['172.17.5.0/24']);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('172.17.0.0/16');
    expect(findings[0]!.message).toContain('Docker');
  });

  it('accepts every RFC 1918 range, including 172.16.0.0/16 and 172.18.0.0/16 beside the Docker range', () => {
    expect(run(['10.0.0.0/16', '172.16.0.0/16', '172.18.0.0/16', '192.168.0.0/16', '172.31.255.0/24'])).toEqual([]);
  });

  it('leaves link-local blocks to vpc-cidr-restricted and ignores what does not parse', () => {
    expect(run(['169.254.0.0/16', 'bad'])).toEqual([]);
    expect(vpcCidrPublicRange.check(indexOf(buildDocument([node('empty', 'vpc')])))).toEqual([]);
  });
});
