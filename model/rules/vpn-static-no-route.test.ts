import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, onPrem } from '../testing/build';
import { vpnStaticNoRoute } from './vpn-static-no-route';

type Raw = Record<string, unknown>;
const run = (routes: Raw[], routing = 'static', explicit = true) =>
  vpnStaticNoRoute.check(
    indexOf(
      buildDocument(
        [
          onPrem('dc', ['192.168.0.0/20', '172.20.0.0/16']),
          node('cgw', 'customer-gateway', 'dc'),
          node('vpn', 'vpn-connection', undefined, { routing }),
          node('tgw', 'transit-gateway', undefined, explicit ? { routeTables: [{ id: 'rt-a', associations: ['vpn-aws'] }, { id: 'rt-b', routes }] } : undefined),
          node('vpn-2', 'vpn-connection', undefined, { routing: 'static' }),
        ],
        [link('vpn-cgw', 'vpn-link', 'vpn', 'cgw'), link('vpn-aws', 'vpn-link', 'vpn', 'tgw'), link('vpn-2-aws', 'vpn-link', 'vpn-2', 'tgw')],
      ),
    ),
  );

describe('vpn-static-no-route', () => {
  it('fires on a static VPN with a site block no static route sends to it, listing the missing blocks', () => {
    const findings = run([{ destination: '192.168.0.0/16', target: 'vpn-aws' }, { destination: '172.20.0.0/16', target: 'blackhole' }]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'vpn-static-no-route', severity: 'warning', subjects: ['vpn-aws', 'vpn', 'dc', 'tgw'] });
    expect(findings[0]!.message).toBe(
      "Site-to-Site VPN connection vpn to Transit gateway tgw uses static routing, but no static route in the transit gateway's tables sends 172.20.0.0/16 (of On-premises network dc) to it: " +
        'a static VPN propagates nothing, so add a route for each site block that targets the VPN attachment.',
    );
  });

  it('needs a route containing the whole block: a more specific one is not enough', () => {
    expect(run([{ destination: '192.168.0.0/24', target: 'vpn-aws' }, { destination: '172.20.0.0/16', target: 'vpn-aws' }])).toHaveLength(1);
  });

  it('near misses: covering routes in any table; a BGP VPN; an implicitly routed gateway; a VPN without a site', () => {
    expect(run([{ destination: '192.168.0.0/16', target: 'vpn-aws' }, { destination: '172.16.0.0/12', target: 'vpn-aws' }])).toEqual([]);
    expect(run([], 'bgp')).toEqual([]);
    expect(run([], 'static', false)).toEqual([]);
  });
});
