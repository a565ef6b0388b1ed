/** VPCs, their blocks and subnets, and what lives inside them (gateways, NAT gateways, endpoints, instances). */
import { regionOfZone } from '../aws/build-networks';
import { labelOf, type IacContext } from './iac-context';
import type { IacResource } from './resources';

type Raw = Record<string, unknown>;

/** Statuses under which a resource is drawn; anything else is reported and left out. */
const LIVE = new Set(['active', 'available', 'associated', 'attached', 'pending', 'modifying']);

/** Whether a resource is live; reports it when it is not. */
export function isLive(ctx: IacContext, r: IacResource, what: string): boolean {
  const status = r.fields.status?.toLowerCase();
  if (status === undefined || LIVE.has(status)) return true;
  ctx.gap(r, `${what} is ${status}: not drawn`);
  return false;
}

/** The region of a VPC: its own, else its subnets' zones, else the stack's. */
function vpcRegion(ctx: IacContext, vpc: IacResource): string | undefined {
  if (vpc.region) return vpc.region;
  const zone = ctx.of('subnet').map((s) => (s.fields.vpc === vpc.id ? regionOfZone(s.fields.az) : undefined)).find((z) => z !== undefined);
  return zone ?? ctx.options.region;
}

export function buildVpcs(ctx: IacContext): void {
  for (const r of ctx.of('vpc')) {
    const cidrs: string[] = [];
    const ipv6Cidrs: string[] = [];
    if (r.fields.cidr) cidrs.push(r.fields.cidr);
    else ctx.gap(r, 'its primary IPv4 block is not known (unknown until apply, or allocated from an IPAM pool): fill it in', 'cidr_block');
    if (r.fields.ipv6Cidr) ipv6Cidrs.push(r.fields.ipv6Cidr);
    const region = vpcRegion(ctx, r);
    const parent = ctx.region(region);
    ctx.addNode({
      id: r.id, kind: 'vpc', name: labelOf(r), ...(parent ? { parent } : {}),
      props: {
        cidrs, ...(ipv6Cidrs.length ? { ipv6Cidrs } : {}),
        ...(r.fields.dnsSupport === false ? { dnsSupport: false } : {}), ...(r.fields.dnsHostnames ? { dnsHostnames: true } : {}),
        ...ctx.provenance({ ...r, region }),
      },
    });
  }
  for (const r of ctx.of('vpc-cidr')) {
    if (!isLive(ctx, r, 'the block association')) continue;
    const vpc = ctx.nodes.get(r.fields.vpc ?? '');
    if (!vpc || vpc.kind !== 'vpc') {
      ctx.gap(r, `adds a block to ${r.fields.vpc ?? '(an unknown VPC)'}, which is not in the input`);
      continue;
    }
    const props = vpc.props as Raw;
    if (r.fields.cidr) props.cidrs = [...(props.cidrs as string[]), r.fields.cidr];
    else if (r.fields.ipv6Cidr) props.ipv6Cidrs = [...((props.ipv6Cidrs as string[] | undefined) ?? []), r.fields.ipv6Cidr];
    else ctx.gap(r, 'the block is not known (unknown until apply, or allocated by AWS or an IPAM pool): left out');
  }
}

export function buildSubnets(ctx: IacContext): void {
  for (const r of ctx.of('subnet')) {
    const { vpc, cidr, ipv6Cidr, az } = r.fields;
    if (ctx.kindOf(vpc) !== 'vpc') {
      ctx.gap(r, `its VPC ${vpc ?? '(unknown)'} is not in the input`);
      continue;
    }
    if (!cidr && !ipv6Cidr) ctx.gap(r, 'its block is not known (unknown until apply): fill it in', 'cidr_block');
    ctx.addNode({
      id: r.id, kind: 'subnet', name: labelOf(r), parent: vpc,
      props: { ...(cidr ? { cidr } : {}), ...(ipv6Cidr ? { ipv6Cidr } : {}), ...(az ? { az } : {}), ...ctx.provenance(r) },
    });
  }
}

/** Internet, egress-only and virtual private gateways: inside their VPC when attached (inline or by an attachment resource). */
export function buildGateways(ctx: IacContext): void {
  const attachedTo = new Map<string, string>();
  for (const a of ctx.of('gateway-attachment')) {
    if (a.fields.gateway && a.fields.vpc) attachedTo.set(a.fields.gateway, a.fields.vpc);
    else ctx.gap(a, 'names no gateway or no VPC: left out');
  }
  for (const type of ['internet-gateway', 'egress-only-internet-gateway', 'vpn-gateway'] as const) {
    for (const r of ctx.of(type)) {
      const vpc = r.fields.vpc ?? attachedTo.get(r.id);
      let parent: string | undefined;
      if (ctx.kindOf(vpc) === 'vpc') parent = vpc;
      else {
        if (vpc) ctx.gap(r, `attached to ${vpc}, which is not in the input: drawn detached`);
        parent = ctx.region(r.region ?? ctx.options.region);
      }
      const asn = type === 'vpn-gateway' ? r.fields.asn : undefined;
      ctx.addNode({ id: r.id, kind: type, name: labelOf(r), ...(parent ? { parent } : {}), props: { ...(asn !== undefined ? { asn } : {}), ...ctx.provenance(r) } });
    }
  }
  for (const a of ctx.of('gateway-attachment')) {
    if (a.fields.gateway && !ctx.has(a.fields.gateway)) ctx.gap(a, `attaches ${a.fields.gateway}, which is not in the input`);
  }
}

export function buildNatGatewaysAndInstances(ctx: IacContext): void {
  for (const r of ctx.of('nat-gateway')) {
    if (ctx.kindOf(r.fields.subnet) !== 'subnet') {
      ctx.gap(r, `its subnet ${r.fields.subnet ?? '(unknown)'} is not in the input`);
      continue;
    }
    const connectivity = r.fields.connectivity === 'private' ? 'private' : 'public';
    const elasticIps = r.fields.elasticIps ?? (connectivity === 'public' ? 1 : 0);
    ctx.addNode({ id: r.id, kind: 'nat-gateway', name: labelOf(r), parent: r.fields.subnet, props: { connectivity, elasticIps, ...ctx.provenance(r) } });
  }
  for (const r of ctx.of('instance')) {
    if (ctx.kindOf(r.fields.subnet) !== 'subnet') {
      ctx.gap(r, `its subnet ${r.fields.subnet ?? '(unknown)'} is not in the input`);
      continue;
    }
    ctx.addNode({
      id: r.id, kind: 'instance', name: labelOf(r), parent: r.fields.subnet,
      props: { ...(r.fields.publicIp ? { publicIp: true } : {}), ...(r.fields.sourceDestCheck === false ? { sourceDestCheck: false } : {}), ...ctx.provenance(r) },
    });
  }
}

/** `com.amazonaws.us-east-1.s3` → `s3`; an endpoint service of another account → `custom`. */
function serviceOf(name: string | undefined): string {
  const match = name ? /^(?:cn\.)?com\.amazonaws\.[a-z0-9-]+\.(.+)$/.exec(name) : null;
  return match?.[1] ?? 'custom';
}

export function buildEndpoints(ctx: IacContext): void {
  for (const r of ctx.of('vpc-endpoint')) {
    const { vpc } = r.fields;
    const type = (r.fields.endpointType ?? 'gateway').toLowerCase();
    if (ctx.kindOf(vpc) !== 'vpc') {
      ctx.gap(r, `its VPC ${vpc ?? '(unknown)'} is not in the input`);
      continue;
    }
    if (type !== 'gateway' && type !== 'interface') {
      ctx.gap(r, `a ${r.fields.endpointType} endpoint has no kind in VPC Canvas yet`);
      continue;
    }
    const subnets = (r.fields.subnets ?? []).filter((s) => ctx.nodes.get(s)?.parent === vpc);
    if (type === 'interface' && subnets.length > 1) ctx.gap(r, `has interfaces in ${subnets.length} subnets; drawn in the first, ${subnets[0]}`, 'subnet_ids');
    const routeTables = type === 'gateway' ? (r.fields.routeTables ?? []) : [];
    ctx.addNode({
      id: r.id, kind: 'vpc-endpoint', name: labelOf(r), parent: type === 'interface' && subnets[0] ? subnets[0] : vpc,
      props: {
        type, service: serviceOf(r.fields.service),
        ...(type === 'interface' ? { privateDns: r.fields.privateDns ?? false } : {}),
        ...(routeTables.length ? { routeTables } : {}), ...ctx.provenance(r),
      },
    });
  }
}
