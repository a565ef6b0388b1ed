import { routeTableLabel, routingOf, type RoutedVpc } from '../graph/routing';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

const list = (labels: string[]) => labels.join(', ');

/** The finding for a VPC whose tables have no main table or several; undefined when exactly one is main. */
function mainTableProblem(index: TopologyIndex, { vpc, tables, mains }: RoutedVpc): Finding | undefined {
  if (mains.length === 1) return undefined;
  if (mains.length === 0) {
    return finding(
      'route-table-main',
      `${index.label(vpc)} has route tables (${list(tables.map((t) => routeTableLabel(t)))}) but none is its main table; subnets without an explicit association use the main table, so mark exactly one as main.`,
      [vpc.id, ...tables.map((t) => t.id)],
    );
  }
  return finding(
    'route-table-main',
    `${index.label(vpc)} has ${mains.length} main route tables (${list(mains.map((t) => routeTableLabel(t)))}); a VPC has exactly one main table, which every subnet without an explicit association uses.`,
    [vpc.id, ...mains.map((t) => t.id)],
  );
}

/** `route-table-main`: an explicitly routed VPC without exactly one main route table. */
export const routeTableMain = defineRule('route-table-main', {
  check: (index) => {
    const findings: Finding[] = [];
    for (const routed of routingOf(index).vpcs) {
      const problem = mainTableProblem(index, routed);
      if (problem) findings.push(problem);
    }
    return findings;
  },
});
