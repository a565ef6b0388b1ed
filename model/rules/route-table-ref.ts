import type { Connection, TopologyNode } from '../document/types';
import { connectionLabel, isAttachmentOf, routeTableLabel, routingOf, type Routing, sentence } from '../graph/routing';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/**
 * How a finding names what a reference points at: a route table with its owner, a node or a
 * connection, or the bare id when it names nothing. Also the ids to list as subjects for it.
 */
function referenced(index: TopologyIndex, routing: Routing, id: string): { text: string; subjects: string[] } {
  const table = routing.tables.get(id);
  if (table) return { text: `${routeTableLabel(table.table)} of ${index.label(table.node)}`, subjects: [table.node.id, id] };
  const node = index.node(id);
  if (node) return { text: index.label(node), subjects: [id] };
  const connection = index.connection(id);
  if (connection) return { text: connectionLabel(connection), subjects: [id] };
  return { text: `${JSON.stringify(id)} (no element or route table has that id)`, subjects: [] };
}

/** A subnet's `routeTable` and an endpoint's `routeTables` must name tables of their own VPC. */
function tableReferences(index: TopologyIndex, routing: Routing, findings: Finding[]): void {
  const check = (element: TopologyNode, vpc: TopologyNode<'vpc'>, id: string, what: string) => {
    const entry = routing.tables.get(id);
    if (entry?.owner === 'vpc' && entry.node === vpc) return;
    const target = referenced(index, routing, id);
    findings.push(
      finding('route-table-ref', `${index.label(element)} ${what} ${target.text}, which is not a route table of ${index.label(vpc)}; it can only use its own VPC's tables.`, [
        element.id,
        vpc.id,
        ...target.subjects.filter((s) => s !== vpc.id),
      ]),
    );
  };
  for (const subnet of index.nodesOfKind('subnet')) {
    const ref = index.props(subnet).routeTable;
    const vpc = index.parentOf(subnet);
    if (ref !== undefined && vpc?.kind === 'vpc') check(subnet, vpc, ref, 'is associated with');
  }
  for (const endpoint of index.nodesOfKind('vpc-endpoint')) {
    const refs = index.props(endpoint).routeTables;
    const vpc = refs.length > 0 ? index.vpcOf(endpoint) : undefined;
    if (vpc) for (const ref of new Set(refs)) check(endpoint, vpc, ref, 'is associated with');
  }
}

/** A transit gateway attachment's `subnets` must be subnets of the attached VPC. */
function attachmentSubnets(index: TopologyIndex, routing: Routing, attachment: Connection<'tgw-attachment'>, findings: Finding[]): void {
  const subnets = index.connectionProps(attachment).subnets;
  if (subnets.length === 0) return;
  const ends = [index.node(attachment.source), index.node(attachment.target)];
  const vpc = ends.find((n) => n?.kind === 'vpc');
  if (!vpc) return;
  for (const id of new Set(subnets)) {
    const subnet = index.node(id);
    if (subnet?.kind === 'subnet' && index.parentOf(subnet) === vpc) continue;
    const target = referenced(index, routing, id);
    findings.push(
      finding(
        'route-table-ref',
        `${connectionLabel(attachment)} lists ${target.text} among its subnets, which is not a subnet of ${index.label(vpc)}; a transit gateway attachment has its interfaces in subnets of the attached VPC.`,
        [attachment.id, vpc.id, ...target.subjects.filter((s) => s !== vpc.id)],
      ),
    );
  }
}

/** A VPC table's `propagate` must name the VPC's own virtual private gateway. */
function vpcPropagations(index: TopologyIndex, routing: Routing, findings: Finding[]): void {
  for (const { vpc, tables } of routing.vpcs) {
    for (const table of tables) {
      for (const id of new Set(table.propagate ?? [])) {
        const node = index.node(id);
        if (node?.kind === 'vpn-gateway' && index.parentOf(node) === vpc) continue;
        const target = referenced(index, routing, id);
        findings.push(
          finding(
            'route-table-ref',
            `${sentence(routeTableLabel(table))} of ${index.label(vpc)} propagates routes from ${target.text}, which is not a virtual private gateway attached to ${index.label(vpc)}; only the VPC's own VGW propagates into its tables.`,
            [vpc.id, ...target.subjects.filter((s) => s !== vpc.id && s !== table.id), table.id],
          ),
        );
      }
    }
  }
}

/** A transit gateway table's `associations` and `propagations` must name attachments of that gateway. */
function tgwReferences(index: TopologyIndex, routing: Routing, findings: Finding[]): void {
  for (const { tgw, tables } of routing.tgws) {
    for (const table of tables) {
      for (const [field, verb] of [['associations', 'is associated with'], ['propagations', 'learns routes from']] as const) {
        for (const id of new Set(table[field] ?? [])) {
          const connection = index.connection(id);
          if (connection && isAttachmentOf(connection, tgw)) continue;
          const target = referenced(index, routing, id);
          findings.push(
            finding(
              'route-table-ref',
              `${sentence(routeTableLabel(table))} of ${index.label(tgw)} ${verb} ${target.text}, which is not an attachment of ${index.label(tgw)}; its tables list only the VPC, VPN, Direct Connect gateway and peering attachments that end on it.`,
              [tgw.id, ...target.subjects.filter((s) => s !== tgw.id && s !== table.id), table.id],
            ),
          );
        }
      }
    }
  }
}

/**
 * `route-table-ref`: a subnet's or endpoint's route table, an attachment's subnet, a VPC table's
 * propagating VGW or a transit gateway table's association or propagation that names something
 * it may not. A reference that names nothing is reported, never refused, so a half-made table opens.
 */
export const routeTableRef = defineRule('route-table-ref', {
  check: (index) => {
    const routing = routingOf(index);
    const findings: Finding[] = [];
    tableReferences(index, routing, findings);
    for (const attachment of index.connectionsOfKind('tgw-attachment')) attachmentSubnets(index, routing, attachment, findings);
    vpcPropagations(index, routing, findings);
    tgwReferences(index, routing, findings);
    return findings;
  },
});
