/**
 * The review page's reachability matrix: for every ordered pair of networks of the design, can
 * traffic flow from the row to the column, and if not, which rules stop it. Every answer is
 * `reach`'s, so the matrix, flows and the command line never disagree.
 */
import type { ElementId, NodeId, TopologyDocument, TopologyNode } from '../document/types';
import { indexOf } from '../graph/topology-index';
import { reachMatrix as reachPairs } from '../reach/reach';
import { ReachInputError, type Blocker, type RouteHop } from '../reach/types';

/** The kinds of node the matrix has a row or column for. */
export type MatrixNetworkKind = 'vpc' | 'on-premises' | 'internet';

const NETWORK_KINDS: readonly MatrixNetworkKind[] = ['vpc', 'on-premises', 'internet'];

/** A row or column of the matrix. */
export interface MatrixNetwork {
  id: NodeId;
  kind: MatrixNetworkKind;
  /** The node's name, or its id when it has none: what a table header shows. */
  name: string;
  /** The kind and name, e.g. `VPC prod`, as findings name it. */
  label: string;
}

/** One ordered pair: `reach(doc, row, column)`'s answer. */
export interface MatrixCell {
  reachable: boolean;
  /** Node and connection ids traversed, when reachable (as `reach` reports them). */
  path: ElementId[];
  /** The rules that stop it, each once, the first met first; empty when reachable. */
  blockedBy: Blocker[];
  /** When reachable through explicitly routed hops: the route used at each (as `reach` reports them). */
  routes?: RouteHop[];
}

/** What `reachMatrix` answers. */
export interface ReachabilityMatrix {
  /** VPCs and on-premises networks, by name, then id. */
  rows: MatrixNetwork[];
  /** The rows, then the internet nodes (only outbound reach to the internet is defined). */
  columns: MatrixNetwork[];
  /** `cells[i][j]` answers from `rows[i]` to `columns[j]`; null where they are the same network. */
  cells: Array<Array<MatrixCell | null>>;
}

const isNetworkKind = (kind: string): kind is MatrixNetworkKind => (NETWORK_KINDS as readonly string[]).includes(kind);

const displayName = (node: TopologyNode): string => node.name?.trim() || node.id;

/**
 * By name, then id: case-insensitively first so that `dev` and `Prod` read in alphabetical order,
 * then by code units so that the order never depends on the reader's locale.
 */
function compareNetworks(a: MatrixNetwork, b: MatrixNetwork): number {
  const byCode = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return byCode(a.name.toLowerCase(), b.name.toLowerCase()) || byCode(a.name, b.name) || byCode(a.id, b.id);
}

/**
 * Reachability between every ordered pair of networks: the document's VPCs and on-premises
 * networks (rows and columns) and its internet nodes (columns only), or just the networks among
 * `ids`. Throws ReachInputError for an id in `ids` that does not exist or is not a VPC, an
 * on-premises network or an internet node. Every cell is `reach`'s answer; the pairs are answered
 * grouped by the search that serves them (`reachMatrix` of `reach.ts`), one search per network.
 */
export function reachMatrix(doc: TopologyDocument, ids?: readonly string[]): ReachabilityMatrix {
  const index = indexOf(doc);
  let nodes: TopologyNode[];
  if (ids === undefined) {
    nodes = NETWORK_KINDS.flatMap((kind) => index.nodesOfKind(kind));
  } else {
    nodes = [];
    const seen = new Set<string>();
    for (const id of ids) {
      const node = index.node(id);
      if (!node) throw new ReachInputError(`no node has id ${JSON.stringify(id)}`);
      if (!isNetworkKind(node.kind)) {
        throw new ReachInputError(`${index.label(node)} is not a network: the matrix takes VPCs, on-premises networks and internet nodes`);
      }
      if (!seen.has(id)) nodes.push(node);
      seen.add(id);
    }
  }
  const networks = nodes
    .map((node): MatrixNetwork => ({ id: node.id, kind: node.kind as MatrixNetworkKind, name: displayName(node), label: index.label(node) }))
    .sort(compareNetworks);
  const rows = networks.filter((n) => n.kind !== 'internet');
  const columns = [...rows, ...networks.filter((n) => n.kind === 'internet')];
  // One grouped question for the whole table: asked cell by cell, the searches (one per network)
  // would outnumber the graph's cache of recent searches above a few dozen networks.
  const answers = reachPairs(
    doc,
    rows.map((row) => row.id),
    columns.map((column) => column.id),
  );
  const cells = rows.map((row, i) =>
    columns.map((column, j): MatrixCell | null => {
      if (row.id === column.id) return null;
      const answer = answers[i]![j]!;
      // Most answers are already a cell (no routes): each is new and used only here, so it is the
      // cell itself rather than a copy (tens of thousands of objects in a large matrix).
      if (answer.routes === undefined) return answer;
      return { reachable: answer.reachable, path: answer.path, blockedBy: answer.blockedBy, ...(answer.routes.length > 0 ? { routes: answer.routes } : {}) };
    }),
  );
  return { rows, columns, cells };
}
