import { describe, expect, it } from 'vitest';
import { canConnect } from '../connect';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, region, subnet, vpc } from '../testing/build';
import { validate } from '../validate';
import { privatelinkCrossRegion } from './privatelink-cross-region';

type Raw = Record<string, unknown>;
const nodes = (crossRegion: string[] = []): Raw[] => [
  region('tokyo', 'ap-northeast-1'),
  region('virginia', 'us-east-1'),
  vpc('consumer', ['10.0.0.0/16'], { parent: 'virginia' }),
  subnet('app', 'consumer', '10.0.1.0/24'),
  node('ep', 'vpc-endpoint', 'app', { service: 'custom' }),
  vpc('provider', ['10.1.0.0/16'], { parent: 'tokyo' }),
  node('svc', 'endpoint-service', 'provider', { crossRegion }),
  vpc('consumer-tokyo', ['10.2.0.0/16'], { parent: 'tokyo' }),
  node('ep-tokyo', 'vpc-endpoint', 'consumer-tokyo', { service: 'custom' }),
  vpc('nowhere', ['10.3.0.0/16']),
  node('ep-nowhere', 'vpc-endpoint', 'nowhere', { service: 'custom' }),
];
const run = (connections: Raw[], crossRegion: string[] = []) => privatelinkCrossRegion.check(indexOf(buildDocument(nodes(crossRegion), connections)));

describe('privatelink-cross-region', () => {
  it('refuses an endpoint consuming a service in another region that does not allow it, offering to allow it', () => {
    const findings = run([link('pl', 'privatelink', 'svc', 'ep')], ['eu-west-1']);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'privatelink-cross-region',
      severity: 'error',
      subjects: ['pl', 'ep', 'svc'],
      fix: { element: 'svc', prop: 'crossRegion', value: ['eu-west-1', 'us-east-1'] },
    });
    expect(findings[0]!.message).toBe(
      'PrivateLink connection pl joins VPC endpoint ep in us-east-1 to Endpoint service (PrivateLink) svc in ap-northeast-1, which does not allow us-east-1; ' +
        "add us-east-1 to the service's cross-region list, or consume it from ap-northeast-1.",
    );
  });

  it('near misses: the region is allowed, the same region, an unknown region', () => {
    expect(run([link('pl', 'privatelink', 'ep', 'svc')], ['us-east-1'])).toEqual([]);
    expect(run([link('pl1', 'privatelink', 'ep-tokyo', 'svc'), link('pl2', 'privatelink', 'ep-nowhere', 'svc')])).toEqual([]);
  });
});

describe('canConnect with privatelink-cross-region', () => {
  it('refuses a PrivateLink to a service in a region that does not allow the endpoint\'s', () => {
    const answer = canConnect(buildDocument(nodes()), 'ep', 'svc');
    expect(answer.ok).toBe(false);
    expect(answer.reason).toMatch(/^The new PrivateLink connection joins VPC endpoint ep in us-east-1 to .* which does not allow us-east-1;/);
  });
  it('accepts it once the region is allowed', () => {
    expect(canConnect(buildDocument(nodes(['us-east-1'])), 'ep', 'svc')).toMatchObject({ ok: true, kind: 'privatelink' });
  });
});

describe('PrivateLink and overlapping addresses', () => {
  const sameCidr: Raw[] = [
    region('tokyo', 'ap-northeast-1'),
    vpc('consumer', ['10.0.0.0/16'], { parent: 'tokyo' }),
    subnet('c-a', 'consumer', '10.0.1.0/24', { props: { az: 'ap-northeast-1a' } }),
    node('ep', 'vpc-endpoint', 'c-a', { type: 'interface', service: 'custom' }),
    vpc('provider', ['10.0.0.0/16'], { parent: 'tokyo' }),
    subnet('p-a', 'provider', '10.0.1.0/24', { props: { az: 'ap-northeast-1a' } }),
    node('svc', 'endpoint-service', 'provider'),
  ];

  it('gives no overlap finding for an interface endpoint consuming a service in a VPC with the same CIDR', () => {
    const doc = buildDocument(sameCidr, [link('pl', 'privatelink', 'ep', 'svc')]);
    const findings = validate(doc);
    const about = (f: (typeof findings)[number], id: string) => (f.subjects as readonly string[]).includes(id);
    const aboutTheLink = findings.filter((f) => about(f, 'pl') || (about(f, 'consumer') && about(f, 'provider')));
    expect(aboutTheLink).toEqual([]);
    expect(findings.filter((f) => /overlap|conflict/.test(f.rule))).toEqual([]);
  });

  it('while the same two VPCs peered do get one (the documents differ only in the connection)', () => {
    const findings = validate(buildDocument(sameCidr, [link('pcx', 'vpc-peering', 'consumer', 'provider')]));
    expect(findings.filter((f) => /overlap|conflict/.test(f.rule)).map((f) => f.rule)).toEqual(['peering-cidr-overlap']);
  });
});
