import { contains, overlaps, type CidrBlock } from '../cidr/cidr';
import type { Connection, TopologyNode } from '../document/types';
import { isKind } from '../document/kind-guards';
import { attachmentLabel, routeDestination, routeFactsOf, routeTableLabel, routesOf, routeText, routingOf, subnetRouteTable, type RoutedVpc } from '../graph/routing';
import type { TopologyIndex } from '../graph/topology-index';
import type { Route, VpcRouteTable } from '../kinds/route-tables';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** The tables that route what the attachment brings into the VPC: its subnets' tables, or the main table when it lists none. */
function arrivalTables(index: TopologyIndex, attachment: Connection<'tgw-attachment'>, routed: RoutedVpc): VpcRouteTable[] {
  const tables: VpcRouteTable[] = [];
  const add = (table: VpcRouteTable | undefined) => {
    if (table && !tables.includes(table)) tables.push(table);
  };
  const subnets = index.connectionProps(attachment).subnets;
  if (subnets.length === 0) add(routed.mains.length === 1 ? routed.mains[0] : undefined);
  for (const id of subnets) {
    const subnet = index.node(id);
    if (subnet?.kind === 'subnet' && index.parentOf(subnet) === routed.vpc) add(subnetRouteTable(index, subnet)?.table);
  }
  return tables;
}

/**
 * The destinations the transit gateway sends into the VPC by this attachment: the destinations of
 * its static routes to the attachment, and the VPC's blocks when a table learns them by propagation
 * (always, for an implicitly routed gateway, whose default table propagates every attachment).
 */
function arrivingDestinations(index: TopologyIndex, tgw: TopologyNode, attachment: Connection, vpc: TopologyNode<'vpc'>): CidrBlock[] {
  const routedTgw = routingOf(index).routedTgw(tgw);
  const own = [...index.ipv4Blocks(vpc), ...index.ipv6Blocks(vpc)];
  if (!routedTgw) return own;
  const destinations: CidrBlock[] = [];
  let propagated = false;
  for (const table of routedTgw.tables) {
    if (table.propagations?.includes(attachment.id)) propagated = true;
    for (const route of routesOf(table)) {
      const destination = route.target === attachment.id ? routeDestination(route) : undefined;
      if (destination) destinations.push(destination);
    }
  }
  return propagated ? [...destinations, ...own] : destinations;
}

/**
 * True when the route to an appliance carries some of the traffic for `destination`: they overlap,
 * and the local route does not win (a destination inside the VPC is local unless the appliance
 * route is the more specific subnet route AWS allows).
 */
function catches(route: CidrBlock, destination: CidrBlock, own: readonly CidrBlock[]): boolean {
  if (!overlaps(route, destination)) return false;
  return own.some((b) => contains(b, route)) || !own.some((b) => contains(b, destination));
}

function applianceModeProblem(index: TopologyIndex, attachment: Connection<'tgw-attachment'>): Finding | undefined {
  if (index.connectionProps(attachment).applianceMode) return undefined;
  const ends = [index.node(attachment.source), index.node(attachment.target)];
  const tgw = ends.find((n) => n?.kind === 'transit-gateway');
  const vpc = ends.find((n) => isKind(n, 'vpc'));
  const routed = vpc && routingOf(index).routedVpc(vpc);
  if (!tgw || !vpc || !routed) return undefined;
  const applianceRoutes: Array<{ table: VpcRouteTable; route: Route; block: CidrBlock }> = [];
  for (const table of arrivalTables(index, attachment, routed)) {
    for (const route of routesOf(table)) {
      const block = index.node(route.target)?.kind === 'instance' ? routeDestination(route) : undefined;
      if (block) applianceRoutes.push({ table, route, block });
    }
  }
  if (applianceRoutes.length === 0) return undefined;
  const own = [...index.ipv4Blocks(vpc), ...index.ipv6Blocks(vpc)];
  const destinations = arrivingDestinations(index, tgw, attachment, vpc);
  const hit = applianceRoutes.find((a) => destinations.some((d) => catches(a.block, d, own)));
  if (!hit) return undefined;
  return {
    ...finding(
      'appliance-mode-off',
      `${attachmentLabel(index, tgw, attachment)} brings traffic from ${index.label(tgw)} that ${routeTableLabel(hit.table)} of ${index.label(vpc)} sends through an appliance (${routeText(index, hit.route)}), ` +
        'but appliance mode is off: the transit gateway may send the two directions of a flow to different availability zones, and a stateful appliance drops what it did not see begin. Turn appliance mode on.',
      [attachment.id, vpc.id, hit.route.target, tgw.id, hit.table.id],
    ),
    fix: { label: 'Turn appliance mode on', element: attachment.id, prop: 'applianceMode', value: true },
  };
}

/**
 * `appliance-mode-off`: a transit gateway sends traffic into a VPC whose attachment subnets' tables
 * route it to an appliance instance, and that attachment's appliance mode is off.
 */
export const applianceModeOff = defineRule('appliance-mode-off', {
  check: (index) => {
    const findings: Finding[] = [];
    // Only VPCs with a route to an appliance can have the problem; most documents have none.
    const withAppliance = new Set<string>(routeFactsOf(index).toInstances.map((fact) => fact.owner.node.id));
    if (withAppliance.size === 0) return findings;
    for (const attachment of index.connectionsOfKind('tgw-attachment')) {
      if (!withAppliance.has(attachment.source) && !withAppliance.has(attachment.target)) continue;
      const problem = applianceModeProblem(index, attachment);
      if (problem) findings.push(problem);
    }
    return findings;
  },
});
