/**
 * The checks the editor calls while the user drags: `canConnect` for a line between two nodes,
 * `canPlace` for a node dropped into a container. They infer what the user means from the
 * registry and ask the same rule objects as validation (their `checkConnection` and
 * `checkPlacement`), on the document with the proposal added: no rule is written twice.
 */
import type { Connection, TopologyDocument, TopologyNode } from './document/types';
import { asConnectionId, asNodeId, PROPOSED_ID } from './document/types';
import { indexOf, type TopologyIndex } from './graph/topology-index';
import { CONNECTION_KINDS, CONNECTION_KIND_LIST, kindJoins, type ConnectionKind } from './kinds/connection-kinds';
import { nodeKindSpec, type NodeKind } from './kinds/node-kinds';
import { RULES } from './all-rules';
import type { Finding } from './rules/finding';
import type { Rule } from './rules/rule';


/** One way to draw the connection: a kind, and props where the kind has a choice that matters (a VIF's type). */
export interface ConnectOption {
  kind: ConnectionKind;
  props?: Record<string, unknown>;
  label: string;
}

export interface ConnectAnswer {
  ok: boolean;
  /** Set when exactly one option fits. */
  kind?: ConnectionKind;
  /** Every option AWS would accept; the user picks when there are several. */
  options: ConnectOption[];
  /** One sentence, when refused. */
  reason?: string;
  /** Warnings the new connection would raise (it is allowed all the same). */
  warnings: Finding[];
}

export interface ConnectRequest {
  /** Only this kind (e.g. `flow` from the intent tool); otherwise inferred from the ends. */
  kind?: ConnectionKind;
  /** Id to give the proposed connection. */
  id?: string;
}

const connectionRules = RULES.filter((r) => r.checkConnection);
const placementRules = RULES.filter((r) => r.checkPlacement);

/** The ways a connection of `kind` can be drawn: one per value of a prop that changes what it is. */
function variants(kind: ConnectionKind): Array<Record<string, unknown> | undefined> {
  if (kind === 'vif') return CONNECTION_KINDS.vif.props.type.values.map((type) => ({ type }));
  return [undefined];
}

function optionLabel(kind: ConnectionKind, props: Record<string, unknown> | undefined): string {
  if (kind === 'vif' && props) return `${String(props.type)[0]!.toUpperCase()}${String(props.type).slice(1)} virtual interface`;
  return CONNECTION_KINDS[kind].label;
}

function problemsOf(index: TopologyIndex, connection: Connection, rules: readonly Rule[]): Finding[] {
  const proposed = index.withConnection(connection);
  return rules.flatMap((rule) => rule.checkConnection!(proposed, connection)).filter((f) => f.subjects.includes(connection.id));
}

function noKindReason(index: TopologyIndex, source: TopologyNode, target: TopologyNode): string {
  for (const [child, parent] of [[source, target], [target, source]] as const) {
    if (nodeKindSpec(child.kind).attachment?.to.includes(parent.kind)) {
      return `${index.label(child)} is attached by placing it inside ${index.label(parent)}, not with a line.`;
    }
  }
  return `Nothing in AWS joins ${index.label(source)} and ${index.label(target)} directly.`;
}

/**
 * Can the user draw a line from `sourceId` to `targetId`? Infers the connection kind (never an
 * intent `flow` unless asked for), and refuses with one sentence what AWS would refuse.
 */
export function canConnect(doc: TopologyDocument, sourceId: string, targetId: string, request: ConnectRequest = {}): ConnectAnswer {
  const index = indexOf(doc);
  const source = index.node(sourceId);
  const target = index.node(targetId);
  // A finding about the proposal names it mid-sentence ("the new flow …"); a reason opens a sentence.
  const refuse = (reason: string): ConnectAnswer => ({ ok: false, options: [], reason: reason.charAt(0).toUpperCase() + reason.slice(1), warnings: [] });
  if (!source) return refuse(`There is no node "${sourceId}".`);
  if (!target) return refuse(`There is no node "${targetId}".`);
  if (source.id === target.id) return refuse(`${index.label(source)} cannot be connected to itself.`);

  const kinds = request.kind
    ? [request.kind]
    : CONNECTION_KIND_LIST.filter((k) => !CONNECTION_KINDS[k].intent && kindJoins(k, source.kind, target.kind));
  if (kinds.length === 0) return refuse(noKindReason(index, source, target));

  const options: ConnectOption[] = [];
  const warnings: Finding[] = [];
  let firstReason: string | undefined;
  // A VIF type that cannot end here at all explains less than a rule refusing the type that could.
  let wrongVariantReason: string | undefined;
  for (const kind of kinds) {
    for (const props of variants(kind)) {
      const connection = {
        id: asConnectionId(request.id ?? PROPOSED_ID),
        kind,
        source: source.id,
        target: target.id,
        ...(props ? { props } : {}),
      } as Connection;
      const problems = problemsOf(index, connection, connectionRules);
      const error = problems.find((f) => f.severity === 'error');
      if (error) {
        if (error.rule === 'vif-target') wrongVariantReason ??= error.message;
        else firstReason ??= error.message;
        continue;
      }
      options.push({ kind, ...(props ? { props } : {}), label: optionLabel(kind, props) });
      warnings.push(...problems);
    }
  }
  if (options.length === 0) return refuse(firstReason ?? wrongVariantReason ?? noKindReason(index, source, target));
  return { ok: true, ...(options.length === 1 ? { kind: options[0]!.kind } : {}), options, warnings };
}

export interface PlaceAnswer {
  ok: boolean;
  reason?: string;
  warnings: Finding[];
}

/**
 * Can a node of `kind` be dropped into `parentId` (undefined: the top level)? With `nodeId`,
 * asks about moving that existing node there instead.
 */
export function canPlace(doc: TopologyDocument, kind: NodeKind, parentId: string | undefined, nodeId?: string): PlaceAnswer {
  let index = indexOf(doc);
  const parent = parentId === undefined ? undefined : index.node(parentId);
  if (parentId !== undefined && !parent) return { ok: false, reason: `There is no node "${parentId}".`, warnings: [] };
  let node: TopologyNode;
  if (nodeId !== undefined) {
    const existing = index.node(nodeId);
    if (!existing) return { ok: false, reason: `There is no node "${nodeId}".`, warnings: [] };
    for (let p = parent; p; p = index.parentOf(p)) {
      if (p.id === existing.id) return { ok: false, reason: `${index.label(existing)} cannot be placed inside itself.`, warnings: [] };
    }
    node = { ...existing, ...(parent ? { parent: parent.id } : {}) };
    if (!parent) delete node.parent;
    const nodes = doc.nodes.map((n) => (n.id === existing.id ? node : n));
    index = indexOf({ ...doc, nodes });
  } else {
    node = { id: asNodeId(PROPOSED_ID), kind, ...(parent ? { parent: parent.id } : {}) };
    index = index.withNode(node);
  }
  const problems = placementRules.flatMap((rule) => rule.checkPlacement!(index, node)).filter((f) => f.subjects.includes(node.id));
  const error = problems.find((f) => f.severity === 'error');
  if (error) return { ok: false, reason: error.message.charAt(0).toUpperCase() + error.message.slice(1), warnings: [] };
  return { ok: true, warnings: problems };
}
