/** Endpoints are reach targets (routing.md, "Endpoints are reach targets"), on implicitly routed VPCs. */
import { describe, expect, it } from 'vitest';
import { buildDocument, link, node, onPrem, subnet, vpc } from '../testing/build';
import { reach } from './reach';
import { ReachInputError } from './types';

const rules = (result: { blockedBy: Array<{ rule: string }> }) => result.blockedBy.map((b) => b.rule);

const nodes = [
  vpc('a', ['10.1.0.0/16']),
  subnet('a-app', 'a', '10.1.1.0/24'),
  subnet('a-db', 'a', '10.1.2.0/24'),
  node('vpce-sqs', 'vpc-endpoint', 'a-app', { type: 'interface', service: 'sqs' }),
  node('vpce-s3', 'vpc-endpoint', 'a', { type: 'gateway', service: 's3' }),
  vpc('b', ['10.2.0.0/16']),
  subnet('b-app', 'b', '10.2.1.0/24'),
  node('vgw', 'vpn-gateway', 'a'),
  onPrem('dc', ['192.168.0.0/16']),
  node('cgw', 'customer-gateway', 'dc'),
  node('vpn', 'vpn-connection'),
];
const links = [link('pcx', 'vpc-peering', 'a', 'b'), link('l1', 'vpn-link', 'cgw', 'vpn'), link('l2', 'vpn-link', 'vpn', 'vgw')];
const doc = buildDocument(nodes, links);

describe('endpoints as reach targets', () => {
  it('an interface endpoint is reached by whatever reaches its subnet: its VPC, a peer, on-premises', () => {
    expect(reach(doc, 'a-db', 'vpce-sqs')).toEqual({ reachable: true, path: ['a-db', 'a', 'vpce-sqs'], blockedBy: [] });
    expect(reach(doc, 'b-app', 'vpce-sqs')).toEqual({ reachable: true, path: ['b-app', 'b', 'pcx', 'a', 'vpce-sqs'], blockedBy: [] });
    expect(reach(doc, 'dc', 'vpce-sqs').reachable).toBe(true);
  });

  it('an interface endpoint is not reached where its subnet is not', () => {
    const unpeered = buildDocument(nodes, links.filter((l) => l.id !== 'pcx'));
    expect(reach(unpeered, 'b', 'vpce-sqs').reachable).toBe(false);
    expect(rules(reach(unpeered, 'b', 'vpce-sqs'))).toEqual(['flow-no-path']);
  });

  it('a gateway endpoint is reached from every subnet of its implicitly routed VPC', () => {
    expect(reach(doc, 'a-app', 'vpce-s3')).toEqual({ reachable: true, path: ['a-app', 'a', 'vpce-s3'], blockedBy: [] });
    expect(reach(doc, 'a-db', 'vpce-s3').reachable).toBe(true);
    expect(reach(doc, 'a', 'vpce-s3').reachable).toBe(true);
  });

  it('a gateway endpoint is never reached from outside its VPC (gateway-endpoint-remote-use)', () => {
    for (const from of ['b', 'b-app', 'dc']) {
      const result = reach(doc, from, 'vpce-s3');
      expect(result.reachable, from).toBe(false);
      expect(rules(result), from).toEqual(['gateway-endpoint-remote-use']);
      expect(result.blockedBy[0]!.subjects).toEqual(['vpce-s3', 'a', from]);
    }
  });

  it('an endpoint is a target only', () => {
    expect(() => reach(doc, 'vpce-sqs', 'a')).toThrow(ReachInputError);
  });
});
