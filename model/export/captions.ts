/**
 * The words an export writes on nodes and lines. The editor passes its own label functions (so a
 * picture says what the canvas says); the defaults here serve callers without them, such as the
 * command line.
 */
import type { Connection, TopologyNode } from '../document/types';
import { NODE_KINDS } from '../kinds/node-kinds';

/** What is written on a node. */
export interface NodeTexts {
  /** The node's name, or what stands for it when it has none. */
  name(node: TopologyNode): string;
  /** The group label before a container's name, e.g. "Public subnet". */
  containerKind(node: TopologyNode): string;
  /** The line under a container's name: address blocks, region code, zone. */
  containerDetails(node: TopologyNode): string;
  /** The line under a leaf's name, e.g. "NAT gateway · private". */
  leafSubtitle(node: TopologyNode): string;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const props = (node: TopologyNode | Connection): Record<string, unknown> => (node.props ?? {}) as Record<string, unknown>;

/** Texts from the kinds registry alone. */
export const DEFAULT_NODE_TEXTS: NodeTexts = {
  name: (node) => node.name?.trim() || node.id,
  containerKind(node) {
    if (node.kind === 'subnet') return props(node).public === true ? 'Public subnet' : 'Private subnet';
    if (node.kind === 'on-premises') return 'Corporate data center';
    return NODE_KINDS[node.kind].label;
  },
  containerDetails(node) {
    const p = props(node);
    if (node.kind === 'region') return typeof p.code === 'string' ? p.code : '';
    if (node.kind === 'vpc') return [...strings(p.cidrs), ...strings(p.ipv6Cidrs)].join(', ');
    if (node.kind === 'subnet') return [typeof p.cidr === 'string' ? p.cidr : 'no CIDR', typeof p.az === 'string' ? p.az : ''].filter(Boolean).join(' · ');
    if (node.kind === 'on-premises') return strings(p.cidrs).join(', ');
    return '';
  },
  leafSubtitle: (node) => NODE_KINDS[node.kind].short,
};

/**
 * The caption of a line: its name, then what the kind adds that the line style cannot show — a
 * virtual interface's type, a Direct Connect gateway association's allowed prefixes. Empty when
 * there is nothing to say.
 */
export function edgeCaption(connection: Connection): string {
  const parts: string[] = [];
  const name = connection.name?.trim();
  if (name) parts.push(name);
  const p = props(connection);
  if (connection.kind === 'vif') {
    const type = typeof p.type === 'string' ? p.type : 'private';
    // A name such as "transit VIF" already says it.
    if (!name?.toLowerCase().includes(`${type} vif`)) parts.push(`${type} VIF`);
    if (p.siteLink === true) parts.push('SiteLink');
  }
  if (connection.kind === 'dxgw-association') {
    const prefixes = strings(p.allowedPrefixes);
    if (prefixes.length > 0) parts.push(`allowed ${prefixes.join(', ')}`);
  }
  return parts.join(' · ');
}
