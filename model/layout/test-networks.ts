/** Small networks the layout's tests arrange: a three-tier VPC, a hub with spokes, a hybrid site. */
import type { TopologyDocument } from '../document/types';
import { buildDocument, link, node, onPrem, region, subnet, vpc } from '../testing/build';

/** A three-tier VPC in two AZs, listed in a scrambled order so that sorting is what places them. */
export function threeTierVpc(): TopologyDocument {
  return buildDocument(
    [
      subnet('db-b', 'prod', '10.0.21.0/24', { props: { az: 'ap-northeast-1c' } }),
      subnet('web-a', 'prod', '10.0.0.0/24', { props: { az: 'ap-northeast-1a', public: true } }),
      node('lb', 'load-balancer', 'prod', { type: 'alb', scheme: 'internet-facing', subnets: ['web-a', 'web-b'] }),
      subnet('app-b', 'prod', '10.0.11.0/24', { props: { az: 'ap-northeast-1c' } }),
      vpc('prod', ['10.0.0.0/16'], { parent: 'tokyo' }),
      subnet('db-a', 'prod', '10.0.20.0/24', { props: { az: 'ap-northeast-1a' } }),
      subnet('web-b', 'prod', '10.0.1.0/24', { props: { az: 'ap-northeast-1c', public: true } }),
      subnet('app-a', 'prod', '10.0.10.0/24', { props: { az: 'ap-northeast-1a' } }),
      node('igw', 'internet-gateway', 'prod'),
      node('nat-a', 'nat-gateway', 'web-a'),
      node('nat-b', 'nat-gateway', 'web-b'),
      node('web-1', 'instance', 'web-a'),
      node('app-1', 'instance', 'app-a'),
      node('app-2', 'instance', 'app-b'),
      node('db-1', 'instance', 'db-a'),
      region('tokyo', 'ap-northeast-1'),
    ],
    [link('flow-web-app', 'flow', 'web-1', 'app-1'), link('flow-app-db', 'flow', 'app-2', 'db-1')],
  );
}

export function hubAndSpokes(spokes: number, extra: ReadonlyArray<ReturnType<typeof link>> = []): TopologyDocument {
  const nodes = [region('tokyo', 'ap-northeast-1'), node('tgw', 'transit-gateway', 'tokyo')];
  const connections = [...extra];
  for (let i = 0; i < spokes; i++) {
    const id = `spoke-${String(i).padStart(2, '0')}`;
    nodes.push(vpc(id, [`10.${i}.0.0/16`], { parent: 'tokyo' }));
    nodes.push(subnet(`${id}-a`, id, `10.${i}.0.0/24`, { props: { az: 'ap-northeast-1a' } }));
    nodes.push(subnet(`${id}-c`, id, `10.${i}.1.0/24`, { props: { az: 'ap-northeast-1c' } }));
    connections.push(link(`att-${id}`, 'tgw-attachment', 'tgw', id));
  }
  return buildDocument(nodes, connections);
}

export function hybridSite(): TopologyDocument {
  return buildDocument(
    [
      onPrem('hq', ['192.168.0.0/16']),
      node('cgw', 'customer-gateway', 'hq', { asn: 65000 }),
      region('tokyo', 'ap-northeast-1'),
      node('dx', 'dx-connection', 'tokyo', { bandwidth: '10Gbps' }),
      node('vpn', 'vpn-connection', 'tokyo'),
      node('tgw', 'transit-gateway', 'tokyo'),
      node('dxgw', 'dx-gateway'),
      vpc('prod', ['10.0.0.0/16'], { parent: 'tokyo' }),
      subnet('prod-a', 'prod', '10.0.0.0/24', { props: { az: 'ap-northeast-1a' } }),
      node('vgw', 'vpn-gateway', 'prod'),
      vpc('dev', ['10.1.0.0/16'], { parent: 'tokyo' }),
      subnet('dev-a', 'dev', '10.1.0.0/24', { props: { az: 'ap-northeast-1a' } }),
    ],
    [
      link('dx-link', 'dx-link', 'dx', 'cgw'),
      link('vif', 'vif', 'dx', 'dxgw', { type: 'transit' }),
      link('assoc', 'dxgw-association', 'dxgw', 'tgw'),
      link('vpn-cgw', 'vpn-link', 'vpn', 'cgw'),
      link('vpn-vgw', 'vpn-link', 'vpn', 'vgw'),
      link('att-dev', 'tgw-attachment', 'tgw', 'dev'),
    ],
  );
}
