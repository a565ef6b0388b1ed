/** VPCs, subnets and the gateways inside them, from `aws ec2 describe-*` output. */
import { bool, integer, list, provenance, str, stateOf, strings } from './fields';
import { nameOf, type BuildContext } from './build-context';

const associated = (state: unknown) => state === undefined || (typeof state === 'object' && state !== null && String((state as Record<string, unknown>).State).toLowerCase() === 'associated');

/** The availability zone's region: `us-east-1a` → `us-east-1` (local zones `us-east-1-bos-1a` too). */
export function regionOfZone(az: string | undefined): string | undefined {
  const match = az ? /^([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d+)/.exec(az) : null;
  return match?.[1];
}

export function buildVpcs(ctx: BuildContext): void {
  const subnetsByVpc = new Map<string, string[]>();
  for (const { item } of ctx.snapshot.resources.Subnets.values()) {
    const vpc = str(item, 'VpcId');
    const zone = regionOfZone(str(item, 'AvailabilityZone'));
    if (vpc && zone) subnetsByVpc.set(vpc, [...(subnetsByVpc.get(vpc) ?? []), zone]);
  }
  for (const [id, at] of ctx.snapshot.resources.Vpcs) {
    const { item } = at;
    if (!ctx.isLive('the VPC', id, stateOf(item, 'State'), ['available', 'pending'])) continue;
    const cidrs: string[] = [];
    const primary = str(item, 'CidrBlock');
    if (primary) cidrs.push(primary);
    list(item, 'CidrBlockAssociationSet').forEach((a, i) => {
      const block = str(a, 'CidrBlock');
      if (!block || block === primary) return;
      if (associated(a.CidrBlockState)) cidrs.push(block);
      else ctx.report.gap(id, `block ${block} is ${stateOf(a, 'CidrBlockState') ?? 'not associated'}: left out`, `CidrBlockAssociationSet[${i}]`);
    });
    const ipv6Cidrs: string[] = [];
    list(item, 'Ipv6CidrBlockAssociationSet').forEach((a, i) => {
      const block = str(a, 'Ipv6CidrBlock');
      if (!block) return;
      if (associated(a.Ipv6CidrBlockState)) ipv6Cidrs.push(block);
      else ctx.report.gap(id, `IPv6 block ${block} is ${stateOf(a, 'Ipv6CidrBlockState') ?? 'not associated'}: left out`, `Ipv6CidrBlockAssociationSet[${i}]`);
    });
    const region = at.region ?? subnetsByVpc.get(id)?.[0];
    if (region) ctx.vpcRegion.set(id, region);
    const parent = ctx.region(region);
    const account = str(item, 'OwnerId');
    ctx.addNode({
      id, kind: 'vpc', name: nameOf(item, id), ...(parent ? { parent } : {}),
      props: { cidrs, ...(ipv6Cidrs.length ? { ipv6Cidrs } : {}), ...(account ? { account } : {}), ...provenance(id, { ...at, region }, item, account) },
    });
  }
}

export function buildSubnets(ctx: BuildContext): void {
  for (const [id, at] of ctx.snapshot.resources.Subnets) {
    const { item } = at;
    const vpc = str(item, 'VpcId');
    if (!vpc || !ctx.nodes.has(vpc)) {
      ctx.report.gap(id, `its VPC ${vpc ?? '(none named)'} is not in the input`);
      continue;
    }
    if (!ctx.isLive('the subnet', id, stateOf(item, 'State'), ['available', 'pending'])) continue;
    const ipv6 = list(item, 'Ipv6CidrBlockAssociationSet').find((a) => associated(a.Ipv6CidrBlockState));
    const cidr = str(item, 'CidrBlock');
    const az = str(item, 'AvailabilityZone');
    ctx.addNode({
      id, kind: 'subnet', name: nameOf(item, id), parent: vpc,
      props: {
        ...(cidr ? { cidr } : {}), ...(str(ipv6, 'Ipv6CidrBlock') ? { ipv6Cidr: str(ipv6, 'Ipv6CidrBlock') } : {}), ...(az ? { az } : {}),
        ...provenance(id, { ...at, region: at.region ?? ctx.vpcRegion.get(vpc) }, item, str(item, 'OwnerId')),
      },
    });
  }
}

/** Internet, egress-only and virtual private gateways: inside their VPC when attached, else in their region. */
export function buildGateways(ctx: BuildContext): void {
  const { resources } = ctx.snapshot;
  const gateways = [
    { kind: 'internet-gateway', label: 'the internet gateway', from: resources.InternetGateways, attachments: 'Attachments', attached: ['available', 'attached'] },
    { kind: 'egress-only-internet-gateway', label: 'the egress-only internet gateway', from: resources.EgressOnlyInternetGateways, attachments: 'Attachments', attached: ['attached', 'available'] },
    { kind: 'vpn-gateway', label: 'the virtual private gateway', from: resources.VpnGateways, attachments: 'VpcAttachments', attached: ['attached'] },
  ] as const;
  for (const { kind, label, from, attachments, attached } of gateways) {
    for (const [id, at] of from) {
      const { item } = at;
      if (!ctx.isLive(label, id, stateOf(item, 'State'), ['available', 'pending', 'attached'])) continue;
      const attachment = list(item, attachments).find((a) => attached.includes((str(a, 'State') ?? '').toLowerCase() as never));
      const vpc = str(attachment, 'VpcId');
      let parent: string | undefined;
      if (vpc && ctx.nodes.has(vpc)) parent = vpc;
      else {
        if (vpc) ctx.report.gap(id, `attached to ${vpc}, which is not in the input: drawn detached`);
        parent = ctx.region(at.region);
      }
      const asn = kind === 'vpn-gateway' ? integer(item, 'AmazonSideAsn') : undefined;
      ctx.addNode({
        id, kind, name: nameOf(item, id), ...(parent ? { parent } : {}),
        props: { ...(asn !== undefined ? { asn } : {}), ...provenance(id, { ...at, region: at.region ?? (vpc ? ctx.vpcRegion.get(vpc) : undefined) }, item, str(item, 'OwnerId')) },
      });
    }
  }
}

export function buildNatGateways(ctx: BuildContext): void {
  for (const [id, at] of ctx.snapshot.resources.NatGateways) {
    const { item } = at;
    if (!ctx.isLive('the NAT gateway', id, stateOf(item, 'State'), ['available', 'pending'])) continue;
    const subnet = str(item, 'SubnetId');
    if (!subnet || !ctx.nodes.has(subnet)) {
      ctx.report.gap(id, `its subnet ${subnet ?? '(none named)'} is not in the input`);
      continue;
    }
    const connectivity = (str(item, 'ConnectivityType') ?? 'public').toLowerCase() === 'private' ? 'private' : 'public';
    const elasticIps = list(item, 'NatGatewayAddresses').filter((a) => str(a, 'AllocationId') !== undefined).length;
    ctx.addNode({ id, kind: 'nat-gateway', name: nameOf(item, id), parent: subnet, props: { connectivity, elasticIps, ...provenance(id, at, item) } });
  }
}

/** `com.amazonaws.us-east-1.s3` → `s3`; an endpoint service of another account → `custom`. */
export function serviceOf(name: string | undefined): string {
  const match = name ? /^(?:cn\.)?com\.amazonaws\.[a-z0-9-]+\.(.+)$/.exec(name) : null;
  return match?.[1] ?? 'custom';
}

export function buildEndpoints(ctx: BuildContext): void {
  for (const [id, at] of ctx.snapshot.resources.VpcEndpoints) {
    const { item } = at;
    if (!ctx.isLive('the VPC endpoint', id, stateOf(item, 'State'), ['available', 'pending', 'pendingacceptance'])) continue;
    const type = (str(item, 'VpcEndpointType') ?? 'Interface').toLowerCase();
    const vpc = str(item, 'VpcId');
    if (!vpc || !ctx.nodes.has(vpc)) {
      ctx.report.gap(id, `its VPC ${vpc ?? '(none named)'} is not in the input`);
      continue;
    }
    if (type !== 'gateway' && type !== 'interface') {
      ctx.report.gap(id, `a ${str(item, 'VpcEndpointType')} endpoint has no kind in VPC Canvas yet`);
      continue;
    }
    const subnets = strings(item, 'SubnetIds').filter((s) => ctx.nodes.has(s));
    const parent = type === 'interface' && subnets[0] ? subnets[0] : vpc;
    if (type === 'interface' && subnets.length > 1) ctx.report.gap(id, `has interfaces in ${subnets.length} subnets; drawn in the first, ${subnets[0]}`, 'SubnetIds');
    const routeTables = type === 'gateway' ? strings(item, 'RouteTableIds') : [];
    ctx.addNode({
      id, kind: 'vpc-endpoint', name: nameOf(item, id), parent,
      props: {
        type, service: serviceOf(str(item, 'ServiceName')),
        ...(type === 'interface' ? { privateDns: bool(item, 'PrivateDnsEnabled') ?? false } : {}),
        ...(routeTables.length ? { routeTables } : {}),
        ...provenance(id, at, item, str(item, 'OwnerId')),
      },
    });
  }
}
