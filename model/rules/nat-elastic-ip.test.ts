import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, node, subnet, vpc } from '../testing/build';
import { natElasticIp } from './nat-elastic-ip';

const run = (props?: Record<string, unknown>) =>
  natElasticIp.check(
    indexOf(
      buildDocument([
        vpc('v', ['10.0.0.0/16']),
        node('igw', 'internet-gateway', 'v'),
        subnet('pub', 'v', '10.0.0.0/24', { props: { public: true } }),
        node('nat', 'nat-gateway', 'pub', props),
      ]),
    ),
  );

describe('nat-elastic-ip', () => {
  it('accepts the defaults: one Elastic IP for a public NAT gateway, none for a private one', () => {
    expect(run()).toEqual([]);
    expect(run({ connectivity: 'private' })).toEqual([]);
    expect(run({ elasticIps: 2 })).toEqual([]);
  });

  it('refuses a public NAT gateway without an Elastic IP', () => {
    const findings = run({ elasticIps: 0 });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'nat-elastic-ip', severity: 'error', subjects: ['nat'] });
    expect(findings[0]!.message).toBe('NAT gateway nat is public but has no Elastic IP; a public NAT gateway needs one to give its traffic a public address.');
  });

  it('warns from 3 to 8 Elastic IPs (quota increase) and refuses more than 8', () => {
    expect(run({ elasticIps: 3 })[0]).toMatchObject({ severity: 'warning', message: expect.stringMatching(/3 Elastic IPs.*default quota of 2.*quota increase/) });
    expect(run({ elasticIps: 8 })[0]!.severity).toBe('warning');
    expect(run({ elasticIps: 9 })[0]).toMatchObject({ severity: 'error', message: expect.stringMatching(/9 Elastic IPs.*at most 8/) });
  });

  it('refuses any Elastic IP on a private NAT gateway', () => {
    const findings = run({ connectivity: 'private', elasticIps: 1 });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', subjects: ['nat'] });
    expect(findings[0]!.message).toContain('is private but has 1 Elastic IP;');
  });
});
