import { describe, expect, it } from 'vitest';
import { tryParseCidr } from '../cidr/cidr';
import { lookupRoute, sortRoutes, type RouteOrigin, type TableRoute } from './route-lookup';

const r = (destination: string, target: string, origin: RouteOrigin = 'static'): TableRoute => ({ block: tryParseCidr(destination)!, destination, target, origin });
const dest = (text: string) => tryParseCidr(text)!;
const used = (routes: TableRoute[], to: string) => {
  const found = lookupRoute(sortRoutes(routes), dest(to));
  return found.kind === 'route' ? found.route.target : found.kind;
};

describe('lookupRoute', () => {
  it('uses the most specific route that contains the whole destination block', () => {
    const table = [r('0.0.0.0/0', 'igw'), r('10.0.0.0/8', 'tgw'), r('10.2.0.0/16', 'pcx')];
    expect(used(table, '10.2.3.0/24')).toBe('pcx');
    expect(used(table, '10.3.0.0/16')).toBe('tgw');
    expect(used(table, '192.168.0.0/16')).toBe('igw');
    // 10.0.0.0/7 is wider than 10.0.0.0/8: only the default route contains all of it.
    expect(used(table, '10.0.0.0/7')).toBe('igw');
  });

  it('finds no route when none contains the block, and never crosses address families', () => {
    expect(used([r('10.0.0.0/8', 'tgw')], '192.168.0.0/16')).toBe('none');
    expect(used([r('0.0.0.0/0', 'igw')], '2001:db8::/56')).toBe('none');
    expect(used([r('::/0', 'eigw')], '2001:db8::/56')).toBe('eigw');
  });

  it('prefers a static route to a propagated one of the same prefix, whatever the order', () => {
    expect(used([r('10.2.0.0/16', 'att-prod', 'vpc'), r('10.2.0.0/16', 'blackhole')], '10.2.0.0/16')).toBe('blackhole');
    expect(used([r('10.2.0.0/16', 'blackhole'), r('10.2.0.0/16', 'att-prod', 'vpc')], '10.2.0.0/16')).toBe('blackhole');
  });

  it('among propagated routes of one prefix, prefers a VPC, then a DX gateway, then a VPN', () => {
    const vpn = r('192.168.0.0/16', 'vpn-att', 'vpn');
    const dxgw = r('192.168.0.0/16', 'dx-att', 'dx-gateway');
    const vpcRoute = r('192.168.0.0/16', 'vpc-att', 'vpc');
    expect(used([vpn, dxgw, vpcRoute], '192.168.1.0/24')).toBe('vpc-att');
    expect(used([vpn, dxgw], '192.168.1.0/24')).toBe('dx-att');
    expect(used([vpn], '192.168.1.0/24')).toBe('vpn-att');
  });

  it('still prefers the longer prefix to a better origin', () => {
    expect(used([r('192.168.0.0/16', 'vpc-att', 'vpc'), r('192.168.1.0/24', 'vpn-att', 'vpn')], '192.168.1.0/24')).toBe('vpn-att');
  });

  it('reports two propagated routes still equal as a conflict, naming both', () => {
    const found = lookupRoute(sortRoutes([r('10.2.0.0/16', 'att-a', 'vpc'), r('10.2.0.0/16', 'att-b', 'vpc')]), dest('10.2.0.0/16'));
    expect(found.kind).toBe('conflict');
    if (found.kind === 'conflict') expect(found.routes.map((x) => x.target)).toEqual(['att-a', 'att-b']);
    // The same block propagated twice by one attachment is one route, not a conflict.
    expect(used([r('10.2.0.0/16', 'att-a', 'vpc'), r('10.2.0.0/16', 'att-a', 'vpc')], '10.2.0.0/16')).toBe('att-a');
    // A static route of the same prefix settles it.
    expect(used([r('10.2.0.0/16', 'att-a', 'vpc'), r('10.2.0.0/16', 'att-b', 'vpc'), r('10.2.0.0/16', 'att-c')], '10.2.0.0/16')).toBe('att-c');
  });
});
