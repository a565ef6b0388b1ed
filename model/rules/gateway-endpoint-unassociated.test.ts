import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, node, vpc } from '../testing/build';
import { gatewayEndpointUnassociated } from './gateway-endpoint-unassociated';

type Raw = Record<string, unknown>;
const run = (endpoint: Raw, routeTables: Raw[] = [{ id: 'rt-main', main: true }]) =>
  gatewayEndpointUnassociated.check(indexOf(buildDocument([vpc('dev', ['10.1.0.0/16'], { props: { routeTables } }), vpc('other', ['10.2.0.0/16'], { props: { routeTables: [{ id: 'rt-other', main: true }] } }), { ...endpoint, parent: 'dev' }])));

describe('gateway-endpoint-unassociated', () => {
  it('fires on a gateway endpoint of an explicitly routed VPC with no route table', () => {
    const findings = run(node('s3', 'vpc-endpoint', 'dev', { type: 'gateway', service: 's3' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'gateway-endpoint-unassociated', severity: 'warning', subjects: ['s3', 'dev'] });
    expect(findings[0]!.message).toBe(
      'VPC endpoint s3 (a gateway endpoint for s3) in VPC dev is associated with no route table, so AWS adds its route nowhere and no subnet\'s traffic uses it; associate it with the tables of the subnets that use the service.',
    );
  });

  it("fires when its only association is another VPC's table", () => {
    expect(run(node('ddb', 'vpc-endpoint', 'dev', { type: 'gateway', service: 'dynamodb', routeTables: ['rt-other'] }))).toHaveLength(1);
  });

  it('near misses: associated; an interface endpoint; an implicitly routed VPC', () => {
    expect(run(node('s3', 'vpc-endpoint', 'dev', { type: 'gateway', routeTables: ['rt-main'] }))).toEqual([]);
    expect(run(node('sqs', 'vpc-endpoint', 'dev', { type: 'interface', service: 'sqs' }))).toEqual([]);
    expect(run(node('s3', 'vpc-endpoint', 'dev', { type: 'gateway' }), [])).toEqual([]);
  });
});
