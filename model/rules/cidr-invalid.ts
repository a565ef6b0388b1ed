import type { TopologyNode } from '../document/types';
import { parseCidr, type IpFamily } from '../cidr/cidr';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** Every CIDR string a node or connection holds, with the family its field expects. */
export function* cidrFields(index: TopologyIndex): Generator<{ element: { id: string; name?: string }; field: string; text: string; family: IpFamily; node?: TopologyNode }> {
  for (const node of index.nodes()) {
    if (node.kind === 'vpc' || node.kind === 'on-premises') {
      const p = index.props(node as TopologyNode<'vpc'>);
      for (const text of p.cidrs ?? []) yield { element: node, node, field: 'cidrs', text, family: 4 };
      if (node.kind === 'vpc') for (const text of p.ipv6Cidrs ?? []) yield { element: node, node, field: 'ipv6Cidrs', text, family: 6 };
    } else if (node.kind === 'subnet') {
      const p = index.props(node as TopologyNode<'subnet'>);
      if (p.cidr !== undefined) yield { element: node, node, field: 'cidr', text: p.cidr, family: 4 };
      if (p.ipv6Cidr !== undefined) yield { element: node, node, field: 'ipv6Cidr', text: p.ipv6Cidr, family: 6 };
    }
  }
  for (const connection of index.connectionsOfKind('dxgw-association')) {
    for (const text of index.connectionProps(connection).allowedPrefixes) {
      yield { element: connection, field: 'allowedPrefixes', text, family: 4 };
    }
  }
}

function check(index: TopologyIndex): Finding[] {
  const findings: Finding[] = [];
  for (const { element, node, field, text, family } of cidrFields(index)) {
    const result = parseCidr(text, family);
    if (!result.ok) {
      const owner = node ? index.label(node) : `Connection ${element.name?.trim() || element.id}`;
      findings.push(finding('cidr-invalid', `${owner}: ${JSON.stringify(text)} in ${field} ${result.reason}.`, [element.id]));
    }
  }
  // A VPC must have a primary block and a subnet a block: a missing one is reported here too,
  // so that half-drawn designs open and still say what is missing.
  for (const vpc of index.nodesOfKind('vpc')) {
    if (index.props(vpc).cidrs.length === 0) findings.push(finding('cidr-invalid', `${index.label(vpc)} has no IPv4 CIDR block; every VPC needs a primary block.`, [vpc.id]));
  }
  for (const subnet of index.nodesOfKind('subnet')) {
    if (index.props(subnet).cidr === undefined) findings.push(finding('cidr-invalid', `${index.label(subnet)} has no IPv4 CIDR block.`, [subnet.id]));
  }
  return findings;
}

export const cidrInvalid = defineRule('cidr-invalid', { check });
