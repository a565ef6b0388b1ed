/**
 * The words an export writes on nodes and lines. Nodes carry the canvas's own words by default;
 * callers may pass others.
 */
import type { Connection, TopologyNode } from '../document/types';
import { containerDetails, containerKindLabel, displayName, leafSubtitle } from '../edit/node-labels';

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

/** The words the canvas writes (model/edit/node-labels.ts): a picture says what the editor says. */
export const DEFAULT_NODE_TEXTS: NodeTexts = { name: displayName, containerKind: containerKindLabel, containerDetails, leafSubtitle };

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
