/**
 * What a line between two nodes that AWS never joins directly usually means, built in one step:
 * a customer gateway drawn to a transit gateway or virtual private gateway is a Site-to-Site VPN
 * (a VPN connection and its two links); to a Direct Connect gateway, virtual private gateway or
 * transit gateway it may be Direct Connect (a connection, its link, and a virtual interface of the
 * type the far end takes, through a new Direct Connect gateway for a transit gateway). Every line a
 * shortcut draws is judged by `canConnect` as if drawn by hand; a shortcut any of whose lines AWS
 * would refuse is not offered.
 */
import { canConnect, canPlace } from '../connect';
import type { Position, TopologyDocument, TopologyNode } from '../document/types';
import type { ConnectionKind } from '../kinds/connection-kinds';
import type { NodeKind } from '../kinds/node-kinds';
import { addConnection, addNode, type EditResult } from './commands';
import { absoluteRect, nodesById } from './geometry';

/** A shortcut offered for a pair of nodes. */
export interface ConnectShortcut {
  id: ShortcutId;
  label: string;
}

export type ShortcutId = 'site-to-site-vpn' | 'direct-connect-private' | 'direct-connect-transit';

/** One step of a recipe: a new node, or a line between two of the nodes known so far. */
type Step =
  | { node: NodeKind; as: string }
  | { line: ConnectionKind; from: string; to: string; props?: Record<string, unknown> };

interface Recipe {
  id: ShortcutId;
  label: string;
  /** Kinds the far end may be. */
  to: readonly NodeKind[];
  steps(farKind: NodeKind): Step[];
}

const RECIPES: readonly Recipe[] = [
  {
    id: 'site-to-site-vpn',
    label: 'Add a Site-to-Site VPN',
    to: ['transit-gateway', 'vpn-gateway'],
    steps: () => [
      { node: 'vpn-connection', as: 'vpn' },
      { line: 'vpn-link', from: 'vpn', to: 'customer' },
      { line: 'vpn-link', from: 'vpn', to: 'far' },
    ],
  },
  {
    id: 'direct-connect-private',
    label: 'Add Direct Connect (private virtual interface)',
    to: ['vpn-gateway', 'dx-gateway'],
    steps: () => [
      { node: 'dx-connection', as: 'dx' },
      { line: 'dx-link', from: 'dx', to: 'customer' },
      { line: 'vif', from: 'dx', to: 'far', props: { type: 'private' } },
    ],
  },
  {
    id: 'direct-connect-transit',
    label: 'Add Direct Connect (transit virtual interface)',
    to: ['transit-gateway', 'dx-gateway'],
    steps: (farKind) => [
      { node: 'dx-connection', as: 'dx' },
      { line: 'dx-link', from: 'dx', to: 'customer' },
      ...(farKind === 'transit-gateway'
        ? ([
            { node: 'dx-gateway', as: 'dxgw' },
            { line: 'vif', from: 'dx', to: 'dxgw', props: { type: 'transit' } },
            { line: 'dxgw-association', from: 'dxgw', to: 'far' },
          ] as const)
        : ([{ line: 'vif', from: 'dx', to: 'far', props: { type: 'transit' } }] as const)),
    ],
  },
];

/** The customer gateway and the far end of a pair, in either order; undefined when neither is a customer gateway. */
function endsOf(doc: TopologyDocument, a: string, b: string): { customer: TopologyNode; far: TopologyNode } | undefined {
  const byId = nodesById(doc);
  const [x, y] = [byId.get(a), byId.get(b)];
  if (!x || !y) return undefined;
  if (x.kind === 'customer-gateway') return { customer: x, far: y };
  if (y.kind === 'customer-gateway') return { customer: y, far: x };
  return undefined;
}

/** Halfway between the two ends (canvas coordinates), where new nodes are put; each then settles on a free spot. */
function midpoint(doc: TopologyDocument, a: TopologyNode, b: TopologyNode, step: number): Position {
  const [ra, rb] = [absoluteRect(doc, a.id), absoluteRect(doc, b.id)];
  if (!ra || !rb) return { x: 0, y: 0 };
  return { x: (ra.x + ra.width / 2 + rb.x + rb.width / 2) / 2 - 56 + step * 140, y: (ra.y + ra.height / 2 + rb.y + rb.height / 2) / 2 - 42 };
}

/** The region both ends share, if any: new nodes that live in regions go there. */
function sharedRegion(doc: TopologyDocument, a: TopologyNode, b: TopologyNode): string | undefined {
  const byId = nodesById(doc);
  const regionOf = (n: TopologyNode) => {
    for (let p = n.parent === undefined ? undefined : byId.get(n.parent); p; p = p.parent === undefined ? undefined : byId.get(p.parent)) {
      if (p.kind === 'region') return p.id;
    }
    return undefined;
  };
  const ra = regionOf(a);
  return ra !== undefined && ra === regionOf(b) ? ra : undefined;
}

/** Runs a recipe; undefined when AWS would refuse any line (or placement) it draws. */
function build(doc: TopologyDocument, recipe: Recipe, customer: TopologyNode, far: TopologyNode): EditResult | undefined {
  const named = new Map<string, string>([
    ['customer', customer.id],
    ['far', far.id],
  ]);
  const region = sharedRegion(doc, customer, far);
  const created: string[] = [];
  let current = doc;
  let placed = 0;
  for (const step of recipe.steps(far.kind)) {
    if ('node' in step) {
      const parentId = region !== undefined && canPlace(current, step.node, region).ok ? region : undefined;
      if (!canPlace(current, step.node, parentId).ok) return undefined;
      const added = addNode(current, { kind: step.node, ...(parentId !== undefined ? { parentId } : {}), at: midpoint(current, customer, far, placed++) });
      current = added.doc;
      named.set(step.as, added.ids[0]!);
      created.push(...added.ids);
    } else {
      const [source, target] = [named.get(step.from)!, named.get(step.to)!];
      const answer = canConnect(current, source, target, { kind: step.line });
      const option = answer.options.find((o) => Object.entries(step.props ?? {}).every(([k, v]) => o.props?.[k] === v));
      if (!answer.ok || !option) return undefined;
      const added = addConnection(current, { kind: step.line, source, target, ...(option.props ? { props: option.props } : {}) });
      current = added.doc;
      created.push(...added.ids);
    }
  }
  return { doc: current, ids: created };
}

/** The shortcuts AWS would accept between two nodes (none unless one is a customer gateway). */
export function connectShortcuts(doc: TopologyDocument, sourceId: string, targetId: string): ConnectShortcut[] {
  const ends = endsOf(doc, sourceId, targetId);
  if (!ends) return [];
  return RECIPES.filter((r) => r.to.includes(ends.far.kind) && build(doc, r, ends.customer, ends.far) !== undefined).map(({ id, label }) => ({ id, label }));
}

/** Builds a shortcut: the new document and the ids it created; undefined when it does not apply. */
export function applyConnectShortcut(doc: TopologyDocument, sourceId: string, targetId: string, id: ShortcutId): EditResult | undefined {
  const ends = endsOf(doc, sourceId, targetId);
  const recipe = RECIPES.find((r) => r.id === id);
  if (!ends || !recipe || !recipe.to.includes(ends.far.kind)) return undefined;
  return build(doc, recipe, ends.customer, ends.far);
}
