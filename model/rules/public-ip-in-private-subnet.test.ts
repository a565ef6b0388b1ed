import { describe, expect, it } from 'vitest';
import { canPlace } from '../connect';
import { indexOf } from '../graph/topology-index';
import { buildDocument, node, subnet, vpc } from '../testing/build';
import { publicIpInPrivateSubnet } from './public-ip-in-private-subnet';

const nodes = [
  vpc('v', ['10.0.0.0/16']),
  node('igw', 'internet-gateway', 'v'),
  subnet('pub', 'v', '10.0.0.0/24', { props: { public: true } }),
  subnet('priv', 'v', '10.0.1.0/24'),
];

describe('public-ip-in-private-subnet', () => {
  it('warns about an instance with a public IP in a private subnet', () => {
    const findings = publicIpInPrivateSubnet.check(indexOf(buildDocument([...nodes, node('web', 'instance', 'priv', { publicIp: true })])));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'public-ip-in-private-subnet', severity: 'warning', subjects: ['web', 'priv'] });
    expect(findings[0]!.message).toBe('Instance web has a public IP, but Subnet priv is private (no route to an internet gateway), so the address cannot be reached.');
  });

  it('accepts a public IP in a public subnet, and private instances anywhere', () => {
    const doc = buildDocument([...nodes, node('web', 'instance', 'pub', { publicIp: true }), node('app', 'instance', 'priv')]);
    expect(publicIpInPrivateSubnet.check(indexOf(doc))).toEqual([]);
  });

  it('warns, without refusing, when such an instance is moved into a private subnet', () => {
    const doc = buildDocument([...nodes, node('web', 'instance', 'pub', { publicIp: true })]);
    const answer = canPlace(doc, 'instance', 'priv', 'web');
    expect(answer.ok).toBe(true);
    expect(answer.warnings.map((f) => f.rule)).toContain('public-ip-in-private-subnet');
  });
});
