/**
 * Read-only lookups over one document, built once and shared by every rule, `reach`,
 * `canConnect` and `canPlace`. Rules read the document only through this class, so that
 * `withConnection` and `withNode` can show them a document with one proposed change without
 * copying the whole index (the editor asks on every mouse move).
 */
import { parseCidr, type CidrBlock } from '../cidr/cidr';
import type { ConnectionKind, ConnectionPropsByKind } from '../kinds/connection-kinds';
import { CONNECTION_KINDS } from '../kinds/connection-kinds';
import { NODE_KINDS, type NodeKind, type NodePropsByKind } from '../kinds/node-kinds';
import { readProps } from '../kinds/prop-spec';
import { isConnectionOfKind, isKind } from '../document/kind-guards';
import { PROPOSED_ID, type Connection, type ElementId, type NodeId, type TopologyDocument, type TopologyNode } from '../document/types';

const EMPTY: readonly never[] = Object.freeze([]);

type Props = Readonly<Record<string, unknown>>;
type Blocks = { 4?: readonly CidrBlock[]; 6?: readonly CidrBlock[] };

/**
 * What has been read about each element: props with defaults and parsed blocks, which depend on
 * the element object alone. Kept per index in plain maps, which die with the document: a
 * module-wide WeakMap (shared across documents) held every element of every document read until
 * a full collection, and a lookup in it cost more than reading the element again (readProps
 * copies nothing for most elements; parseCidr is memoised by text).
 */
interface ElementMemos {
  props: Map<object, Props>;
  blocks: Map<object, Blocks>;
}

const newMemos = (): ElementMemos => ({ props: new Map(), blocks: new Map() });

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A connection kind's label without its palette note: "Flow", not "Flow (intent)". */
const kindWords = (connection: Connection): string => CONNECTION_KINDS[connection.kind].label.replace(/\s*\(.*\)$/, '');

/** A label as it reads inside a sentence: only names and acronyms ("VPC peering", "PrivateLink") keep their capitals. */
const midSentence = (label: string): string => (/[A-Z]/.test(label.slice(1)) ? label : label.charAt(0).toLowerCase() + label.slice(1));

export class TopologyIndex {
  protected readonly nodesById = new Map<string, TopologyNode>();
  /** Built on the first lookup: validation looks up connections by id only to word a few findings. */
  private connectionsById: Map<string, Connection> | undefined;
  protected readonly nodesByKind = new Map<NodeKind, TopologyNode[]>();
  protected readonly connectionsByKind = new Map<ConnectionKind, Connection[]>();
  protected readonly childrenById = new Map<string, TopologyNode[]>();
  protected readonly connectionsByNode = new Map<string, Connection[]>();
  /** The region code of each parent asked about (null: none), by the parent's id. */
  private readonly regionCache = new Map<string, string | null>();
  private readonly memos = newMemos();

  constructor(private readonly source: TopologyDocument) {
    for (const node of source.nodes) {
      this.nodesById.set(node.id, node);
      push(this.nodesByKind, node.kind, node);
      if (node.parent !== undefined) push(this.childrenById, node.parent, node);
    }
    for (const connection of source.connections) {
      push(this.connectionsByKind, connection.kind, connection);
      push(this.connectionsByNode, connection.source, connection);
      if (connection.target !== connection.source) push(this.connectionsByNode, connection.target, connection);
    }
  }

  /** The document this index answers for. */
  get doc(): TopologyDocument {
    return this.source;
  }

  node(id: string): TopologyNode | undefined {
    return this.nodesById.get(id);
  }

  connection(id: string): Connection | undefined {
    if (!this.connectionsById) {
      this.connectionsById = new Map();
      for (const connection of this.source.connections) this.connectionsById.set(connection.id, connection);
    }
    return this.connectionsById.get(id);
  }

  /** Every node, in document order. */
  nodes(): readonly TopologyNode[] {
    return this.doc.nodes;
  }

  /** Every connection, in document order. */
  connections(): readonly Connection[] {
    return this.doc.connections;
  }

  nodesOfKind<K extends NodeKind>(kind: K): readonly TopologyNode<K>[] {
    return (this.nodesByKind.get(kind) ?? EMPTY) as readonly TopologyNode<K>[];
  }

  connectionsOfKind<K extends ConnectionKind>(kind: K): readonly Connection<K>[] {
    return (this.connectionsByKind.get(kind) ?? EMPTY) as readonly Connection<K>[];
  }

  /** Connections with `id` at either end. */
  connectionsOf(id: string): readonly Connection[] {
    return this.connectionsByNode.get(id) ?? EMPTY;
  }

  /** The node at the other end of a connection. */
  otherEnd(connection: Connection, id: string): TopologyNode | undefined {
    return this.node(connection.source === id ? connection.target : connection.source);
  }

  /** Nodes whose parent is `id`, in document order. */
  childrenOf(id: string): readonly TopologyNode[] {
    return this.childrenById.get(id) ?? EMPTY;
  }

  childrenOfKind<K extends NodeKind>(id: string, kind: K): TopologyNode<K>[] {
    return this.childrenOf(id).filter((n) => isKind(n, kind));
  }

  parentOf(node: TopologyNode): TopologyNode | undefined {
    return node.parent === undefined ? undefined : this.node(node.parent);
  }

  /** The nearest ancestor of the kind (not the node itself). */
  ancestorOfKind<K extends NodeKind>(node: TopologyNode, kind: K): TopologyNode<K> | undefined {
    for (let p = this.parentOf(node), guard = 0; p && guard < 10_000; p = this.parentOf(p), guard++) {
      if (isKind(p, kind)) return p;
    }
    return undefined;
  }

  /** The node itself when it is of the kind, else its nearest ancestor of the kind. */
  selfOrAncestorOfKind<K extends NodeKind>(node: TopologyNode, kind: K): TopologyNode<K> | undefined {
    return isKind(node, kind) ? node : this.ancestorOfKind(node, kind);
  }

  /** The VPC a node belongs to (the node itself, for a VPC). */
  vpcOf(node: TopologyNode): TopologyNode<'vpc'> | undefined {
    return this.selfOrAncestorOfKind(node, 'vpc');
  }

  /** The `code` of the nearest region ancestor, or undefined when unknown. */
  regionOf(node: TopologyNode): string | undefined {
    if (node.kind === 'region') return this.regionCode(node);
    // Cached by parent: the tens of thousands of subnets of a large network share a few thousand
    // VPCs, so the cache holds an entry per container rather than per node asked about.
    const parent = this.parentOf(node);
    if (!parent) return undefined;
    let code = this.regionCache.get(parent.id);
    if (code === undefined) {
      const region = this.selfOrAncestorOfKind(parent, 'region');
      code = (region && this.regionCode(region)) ?? null;
      this.regionCache.set(parent.id, code);
    }
    return code ?? undefined;
  }

  private regionCode(region: TopologyNode<'region'>): string | undefined {
    return this.props(region).code?.trim() || undefined;
  }

  /** Where what is read about an element is kept (an overlay keeps its base's elements in its base's). */
  protected memosFor(_element: object): ElementMemos {
    return this.memos;
  }

  /** A node's props with defaults applied. */
  props<K extends NodeKind>(node: TopologyNode<K>): NodePropsByKind[K] {
    const memo = this.memosFor(node).props;
    let props = memo.get(node);
    if (!props) {
      props = readProps(NODE_KINDS[node.kind].props, node.props as Record<string, unknown> | undefined);
      memo.set(node, props);
    }
    return props as unknown as NodePropsByKind[K];
  }

  /** A connection's props with defaults applied. */
  connectionProps<K extends ConnectionKind>(connection: Connection<K>): ConnectionPropsByKind[K] {
    const memo = this.memosFor(connection).props;
    let props = memo.get(connection);
    if (!props) {
      props = readProps(CONNECTION_KINDS[connection.kind].props, connection.props as Record<string, unknown> | undefined);
      memo.set(connection, props);
    }
    return props as unknown as ConnectionPropsByKind[K];
  }

  /** The IPv4 blocks of a VPC or on-premises network that parse (malformed ones are `cidr-invalid`'s business). */
  ipv4Blocks(node: TopologyNode): readonly CidrBlock[] {
    return this.blocksOf(node, 4);
  }

  /** The IPv6 blocks of a VPC that parse. */
  ipv6Blocks(node: TopologyNode): readonly CidrBlock[] {
    return this.blocksOf(node, 6);
  }

  private blocksOf(node: TopologyNode, family: 4 | 6): readonly CidrBlock[] {
    const memo = this.memosFor(node).blocks;
    let entry = memo.get(node);
    if (!entry) {
      entry = {};
      memo.set(node, entry);
    }
    // Read-only: the cached list is shared by every rule, so none may sort or change it in place.
    // Typed so rather than frozen: V8 iterates frozen arrays far more slowly, allocating at each step.
    return (entry[family] ??= this.parseBlocksOf(node, family));
  }

  private parseBlocksOf(node: TopologyNode, family: 4 | 6): CidrBlock[] {
    let texts: readonly string[] = [];
    if (node.kind === 'vpc') {
      const p = this.props(node);
      texts = family === 4 ? p.cidrs : p.ipv6Cidrs;
    } else if (node.kind === 'on-premises' && family === 4) {
      texts = this.props(node).cidrs;
    } else if (node.kind === 'subnet') {
      const p = this.props(node);
      const text = family === 4 ? p.cidr : p.ipv6Cidr;
      texts = text === undefined ? [] : [text];
    }
    const blocks: CidrBlock[] = [];
    for (const text of texts) {
      const parsed = parseCidr(text, family);
      if (parsed.ok) blocks.push(parsed.block);
    }
    return blocks;
  }

  /** How a finding names a node: its kind and name, e.g. `VPC prod`. */
  label(node: TopologyNode | undefined): string {
    if (!node) return 'a missing node';
    if (node.id === PROPOSED_ID) return `the new ${NODE_KINDS[node.kind].label.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())}`;
    return `${NODE_KINDS[node.kind].label} ${node.name?.trim() || node.id}`;
  }

  /**
   * How a finding names a connection: its kind and its name (or id), e.g. `VPC peering pcx-1`,
   * or `the new VPC peering` while the user is still drawing it. `what` replaces the kind's
   * words where a message says more (`private virtual interface`), written as it reads
   * mid-sentence; the kind's label loses its palette note ("Flow", not "Flow (intent)").
   */
  connectionLabel(connection: Connection, what?: string): string {
    if (connection.id === PROPOSED_ID) return `the new ${what ?? midSentence(kindWords(connection))}`;
    const words = what ?? kindWords(connection);
    return `${words.charAt(0).toUpperCase()}${words.slice(1)} ${connection.name?.trim() || connection.id}`;
  }

  /**
   * A connection as a screen reader announces it: its kind, its name when it has one, and its
   * two ends by name, e.g. `VPC peering from VPC prod to VPC dev` — never bare ids.
   */
  connectionPhrase(connection: Connection): string {
    const name = connection.name?.trim();
    const ends = `from ${this.label(this.node(connection.source))} to ${this.label(this.node(connection.target))}`;
    return `${kindWords(connection)}${name ? ` ${name},` : ''} ${ends}`;
  }

  /** A node's label with its address blocks, e.g. `VPC prod (10.0.0.0/16, 10.1.0.0/16)`. */
  describe(node: TopologyNode | undefined): string {
    if (!node) return this.label(node);
    const blocks = [...this.ipv4Blocks(node), ...this.ipv6Blocks(node)].map((b) => b.text);
    return blocks.length > 0 ? `${this.label(node)} (${blocks.join(', ')})` : this.label(node);
  }

  /** A document with one more connection, for `canConnect`. */
  withConnection(connection: Connection): TopologyIndex {
    return new OverlayIndex(this, this.memos, [connection], []);
  }

  /** A document with one more node, for `canPlace`. */
  withNode(node: TopologyNode): TopologyIndex {
    return new OverlayIndex(this, this.memos, [], [node]);
  }
}

/** The base index plus a few extra elements; everything else is read from the base. */
class OverlayIndex extends TopologyIndex {
  private overlayDoc: TopologyDocument | undefined;

  constructor(
    private readonly base: TopologyIndex,
    private readonly baseMemos: ElementMemos,
    private readonly extraConnections: readonly Connection[],
    private readonly extraNodes: readonly TopologyNode[],
  ) {
    // The overlay never builds maps of its own: it answers from `base` plus the extras.
    super({ ...base.doc, nodes: [], connections: [] });
  }

  /** The base's elements are read into the base's memos (the next proposal reads them again); the extras into the overlay's own. */
  protected override memosFor(element: object): ElementMemos {
    const extra = (this.extraNodes as readonly object[]).includes(element) || (this.extraConnections as readonly object[]).includes(element);
    return extra ? super.memosFor(element) : this.baseMemos;
  }

  /**
   * The document with the extras, made on first use: the rules `canConnect` asks never list every
   * element, and copying the lists of a large document for each proposal cost more than its checks.
   */
  override get doc(): TopologyDocument {
    return (this.overlayDoc ??= {
      ...this.base.doc,
      nodes: this.extraNodes.length ? [...this.base.doc.nodes, ...this.extraNodes] : this.base.doc.nodes,
      connections: this.extraConnections.length ? [...this.base.doc.connections, ...this.extraConnections] : this.base.doc.connections,
    });
  }

  override node(id: string) {
    return this.base.node(id) ?? this.extraNodes.find((n) => n.id === id);
  }

  override connection(id: string) {
    return this.base.connection(id) ?? this.extraConnections.find((c) => c.id === id);
  }

  override nodes() {
    return this.doc.nodes;
  }

  override connections() {
    return this.doc.connections;
  }

  override nodesOfKind<K extends NodeKind>(kind: K): readonly TopologyNode<K>[] {
    const extra = this.extraNodes.filter((n) => isKind(n, kind));
    const base = this.base.nodesOfKind(kind);
    return extra.length ? [...base, ...extra] : base;
  }

  override connectionsOfKind<K extends ConnectionKind>(kind: K): readonly Connection<K>[] {
    const extra = this.extraConnections.filter((c) => isConnectionOfKind(c, kind));
    const base = this.base.connectionsOfKind(kind);
    return extra.length ? [...base, ...extra] : base;
  }

  override connectionsOf(id: string): readonly Connection[] {
    const extra = this.extraConnections.filter((c) => c.source === id || c.target === id);
    const base = this.base.connectionsOf(id);
    return extra.length ? [...base, ...extra] : base;
  }

  override childrenOf(id: string): readonly TopologyNode[] {
    const extra = this.extraNodes.filter((n) => n.parent === id);
    const base = this.base.childrenOf(id);
    return extra.length ? [...base, ...extra] : base;
  }

  override withConnection(connection: Connection): TopologyIndex {
    return new OverlayIndex(this.base, this.baseMemos, [...this.extraConnections, connection], this.extraNodes);
  }

  override withNode(node: TopologyNode): TopologyIndex {
    return new OverlayIndex(this.base, this.baseMemos, this.extraConnections, [...this.extraNodes, node]);
  }
}

const indexes = new WeakMap<TopologyDocument, TopologyIndex>();

/** The index of a document, built once per document object (documents are treated as immutable). */
export function indexOf(doc: TopologyDocument): TopologyIndex {
  let index = indexes.get(doc);
  if (!index) {
    index = new TopologyIndex(doc);
    indexes.set(doc, index);
  }
  return index;
}

/** Ids of elements, for finding subjects. */
export const ids = (...elements: Array<{ id: ElementId } | undefined>): ElementId[] =>
  elements.filter((e): e is { id: ElementId } => e !== undefined).map((e) => e.id);

export type { NodeId };
