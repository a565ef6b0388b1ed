/**
 * Copy, paste and duplicate. A copied fragment holds the chosen nodes with everything inside
 * them and the connections among them. Pasting gives every element a fresh id and re-proposes
 * address blocks so that the copy overlaps nothing: a pasted VPC gets a free block of the same
 * size and its subnets keep their place inside it; a subnet pasted alone gets the next free block
 * of its VPC.
 */
import { parseCidr, formatCidr, type CidrBlock } from '../cidr/cidr';
import { asConnectionId, asNodeId, type Connection, type Position, type TopologyDocument, type TopologyNode } from '../document/types';
import { absolutePosition, descendantsOf } from './geometry';
import { growContainers } from './grow';
import { freshConnectionId, freshNodeId, usedIds } from './ids';
import type { EditResult } from './commands';
import { proposeSubnetCidr, proposeVpcCidr } from './propose';

/** What the clipboard holds: plain data, independent of the document it came from. */
export interface Fragment {
  nodes: TopologyNode[];
  connections: Connection[];
  /** Absolute top-left corner of each node whose parent is not in the fragment. */
  rootPositions: Record<string, Position>;
}

/** The fragment for `ids`: those nodes, their contents, and connections whose both ends are copied. */
export function copyFragment(doc: TopologyDocument, ids: Iterable<string>): Fragment {
  const wanted = new Set(ids);
  const nodeIds = new Set<string>(doc.nodes.filter((n) => wanted.has(n.id)).map((n) => n.id));
  for (const d of descendantsOf(doc, nodeIds)) nodeIds.add(d);
  const nodes = doc.nodes.filter((n) => nodeIds.has(n.id));
  const connections = doc.connections.filter((c) => nodeIds.has(c.source) && nodeIds.has(c.target));
  const rootPositions: Record<string, Position> = {};
  for (const n of nodes) {
    if (n.parent === undefined || !nodeIds.has(n.parent)) rootPositions[n.id] = absolutePosition(doc, n.id);
  }
  return structuredClone({ nodes, connections, rootPositions });
}

const blockOf = (text: unknown): CidrBlock | undefined => {
  if (typeof text !== 'string') return undefined;
  const parsed = parseCidr(text, 4);
  return parsed.ok ? parsed.block : undefined;
};

/** Fresh blocks for the fragment's VPCs, and for each old block the new one it maps to. */
function reproposeVpcs(doc: TopologyDocument, fragment: Fragment): Map<string, { cidrs: string[]; moves: Array<[CidrBlock, CidrBlock]> }> {
  const proposals = new Map<string, { cidrs: string[]; moves: Array<[CidrBlock, CidrBlock]> }>();
  const claimed: CidrBlock[] = [];
  for (const node of fragment.nodes) {
    if (node.kind !== 'vpc') continue;
    const cidrs = node.props?.cidrs;
    if (!Array.isArray(cidrs)) continue;
    const moves: Array<[CidrBlock, CidrBlock]> = [];
    const next = cidrs.map((text) => {
      const old = blockOf(text);
      if (!old) return text;
      const proposed = blockOf(proposeVpcCidr(doc, old.prefix, claimed));
      if (!proposed) return text;
      claimed.push(proposed);
      moves.push([old, proposed]);
      return proposed.text;
    });
    proposals.set(node.id, { cidrs: next, moves });
  }
  return proposals;
}

/**
 * Pastes a fragment: fresh ids, positions shifted by `offset`, into the original parents when
 * they still exist (or `parentId` when given), with address blocks re-proposed.
 */
export function pasteFragment(doc: TopologyDocument, fragment: Fragment, offset: Position = { x: 32, y: 32 }, parentId?: string): EditResult {
  const taken = usedIds(doc);
  const idMap = new Map<string, string>();
  for (const n of fragment.nodes) idMap.set(n.id, freshNodeId(n.kind, taken));
  const existing = new Set(doc.nodes.map((n) => n.id as string));
  const vpcs = reproposeVpcs(doc, fragment);
  const byId = new Map(fragment.nodes.map((n) => [n.id as string, n]));
  const claimedInVpc = new Map<string, CidrBlock[]>();

  const pasted: TopologyNode[] = fragment.nodes.map((original) => {
    const id = idMap.get(original.id)!;
    const node: TopologyNode = structuredClone(original);
    node.id = asNodeId(id);
    if (original.name === undefined || original.name === original.id) node.name = id;
    const root = original.id in fragment.rootPositions;
    if (root) {
      const target = parentId ?? (original.parent !== undefined && existing.has(original.parent) ? original.parent : undefined);
      const abs = fragment.rootPositions[original.id]!;
      const base = target === undefined ? { x: 0, y: 0 } : absolutePosition(doc, target);
      node.position = { x: abs.x + offset.x - base.x, y: abs.y + offset.y - base.y };
      if (target === undefined) delete node.parent;
      else node.parent = asNodeId(target);
    } else {
      node.parent = asNodeId(idMap.get(original.parent!)!);
    }

    const props = node.props as Record<string, unknown> | undefined;
    if (node.kind === 'vpc' && props && vpcs.has(original.id)) props.cidrs = vpcs.get(original.id)!.cidrs;
    if (node.kind === 'subnet' && props) {
      const old = blockOf(props.cidr);
      const parentVpc = original.parent === undefined ? undefined : byId.get(original.parent);
      const move = parentVpc ? vpcs.get(parentVpc.id)?.moves.find(([from]) => old && from.first <= old.first && old.last <= from.last) : undefined;
      if (old && move) {
        const [from, to] = move;
        props.cidr = formatCidr(4, to.first + (old.first - from.first), old.prefix);
      } else if (old && !parentVpc && node.parent !== undefined) {
        const claimed = claimedInVpc.get(node.parent) ?? [];
        const proposed = proposeSubnetCidr(doc, node.parent, old.prefix, claimed);
        const block = blockOf(proposed);
        if (block) {
          props.cidr = block.text;
          claimed.push(block);
          claimedInVpc.set(node.parent, claimed);
        }
      }
    }
    if (node.kind === 'load-balancer' && props && Array.isArray(props.subnets)) {
      props.subnets = (props.subnets as string[]).map((s) => idMap.get(s) ?? s);
    }
    return node;
  });

  const connections: Connection[] = fragment.connections.map((original) => {
    const connection: Connection = structuredClone(original);
    connection.id = asConnectionId(freshConnectionId(original.kind, taken));
    connection.source = asNodeId(idMap.get(original.source)!);
    connection.target = asNodeId(idMap.get(original.target)!);
    return connection;
  });

  const next = { ...doc, nodes: [...doc.nodes, ...pasted], connections: [...doc.connections, ...connections] };
  const roots = pasted.filter((n) => n.parent === undefined || existing.has(n.parent)).map((n) => n.id);
  return { doc: growContainers(next, roots), ids: [...pasted.map((n) => n.id), ...connections.map((c) => c.id)] };
}

/** Copies `ids` and pastes them right away, shifted by `offset`. */
export function duplicate(doc: TopologyDocument, ids: Iterable<string>, offset: Position = { x: 32, y: 32 }): EditResult {
  return pasteFragment(doc, copyFragment(doc, ids), offset);
}
