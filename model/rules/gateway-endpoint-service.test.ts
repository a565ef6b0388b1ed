import { describe, expect, it } from 'vitest';
import { canPlace } from '../connect';
import { indexOf } from '../graph/topology-index';
import { buildDocument, node, subnet, vpc } from '../testing/build';
import { gatewayEndpointService, isGatewayService } from './gateway-endpoint-service';

type Raw = Record<string, unknown>;
const base: Raw[] = [vpc('prod', ['10.0.0.0/16']), subnet('app', 'prod', '10.0.1.0/24')];
const run = (nodes: Raw[]) => gatewayEndpointService.check(indexOf(buildDocument([...base, ...nodes])));

describe('gateway-endpoint-service', () => {
  it('refuses a gateway endpoint for a service other than S3 or DynamoDB, offering an interface endpoint', () => {
    const findings = run([node('ep', 'vpc-endpoint', 'prod', { type: 'gateway', service: 'sqs' })]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'gateway-endpoint-service',
      severity: 'error',
      subjects: ['ep'],
      fix: { element: 'ep', prop: 'type', value: 'interface' },
    });
    expect(findings[0]!.message).toBe(
      'VPC endpoint ep is a gateway endpoint for "sqs"; gateway endpoints exist only for S3 and DynamoDB, other services need an interface endpoint.',
    );
  });

  it('refuses a gateway endpoint inside a subnet', () => {
    const findings = run([node('ep', 'vpc-endpoint', 'app', { type: 'gateway', service: 'dynamodb' })]);
    expect(findings.map((f) => f.subjects)).toEqual([['ep', 'app']]);
    expect(findings[0]!.message).toBe(
      'VPC endpoint ep is a gateway endpoint inside Subnet app; a gateway endpoint belongs to the VPC and its route tables, so place it in VPC prod.',
    );
  });

  it('near misses: S3 and DynamoDB gateway endpoints in the VPC, and interface endpoints for them in a subnet', () => {
    expect(
      run([
        node('g1', 'vpc-endpoint', 'prod', { type: 'gateway', service: 's3' }),
        node('g2', 'vpc-endpoint', 'prod', { type: 'gateway', service: 'com.amazonaws.ap-northeast-1.dynamodb' }),
        node('i1', 'vpc-endpoint', 'app', { type: 'interface', service: 'dynamodb' }),
        node('i2', 'vpc-endpoint', 'app', { service: 'sqs' }),
      ]),
    ).toEqual([]);
  });

  it('recognises service names', () => {
    expect(isGatewayService(' S3 ')).toBe(true);
    expect(isGatewayService('com.amazonaws.us-east-1.s3')).toBe(true);
    expect(isGatewayService('s3-outposts')).toBe(false);
    expect(isGatewayService('notdynamodb')).toBe(false);
  });
});

describe('canPlace with gateway-endpoint-service', () => {
  const doc = buildDocument([...base, node('ep', 'vpc-endpoint', 'prod', { type: 'gateway' })]);
  it('refuses moving a gateway endpoint into a subnet', () => {
    const answer = canPlace(doc, 'vpc-endpoint', 'app', 'ep');
    expect(answer.ok).toBe(false);
    expect(answer.reason).toMatch(/belongs to the VPC and its route tables/);
  });
  it('accepts it in its VPC, and a new (interface) endpoint in a subnet', () => {
    expect(canPlace(doc, 'vpc-endpoint', 'prod', 'ep').ok).toBe(true);
    expect(canPlace(doc, 'vpc-endpoint', 'app').ok).toBe(true);
  });
});
