/**
 * A reachability matrix stays readable and quick up to a few dozen networks; a design of thousands
 * of VPCs would draw millions of cells (a 1,000-VPC link froze the review page for a minute). Above
 * the limit the review shows the networks in groups — by region, on-premises networks apart — of at
 * most `MATRIX_ROW_LIMIT` rows each, and computes only the group the reader opens.
 */
import type { TopologyDocument, TopologyNode } from '../document/types';
import { indexOf } from '../graph/topology-index';

/** Most rows one matrix shows (its cells are this squared, plus the internet columns). */
export const MATRIX_ROW_LIMIT = 40;

/** A part of the matrix: its rows' ids; the internet columns are added by `reachMatrix`'s caller. */
export interface MatrixGroup {
  key: string;
  label: string;
  ids: string[];
}

const byNameThenId = (a: TopologyNode, b: TopologyNode) => (a.name ?? a.id).localeCompare(b.name ?? b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The groups to show, or `null` when every network fits in one matrix. Groups are the regions
 * (VPCs without a region together), then the on-premises networks, each cut into parts of at most
 * `limit` rows ("eu-west-1 (2 of 3)").
 */
export function matrixGroups(doc: TopologyDocument, limit = MATRIX_ROW_LIMIT): MatrixGroup[] | null {
  const index = indexOf(doc);
  const vpcs = index.nodesOfKind('vpc');
  const sites = index.nodesOfKind('on-premises');
  if (vpcs.length + sites.length <= limit) return null;
  const byRegion = new Map<string, TopologyNode[]>();
  for (const vpc of vpcs) {
    const region = index.regionOf(vpc) ?? '';
    const list = byRegion.get(region);
    if (list) list.push(vpc);
    else byRegion.set(region, [vpc]);
  }
  const parts: Array<{ key: string; label: string; nodes: TopologyNode[] }> = [...byRegion]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : 1))
    .map(([region, nodes]) => ({ key: `region:${region}`, label: region === '' ? 'VPCs without a region' : `VPCs in ${region}`, nodes }));
  if (sites.length > 0) parts.push({ key: 'on-premises', label: 'On-premises networks', nodes: [...sites] });
  const groups: MatrixGroup[] = [];
  for (const part of parts) {
    const sorted = [...part.nodes].sort(byNameThenId);
    const count = Math.ceil(sorted.length / limit);
    for (let i = 0; i < count; i++) {
      groups.push({
        key: count === 1 ? part.key : `${part.key}#${i + 1}`,
        label: count === 1 ? part.label : `${part.label} (${i + 1} of ${count})`,
        ids: sorted.slice(i * limit, (i + 1) * limit).map((n) => n.id),
      });
    }
  }
  return groups;
}

/** The ids of one group's matrix: its rows and every internet node (outbound reach only). */
export function groupMatrixIds(doc: TopologyDocument, group: MatrixGroup): string[] {
  return [...group.ids, ...indexOf(doc).nodesOfKind('internet').map((n) => n.id)];
}
