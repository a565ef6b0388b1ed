import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../document/parse';
import { indexOf } from '../../graph/topology-index';
import { validate } from '../../validate';
import { RULE_CATALOGUE, RULE_IDS, type RuleId } from '../catalogue';
import { RULES } from '../../all-rules';
import { routingRules } from './routing';

const open = (url: URL) => parseDocument(readFileSync(url, 'utf8'));
const fixture = (name: string) => open(new URL(`../../fixtures/${name}`, import.meta.url));
const brief = (doc: ReturnType<typeof fixture>) => validate(doc).map((f) => [f.rule, ...f.subjects].join(' '));

/** The routing ids that `reach` and flows decide: catalogued, with no rule of their own. */
const REACH_ONLY: RuleId[] = ['route-no-route', 'route-blackhole', 'route-return-missing', 'route-loop', 'gateway-endpoint-remote-use', 'public-ip-missing'];

describe('routing rules on the version 2 fixtures', () => {
  it('finds nothing in routed-hub.json: every table, target, association and attachment subnet there is sound', () => {
    expect(brief(fixture('v2/routed-hub.json'))).toEqual([]);
  });

  it('finds nothing in routed-inspection.json: spokes, a static and a BGP VPN and centralised egress through a firewall, all explicitly routed', () => {
    const doc = fixture('v2/routed-inspection.json');
    const routed = doc.nodes.filter((n) => (n.kind === 'vpc' || n.kind === 'transit-gateway') && Array.isArray(n.props?.routeTables) && n.props.routeTables.length > 0);
    expect(routed.map((n) => n.id)).toEqual(['vpc-dev', 'vpc-insp', 'tgw-hub']);
    expect(brief(doc)).toEqual([]);
  });

  it('finds exactly one finding per routing rule in misrouted-hub.json (routed-inspection with one mistake per rule)', () => {
    expect(brief(fixture('v2/misrouted-hub.json'))).toEqual([
      'appliance-source-dest-check fw vpc-insp rt-insp-tgw rt-insp-public',
      'dx-asn-conflict dxa-hub tgw-hub dxgw',
      'load-balancer-subnet-size alb-dev subnet-dev-tiny',
      'route-destination-invalid vpc-insp nat-insp rt-insp-fw',
      'route-duplicate tgw-hub hub-spokes',
      'route-local-conflict vpc-dev tgw-hub rt-dev-main',
      'route-table-main vpc-legacy rt-legacy',
      'route-table-ref subnet-dev-b vpc-dev vpc-insp rt-insp-fw',
      'route-target-invalid vpc-dev igw-insp rt-dev-main',
      'tgw-association-multiple att-dev tgw-hub hub-spokes hub-inspection',
      'tgw-peering-propagation peer-us tgw-hub hub-inspection',
      'appliance-mode-off att-insp vpc-insp fw tgw-hub rt-insp-tgw',
      'gateway-endpoint-unassociated s3-dev vpc-dev',
      'subnet-public-mismatch subnet-insp-fw vpc-insp rt-insp-fw',
      'tgw-attachment-unassociated vpn-dc-bgp-aws tgw-hub',
      'vpn-static-no-route vpn-dc-static-aws vpn-dc-static dc tgw-hub',
      // Not a routing rule: the reminder every transit gateway peering gets.
      'tgw-peering-static-routes peer-us tgw-hub tgw-us',
    ]);
    const fired = new Set(validate(fixture('v2/misrouted-hub.json')).map((f) => f.rule));
    expect(routingRules.filter((r) => !fired.has(r.id)).map((r) => r.id)).toEqual([]);
  });
});

describe('routing rules apply only where routing is explicit', () => {
  it('find nothing in the version 1 fixtures and the examples, which no routing rule may change', () => {
    const docs = [
      ...readdirSync(new URL('../../fixtures/v1/', import.meta.url)).filter((f) => f.endsWith('.json')).map((f) => fixture(`v1/${f}`)),
      ...readdirSync(new URL('../../../examples/', import.meta.url)).filter((f) => f.endsWith('.json')).map((f) => open(new URL(`../../../examples/${f}`, import.meta.url))),
    ];
    expect(docs.length).toBeGreaterThan(4);
    for (const doc of docs) expect(routingRules.flatMap((rule) => rule.check(indexOf(doc)))).toEqual([]);
  });
});

describe('the routing section of the catalogue', () => {
  it('is registered rule by rule, except the ids reach decides', () => {
    const routing = RULE_IDS.filter((id) => RULE_CATALOGUE[id].section === 'Routing');
    const registered = new Set(RULES.map((r) => r.id));
    expect(routing.filter((id) => !registered.has(id))).toEqual(REACH_ONLY);
    expect(routingRules.every((r) => r.section === 'Routing')).toBe(true);
    for (const id of REACH_ONLY) expect(RULE_CATALOGUE[id].summary).toMatch(/^\((reach|flow)\) /);
  });
});
