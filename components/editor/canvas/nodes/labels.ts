/** The short texts under a node's name: what it is and its most telling property. */
import { NODE_KINDS, type TopologyNode } from '../../../../model';

const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** The text shown for a node: its name, or its id when it has none. */
export const displayName = (node: TopologyNode): string => node.name?.trim() || node.id;

/** One line under a leaf node's name, e.g. "NAT gateway · private" or "ALB · internet-facing". */
export function leafSubtitle(node: TopologyNode): string {
  const p = (node.props ?? {}) as Record<string, unknown>;
  const short = NODE_KINDS[node.kind].short;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  switch (node.kind) {
    case 'nat-gateway':
      return `${short} · ${str(p.connectivity) ?? 'public'}`;
    case 'vpc-endpoint':
      return `${str(p.service) ?? 's3'} · ${str(p.type) ?? 'interface'}`;
    case 'load-balancer':
      return `${(str(p.type) ?? 'alb').toUpperCase()} · ${str(p.scheme) ?? 'internal'}`;
    case 'dx-connection':
      return `${short} · ${str(p.bandwidth) ?? '1Gbps'}`;
    case 'vpn-connection':
      return `${short} · ${str(p.routing) ?? 'bgp'}${p.tunnels === 1 ? ' · 1 tunnel' : ''}`;
    case 'transit-gateway':
    case 'dx-gateway':
    case 'vpn-gateway':
      return typeof p.asn === 'number' ? `${short} · ASN ${p.asn}` : short;
    case 'customer-gateway':
      return str(p.ip) ? `${short} · ${str(p.ip)}` : short;
    case 'endpoint-service':
      return `PrivateLink · ${(str(p.loadBalancer) ?? 'nlb').toUpperCase()}`;
    case 'instance':
      return p.publicIp === true ? 'Instance · public IP' : 'Instance';
    default:
      return short;
  }
}

/** The details in a container's title bar: address blocks, region code, zone. */
export function containerDetails(node: TopologyNode): string {
  const p = (node.props ?? {}) as Record<string, unknown>;
  switch (node.kind) {
    case 'region':
      return typeof p.code === 'string' ? p.code : '';
    case 'vpc':
      return [...list(p.cidrs), ...list(p.ipv6Cidrs)].join(', ');
    case 'subnet': {
      const parts = [typeof p.cidr === 'string' ? p.cidr : 'no CIDR', typeof p.az === 'string' && p.az ? p.az : undefined];
      return parts.filter(Boolean).join(' · ');
    }
    case 'on-premises':
      return list(p.cidrs).join(', ');
    default:
      return '';
  }
}

/** The group label AWS diagrams use above the name, e.g. "Public subnet". */
export function containerKindLabel(node: TopologyNode): string {
  if (node.kind === 'subnet') return (node.props as { public?: unknown } | undefined)?.public === true ? 'Public subnet' : 'Private subnet';
  if (node.kind === 'on-premises') return 'Corporate data center';
  return NODE_KINDS[node.kind].label;
}
