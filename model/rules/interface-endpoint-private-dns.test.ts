import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, node, subnet, vpc } from '../testing/build';
import { interfaceEndpointPrivateDns } from './interface-endpoint-private-dns';

type Raw = Record<string, unknown>;
const run = (vpcProps: Raw, endpointProps: Raw = {}) =>
  interfaceEndpointPrivateDns.check(
    indexOf(buildDocument([vpc('prod', ['10.0.0.0/16'], { props: vpcProps }), subnet('app', 'prod', '10.0.1.0/24'), node('ep', 'vpc-endpoint', 'app', { service: 'sqs', ...endpointProps })])),
  );

describe('interface-endpoint-private-dns', () => {
  it('warns when the VPC lacks DNS hostnames (off by default), offering to turn them on', () => {
    const findings = run({});
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'interface-endpoint-private-dns',
      severity: 'warning',
      subjects: ['ep', 'prod'],
      fix: { element: 'prod', prop: 'dnsHostnames', value: true },
    });
    expect(findings[0]!.message).toBe(
      'VPC endpoint ep uses private DNS, but VPC prod has DNS hostnames (enableDnsHostnames) turned off; private DNS names work only when the VPC has both on.',
    );
  });

  it('names both attributes when both are off, and offers no one-click fix', () => {
    const findings = run({ dnsSupport: false });
    expect(findings[0]!.message).toMatch(/has DNS resolution \(enableDnsSupport\) and DNS hostnames \(enableDnsHostnames\) turned off/);
    expect(findings[0]!.fix).toBeUndefined();
  });

  it('near misses: both attributes on, private DNS off, a gateway endpoint', () => {
    expect(run({ dnsHostnames: true })).toEqual([]);
    expect(run({}, { privateDns: false })).toEqual([]);
    expect(run({}, { type: 'gateway', service: 's3' })).toEqual([]);
  });
});
