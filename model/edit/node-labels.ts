/**
 * The words drawn on a node: its name, the line under a leaf's name, a container's group label and
 * the details in its title bar. They live in the model, not in the editor's view record, because
 * the geometry sizes boxes by them (a leaf grows for its subtitle's lines, a container's title bar
 * for its name and details) and the exports write them: one copy, so a box is always as tall as
 * what the canvas and a picture put in it.
 */
import type { TopologyNode } from '../document/types';
import { NODE_KINDS, type NodeKind } from '../kinds/node-kinds';

/** What a kind writes on its nodes; functions receive the node narrowed to the kind, its props as stored (possibly partial). */
interface KindWords<K extends NodeKind> {
  /** For leaves: the line under the name; the registry's short label otherwise. */
  subtitle?: (node: TopologyNode<K>) => string;
  /** For containers: the details in the title bar (address blocks, region code, zone); none otherwise. */
  details?: (node: TopologyNode<K>) => string;
  /** For containers: the group label shown with the name ("Public subnet"); the registry's label otherwise. */
  heading?: (node: TopologyNode<K>) => string;
}

const short = (kind: NodeKind): string => NODE_KINDS[kind].short;
/** A stored text prop, trimmed; undefined when absent or blank (a blank field shows the default). */
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const isPublicSubnet = (node: TopologyNode<'subnet'>): boolean => node.props?.public === true;
/** "TGW · ASN 64512", or the short label alone when no ASN is set. */
const withAsn = (node: TopologyNode<'transit-gateway' | 'dx-gateway' | 'vpn-gateway'>): string =>
  typeof node.props?.asn === 'number' ? `${short(node.kind)} · ASN ${node.props.asn}` : short(node.kind);

const KIND_WORDS = {
  region: { details: (node) => (typeof node.props?.code === 'string' ? node.props.code : '') },
  vpc: { details: (node) => [...texts(node.props?.cidrs), ...texts(node.props?.ipv6Cidrs)].join(', ') },
  subnet: {
    details: (node) => {
      const { cidr, az } = node.props ?? {};
      return [typeof cidr === 'string' ? cidr : 'no CIDR', typeof az === 'string' && az ? az : undefined].filter(Boolean).join(' · ');
    },
    heading: (node) => (isPublicSubnet(node) ? 'Public subnet' : 'Private subnet'),
  },
  'internet-gateway': {},
  'egress-only-internet-gateway': {},
  'nat-gateway': { subtitle: (node) => `${short(node.kind)} · ${text(node.props?.connectivity) ?? 'public'}` },
  'vpn-gateway': { subtitle: withAsn },
  'transit-gateway': { subtitle: withAsn },
  'dx-gateway': { subtitle: withAsn },
  'dx-connection': { subtitle: (node) => `${short(node.kind)} · ${text(node.props?.bandwidth) ?? '1Gbps'}` },
  'vpn-connection': {
    subtitle: (node) => `${short(node.kind)} · ${text(node.props?.routing) ?? 'bgp'}${node.props?.tunnels === 1 ? ' · 1 tunnel' : ''}`,
  },
  'on-premises': { details: (node) => texts(node.props?.cidrs).join(', '), heading: () => 'Corporate data center' },
  'customer-gateway': { subtitle: (node) => (text(node.props?.ip) ? `${short(node.kind)} · ${text(node.props?.ip)}` : short(node.kind)) },
  'vpc-endpoint': { subtitle: (node) => `${text(node.props?.service) ?? 's3'} · ${text(node.props?.type) ?? 'interface'}` },
  'endpoint-service': { subtitle: (node) => `PrivateLink · ${(text(node.props?.loadBalancer) ?? 'nlb').toUpperCase()}` },
  'load-balancer': { subtitle: (node) => `${(text(node.props?.type) ?? 'alb').toUpperCase()} · ${text(node.props?.scheme) ?? 'internal'}` },
  instance: { subtitle: (node) => (node.props?.publicIp === true ? 'Instance · public IP' : 'Instance') },
  internet: {},
} satisfies { [K in NodeKind]: KindWords<K> };

function wordsOf<K extends NodeKind>(kind: K): KindWords<K> {
  const words: { readonly [P in NodeKind]: KindWords<P> } = KIND_WORDS;
  return words[kind];
}

/** The text shown for a node: its name, or its id when it has none. */
export const displayName = (node: TopologyNode): string => node.name?.trim() || node.id;

/** The line under a leaf node's name, e.g. "NAT · private" or "ALB · internet-facing". */
export function leafSubtitle(node: TopologyNode): string {
  return wordsOf(node.kind).subtitle?.(node) ?? short(node.kind);
}

/** The details in a container's title bar: address blocks, region code, zone ('' when none). */
export function containerDetails(node: TopologyNode): string {
  return wordsOf(node.kind).details?.(node) ?? '';
}

/** The group label AWS diagrams show with a container's name, e.g. "Public subnet". */
export function containerKindLabel(node: TopologyNode): string {
  return wordsOf(node.kind).heading?.(node) ?? NODE_KINDS[node.kind].label;
}
