/** Test helper: a document written as `terraform show -json` output of a state. */
import type { Exported, Net, NetNode, Raw } from './round-trip';

const ROUTE_KEY: Record<string, string> = {
  'internet-gateway': 'gateway_id', 'vpn-gateway': 'gateway_id', 'nat-gateway': 'nat_gateway_id', 'transit-gateway': 'transit_gateway_id',
  'vpc-peering': 'vpc_peering_connection_id', 'egress-only-internet-gateway': 'egress_only_gateway_id',
};
const ROUTE_KEYS = ['gateway_id', 'nat_gateway_id', 'transit_gateway_id', 'vpc_peering_connection_id', 'egress_only_gateway_id', 'network_interface_id', 'vpc_endpoint_id'];
const VIF_TYPE: Record<string, string> = { private: 'aws_dx_private_virtual_interface', transit: 'aws_dx_transit_virtual_interface', public: 'aws_dx_public_virtual_interface' };

export function exportTerraformState(net: Net): Exported<unknown> {
  const ids = new Map<string, string>();
  const resources: Raw[] = [];
  let counter = 0;
  const next = (prefix: string) => `${prefix}-${(++counter).toString(16).padStart(8, '0')}`;
  const add = (type: string, values: Raw, mode = 'managed') => {
    const name = `n${String(resources.length).padStart(4, '0')}`;
    resources.push({ address: `${mode === 'data' ? 'data.' : ''}${type}.${name}`, mode, type, name, provider_name: 'registry.terraform.io/hashicorp/aws', schema_version: 0, values, sensitive_values: {} });
  };
  const kindOf = new Map<string, string>([...net.nodes.map((n) => [n.id, n.kind] as const), ...net.connections.map((c) => [c.id, c.kind] as const)]);
  for (const n of net.nodes) ids.set(n.id, next(n.kind.replace(/[^a-z]/g, '').slice(0, 6)));
  for (const c of net.connections) {
    const side = kindOf.get(c.target);
    ids.set(c.id, c.kind !== 'vpn-link' ? next('conn') : side === 'customer-gateway' ? `${ids.get(c.source)}-customer` : side === 'transit-gateway' ? next('tgw-attach') : `${ids.get(c.source)}-aws`);
  }
  // Route tables first named: endpoints name them before they are written.
  for (const n of net.nodes) for (const t of (n.props.routeTables ?? []) as Raw[]) ids.set(t.id as string, next(n.kind === 'vpc' ? 'rtb' : 'tgw-rtb'));
  const id = (original: string) => ids.get(original)!;
  const tags = (n: { name?: string }) => (n.name ? { Name: n.name } : {});
  const of = (kind: string) => net.nodes.filter((n) => n.kind === kind);
  const vpcOf = (n: NetNode): string | undefined => {
    const parent = net.nodes.find((p) => p.id === n.parent);
    return !parent ? undefined : parent.kind === 'vpc' ? id(parent.id) : vpcOf(parent);
  };
  for (const n of of('vpc')) {
    const [cidr, ...more] = n.props.cidrs as string[];
    const [ipv6, ...moreIpv6] = n.props.ipv6Cidrs as string[];
    add('aws_vpc', { id: id(n.id), arn: `arn:aws:ec2:us-east-1:111122223333:vpc/${id(n.id)}`, cidr_block: cidr ?? null, ipv6_cidr_block: ipv6 ?? '', tags: tags(n) });
    for (const c of more) add('aws_vpc_ipv4_cidr_block_association', { id: next('vpc-cidr-assoc'), vpc_id: id(n.id), cidr_block: c });
    for (const c of moreIpv6) add('aws_vpc_ipv6_cidr_block_association', { id: next('vpc-cidr-assoc'), vpc_id: id(n.id), ipv6_cidr_block: c });
  }
  for (const n of of('subnet')) add('aws_subnet', { id: id(n.id), vpc_id: id(n.parent!), cidr_block: n.props.cidr ?? null, ipv6_cidr_block: n.props.ipv6Cidr ?? '', availability_zone: n.props.az ?? '', tags: tags(n) });
  for (const n of of('internet-gateway')) add('aws_internet_gateway', { id: id(n.id), vpc_id: n.parent ? id(n.parent) : '', tags: tags(n) });
  for (const n of of('egress-only-internet-gateway')) add('aws_egress_only_internet_gateway', { id: id(n.id), vpc_id: n.parent ? id(n.parent) : '', tags: tags(n) });
  for (const n of of('vpn-gateway')) add('aws_vpn_gateway', { id: id(n.id), vpc_id: n.parent ? id(n.parent) : '', tags: tags(n) });
  for (const n of of('nat-gateway')) add('aws_nat_gateway', { id: id(n.id), subnet_id: id(n.parent!), connectivity_type: 'public', allocation_id: 'eipalloc-1', tags: tags(n) });
  for (const n of of('vpc-endpoint')) {
    const gateway = n.props.type === 'gateway';
    add('aws_vpc_endpoint', {
      id: id(n.id), vpc_id: vpcOf(n) ?? id(n.parent!), vpc_endpoint_type: gateway ? 'Gateway' : 'Interface', service_name: 'com.amazonaws.us-east-1.s3',
      subnet_ids: gateway ? [] : [id(n.parent!)], route_table_ids: ((n.props.routeTables ?? []) as string[]).map(id), tags: tags(n),
    });
  }
  for (const n of of('transit-gateway')) add('aws_ec2_transit_gateway', { id: id(n.id), arn: `arn:aws:ec2:us-east-1:111122223333:transit-gateway/${id(n.id)}`, tags: tags(n) });
  for (const n of of('customer-gateway')) add('aws_customer_gateway', { id: id(n.id), bgp_asn: '65000', ip_address: '203.0.113.1', type: 'ipsec.1', tags: tags(n) });
  for (const n of of('dx-gateway')) add('aws_dx_gateway', { id: id(n.id), name: n.name ?? 'dxgw', amazon_side_asn: '64512' });
  for (const n of of('dx-connection')) add('aws_dx_connection', { id: id(n.id), name: n.name ?? 'dx', location: 'EqDC2', bandwidth: '1Gbps' });
  for (const n of of('vpn-connection')) {
    const links = net.connections.filter((c) => c.kind === 'vpn-link' && c.source === n.id);
    const customer = links.find((c) => kindOf.get(c.target) === 'customer-gateway');
    const aws = links.find((c) => kindOf.get(c.target) !== 'customer-gateway');
    const onTgw = aws && kindOf.get(aws.target) === 'transit-gateway';
    add('aws_vpn_connection', {
      id: id(n.id), customer_gateway_id: customer ? id(customer.target) : '', vpn_gateway_id: aws && !onTgw ? id(aws.target) : '',
      transit_gateway_id: onTgw ? id(aws.target) : '', transit_gateway_attachment_id: onTgw ? id(aws.id) : '', static_routes_only: n.props.routing === 'static',
    });
  }
  for (const c of net.connections) {
    if (c.kind === 'vpc-peering') add('aws_vpc_peering_connection', { id: id(c.id), vpc_id: id(c.source), peer_vpc_id: id(c.target), accept_status: 'active' });
    if (c.kind === 'tgw-attachment') add('aws_ec2_transit_gateway_vpc_attachment', { id: id(c.id), transit_gateway_id: id(c.source), vpc_id: id(c.target), subnet_ids: [] });
    if (c.kind === 'tgw-peering') add('aws_ec2_transit_gateway_peering_attachment', { id: id(c.id), transit_gateway_id: id(c.source), peer_transit_gateway_id: id(c.target) });
    if (c.kind === 'vif') add(VIF_TYPE[c.props.type as string]!, { id: id(c.id), connection_id: id(c.source), ...(kindOf.get(c.target) === 'dx-gateway' ? { dx_gateway_id: id(c.target) } : { vpn_gateway_id: id(c.target) }) });
    if (c.kind === 'dxgw-association') {
      const onTgw = kindOf.get(c.target) === 'transit-gateway';
      const association = onTgw ? `ga-${id(c.id)}` : id(c.id);
      add('aws_dx_gateway_association', { id: association, dx_gateway_id: id(c.source), associated_gateway_id: id(c.target), allowed_prefixes: c.props.allowedPrefixes ?? [] });
      // The attachment's id comes from a look-up, as a configuration that routes through it has to.
      if (onTgw) add('aws_ec2_transit_gateway_dx_gateway_attachment', { id: id(c.id), transit_gateway_id: id(c.target), dx_gateway_id: id(c.source) }, 'data');
    }
  }
  for (const vpc of of('vpc')) {
    for (const t of (vpc.props.routeTables ?? []) as Raw[]) {
      const table = ids.get(t.id as string)!;
      add('aws_route_table', {
        id: table, vpc_id: id(vpc.id),
        route: (t.routes as Raw[]).map((r) => {
          const dest = r.destination as string;
          return { cidr_block: dest.includes(':') ? '' : dest, ipv6_cidr_block: dest.includes(':') ? dest : '', ...Object.fromEntries(ROUTE_KEYS.map((k) => [k, ''])), [ROUTE_KEY[kindOf.get(r.target as string)!]!]: id(r.target as string) };
        }),
      });
      if (t.main) add('aws_main_route_table_association', { id: next('rtbassoc'), vpc_id: id(vpc.id), route_table_id: table });
      for (const g of (t.propagate ?? []) as string[]) add('aws_vpn_gateway_route_propagation', { id: next('propagation'), vpn_gateway_id: id(g), route_table_id: table });
      for (const s of of('subnet').filter((s) => s.props.routeTable === t.id)) add('aws_route_table_association', { id: next('rtbassoc'), route_table_id: table, subnet_id: id(s.id), gateway_id: '' });
    }
  }
  for (const tgw of of('transit-gateway')) {
    for (const t of (tgw.props.routeTables ?? []) as Raw[]) {
      const table = ids.get(t.id as string)!;
      add('aws_ec2_transit_gateway_route_table', { id: table, transit_gateway_id: id(tgw.id) });
      for (const a of t.associations as string[]) add('aws_ec2_transit_gateway_route_table_association', { id: `${table}_${id(a)}`, transit_gateway_route_table_id: table, transit_gateway_attachment_id: id(a) });
      for (const a of t.propagations as string[]) add('aws_ec2_transit_gateway_route_table_propagation', { id: `${table}_${id(a)}`, transit_gateway_route_table_id: table, transit_gateway_attachment_id: id(a) });
      for (const r of t.routes as Raw[]) {
        const blackhole = r.target === 'blackhole';
        add('aws_ec2_transit_gateway_route', { id: `${table}_${String(r.destination)}`, transit_gateway_route_table_id: table, destination_cidr_block: r.destination, transit_gateway_attachment_id: blackhole ? '' : id(r.target as string), blackhole });
      }
    }
  }
  return { output: { format_version: '1.0', terraform_version: '1.9.5', values: { root_module: { resources } } }, ids };
}
