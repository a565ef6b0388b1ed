/**
 * The worked examples at the end of rules.md ("from the founding notes"), each run through the
 * full `validate`, so that every rule together — not one rule alone — gives the answer the spec
 * promises.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument, link, node, onPrem, region, subnet, vpc } from '../testing/build';
import { validate } from '../validate';
import { reach } from '../reach/reach';

const ruleIds = (doc: ReturnType<typeof buildDocument>) => validate(doc).map((f) => f.rule);

describe('worked examples of rules.md', () => {
  it('VPC 172.30.0.0/16 with subnets 172.30.0.0/24 and 172.30.1.0/24 in ap-northeast-1a is valid', () => {
    const doc = buildDocument([
      region('tokyo', 'ap-northeast-1'),
      vpc('v', ['172.30.0.0/16'], { parent: 'tokyo' }),
      subnet('s1', 'v', '172.30.0.0/24', { props: { az: 'ap-northeast-1a' } }),
      subnet('s2', 'v', '172.30.1.0/24', { props: { az: 'ap-northeast-1a' } }),
    ]);
    expect(validate(doc)).toEqual([]);
  });

  it('VPC 10.0.0.0/24 with subnets 10.0.0.0/25 and 10.0.0.128/25 is valid; a subnet 10.1.0.0/24 in it is subnet-outside-vpc', () => {
    const nodes = [vpc('v', ['10.0.0.0/24']), subnet('s1', 'v', '10.0.0.0/25'), subnet('s2', 'v', '10.0.0.128/25')];
    expect(validate(buildDocument(nodes))).toEqual([]);
    const findings = validate(buildDocument([...nodes, subnet('s3', 'v', '10.1.0.0/24')]));
    expect(findings.map((f) => [f.rule, f.severity, f.subjects[0]])).toEqual([['subnet-outside-vpc', 'error', 's3']]);
  });

  it('VPC-A and VPC-B associated through their VGWs with one DX gateway: on-premises reaches both, a flow A → B is dxgw-not-transitive', () => {
    const doc = buildDocument(
      [
        vpc('vpc-a', ['10.1.0.0/16'], { name: 'VPC-A' }), node('vgw-a', 'vpn-gateway', 'vpc-a'),
        vpc('vpc-b', ['10.2.0.0/16'], { name: 'VPC-B' }), node('vgw-b', 'vpn-gateway', 'vpc-b'),
        node('dxgw', 'dx-gateway'), node('dx', 'dx-connection'),
        onPrem('dc', ['192.168.0.0/16']), node('cgw', 'customer-gateway', 'dc', { asn: 65000 }),
      ],
      [
        link('dl', 'dx-link', 'cgw', 'dx'), link('vif', 'vif', 'dx', 'dxgw', { type: 'private' }),
        link('as-a', 'dxgw-association', 'dxgw', 'vgw-a'), link('as-b', 'dxgw-association', 'dxgw', 'vgw-b'),
        link('to-a', 'flow', 'dc', 'vpc-a'), link('to-b', 'flow', 'dc', 'vpc-b'), link('a-b', 'flow', 'vpc-a', 'vpc-b', { bidirectional: false }),
      ],
    );
    expect(reach(doc, 'dc', 'vpc-a').reachable).toBe(true);
    expect(reach(doc, 'dc', 'vpc-b').reachable).toBe(true);
    const findings = validate(doc);
    expect(findings.map((f) => [f.rule, f.severity, f.subjects])).toEqual([['dxgw-not-transitive', 'error', ['a-b', 'dxgw', 'vgw-a', 'vgw-b']]]);
    expect(findings[0]!.message).toContain('Direct Connect gateway dxgw');
  });

  it('a VPC with two VGWs is vgw-one-per-vpc', () => {
    const doc = buildDocument([vpc('v', ['10.0.0.0/16']), node('vgw1', 'vpn-gateway', 'v'), node('vgw2', 'vpn-gateway', 'v')]);
    expect(ruleIds(doc)).toEqual(['vgw-one-per-vpc']);
  });

  it('peering 10.0.0.0/16 with 10.0.128.0/17 is peering-cidr-overlap, even though the blocks are not equal', () => {
    const doc = buildDocument([vpc('a', ['10.0.0.0/16']), vpc('b', ['10.0.128.0/17'])], [link('pcx', 'vpc-peering', 'a', 'b')]);
    const findings = validate(doc);
    expect(findings.map((f) => [f.rule, f.severity, f.subjects])).toEqual([['peering-cidr-overlap', 'error', ['pcx', 'a', 'b']]]);
  });

  it('an interface endpoint consuming an endpoint service in a VPC with the same CIDR gives no overlap finding', () => {
    const doc = buildDocument(
      [
        vpc('consumer', ['10.0.0.0/16'], { props: { dnsHostnames: true } }), subnet('cs', 'consumer', '10.0.1.0/24'),
        node('ep', 'vpc-endpoint', 'cs', { type: 'interface', service: 'custom' }),
        vpc('provider', ['10.0.0.0/16']), subnet('ps', 'provider', '10.0.1.0/24'),
        node('svc', 'endpoint-service', 'provider', { loadBalancer: 'nlb' }),
      ],
      [link('pl', 'privatelink', 'ep', 'svc')],
    );
    const findings = validate(doc);
    expect(findings.filter((f) => /overlap|conflict/.test(f.rule))).toEqual([]);
    expect(findings).toEqual([]);
  });
});
