import type { TopologyNode } from '../document/types';
import { routeFactsOf, routeTableLabel } from '../graph/routing';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** Each instance that VPC routes target, with the routes (as `table: destination`) and the tables and VPCs they belong to. */
interface ApplianceUse {
  instance: TopologyNode<'instance'>;
  vpcs: Set<string>;
  tables: Set<string>;
  routes: string[];
}

function uses(index: TopologyIndex): Map<string, ApplianceUse> {
  const byInstance = new Map<string, ApplianceUse>();
  for (const { owner, route, targetNode } of routeFactsOf(index).toInstances) {
    const instance = targetNode as TopologyNode<'instance'>;
    let use = byInstance.get(instance.id);
    if (!use) byInstance.set(instance.id, (use = { instance, vpcs: new Set(), tables: new Set(), routes: [] }));
    use.vpcs.add(owner.node.id);
    use.tables.add(owner.table.id);
    use.routes.push(`${routeTableLabel(owner.table)}: ${route.destination}`);
  }
  return byInstance;
}

/** `appliance-source-dest-check`: a route targets an instance whose source/destination check is on, so it drops traffic it does not own. */
export const applianceSourceDestCheck = defineRule('appliance-source-dest-check', {
  check: (index) => {
    const findings: Finding[] = [];
    for (const { instance, vpcs, tables, routes } of uses(index).values()) {
      if (!index.props(instance).sourceDestCheck) continue;
      findings.push({
        ...finding(
          'appliance-source-dest-check',
          `Routes send traffic through ${index.label(instance)} (${routes.join('; ')}), but its source/destination check is on, so it drops every packet that is not addressed to it; ` +
            'turn the check off on an instance that forwards traffic (NAT instance, firewall, router).',
          [instance.id, ...vpcs, ...tables],
        ),
        fix: { label: 'Turn the source/destination check off', element: instance.id, prop: 'sourceDestCheck', value: false },
      });
    }
    return findings;
  },
});
