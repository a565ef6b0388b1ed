import { describe, expect, it } from 'vitest';
import { canPlace } from '../connect';
import { indexOf } from '../graph/topology-index';
import { buildDocument, node, onPrem, region, subnet, vpc } from '../testing/build';
import { parentInvalid } from './parent-invalid';
import { kindPhrase } from './wording';

const run = (nodes: Array<Record<string, unknown>>) => parentInvalid.check(indexOf(buildDocument(nodes)));

describe('parent-invalid', () => {
  it('refuses a subnet outside every VPC', () => {
    const findings = run([region('r', 'us-east-1'), node('web', 'subnet', undefined, { cidr: '10.0.0.0/24' })]);
    expect(findings).toEqual([{ rule: 'parent-invalid', severity: 'error', message: 'Subnet web must be inside a VPC.', subjects: ['web'] }]);
  });

  it('refuses a NAT gateway outside every subnet, and one drawn straight in a VPC', () => {
    const findings = run([vpc('prod', ['10.0.0.0/16']), node('loose', 'nat-gateway'), node('in-vpc', 'nat-gateway', 'prod')]);
    expect(findings.map((f) => [f.subjects, f.message])).toEqual([
      [['loose'], 'NAT gateway loose must be inside a subnet.'],
      [['in-vpc', 'prod'], 'NAT gateway in-vpc cannot be inside VPC prod: it must be inside a subnet.'],
    ]);
  });

  it('refuses a node in a container of the wrong kind, saying where it may stand', () => {
    const findings = run([
      region('r', 'us-east-1'),
      vpc('prod', ['10.0.0.0/16'], { parent: 'r' }),
      node('dxgw', 'dx-gateway', 'r'),
      node('tgw', 'transit-gateway', 'prod'),
      onPrem('dc', []),
      node('cgw', 'customer-gateway', 'prod'),
      subnet('s', 'prod', '10.0.0.0/24'),
      node('ep', 'vpc-endpoint', 'r'),
    ]);
    expect(findings.map((f) => [f.subjects, f.message])).toEqual([
      [['dxgw', 'r'], 'Direct Connect gateway dxgw cannot be inside Region r: it must stand outside every container.'],
      [['tgw', 'prod'], 'Transit gateway tgw cannot be inside VPC prod: it must be inside a region or stand outside every container.'],
      [['cgw', 'prod'], 'Customer gateway cgw cannot be inside VPC prod: it must be inside an on-premises network or stand outside every container.'],
      [['ep', 'r'], 'VPC endpoint ep cannot be inside Region r: it must be inside a VPC or a subnet.'],
    ]);
  });

  it('accepts every allowed placement, and optional parents left out', () => {
    expect(
      run([
        region('r', 'us-east-1'),
        vpc('prod', ['10.0.0.0/16'], { parent: 'r' }),
        vpc('loose', ['10.1.0.0/16']),
        subnet('s', 'prod', '10.0.0.0/24'),
        node('nat', 'nat-gateway', 's'),
        node('i', 'instance', 's'),
        node('igw', 'internet-gateway', 'prod'),
        node('vgw', 'vpn-gateway', 'r'),
        node('ep1', 'vpc-endpoint', 'prod'),
        node('ep2', 'vpc-endpoint', 's'),
        node('lb', 'load-balancer', 'prod'),
        node('svc', 'endpoint-service', 'prod'),
        node('dxgw', 'dx-gateway'),
        onPrem('dc', []),
        node('cgw', 'customer-gateway', 'dc'),
        node('net', 'internet'),
      ]),
    ).toEqual([]);
  });

  it('names kinds with the right article', () => {
    expect(kindPhrase('vpc')).toBe('a VPC');
    expect(kindPhrase('internet-gateway')).toBe('an internet gateway');
    expect(kindPhrase('on-premises')).toBe('an on-premises network');
    expect(kindPhrase('dx-gateway')).toBe('a Direct Connect gateway');
    expect(kindPhrase('endpoint-service')).toBe('an endpoint service (PrivateLink)');
    expect(kindPhrase('internet')).toBe('the internet');
  });

  it('makes canPlace refuse what validation reports', () => {
    const doc = buildDocument([region('r', 'us-east-1'), vpc('prod', ['10.0.0.0/16'], { parent: 'r' }), subnet('s', 'prod', '10.0.0.0/24')]);
    expect(canPlace(doc, 'instance', 'prod')).toMatchObject({ ok: false, reason: 'The new instance cannot be inside VPC prod: it must be inside a subnet.' });
    expect(canPlace(doc, 'instance', 's').ok).toBe(true);
    expect(canPlace(doc, 'subnet', 'r', 's')).toMatchObject({ ok: false, reason: 'Subnet s cannot be inside Region r: it must be inside a VPC.' });
  });
});
