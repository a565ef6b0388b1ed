import type { TopologyNode } from '../document/types';
import { parseCidr, type IpFamily } from '../cidr/cidr';
import { CONNECTION_KINDS } from '../kinds/connection-kinds';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** One CIDR string held by a node or a connection, with the family its field expects. */
export interface CidrField {
  element: { id: string; name?: string };
  /** The prop that holds the text (`cidrs`, `ipv6Cidrs`, `cidr`, `ipv6Cidr`, `allowedPrefixes`). */
  field: string;
  text: string;
  family: IpFamily;
  /** Set when the element is a node. */
  node?: TopologyNode;
  /** The text's position in a list prop; undefined for single-valued props. */
  position?: number;
}

/** Every CIDR string a node or connection holds, with the family its field expects. */
export function* cidrFields(index: TopologyIndex): Generator<CidrField> {
  for (const node of index.nodes()) {
    if (node.kind === 'vpc' || node.kind === 'on-premises') {
      const p = index.props(node as TopologyNode<'vpc'>);
      const cidrs = p.cidrs ?? [];
      for (let i = 0; i < cidrs.length; i++) yield { element: node, node, field: 'cidrs', text: cidrs[i]!, family: 4, position: i };
      if (node.kind === 'vpc') {
        const ipv6 = p.ipv6Cidrs ?? [];
        for (let i = 0; i < ipv6.length; i++) yield { element: node, node, field: 'ipv6Cidrs', text: ipv6[i]!, family: 6, position: i };
      }
    } else if (node.kind === 'subnet') {
      const p = index.props(node as TopologyNode<'subnet'>);
      if (p.cidr !== undefined) yield { element: node, node, field: 'cidr', text: p.cidr, family: 4 };
      if (p.ipv6Cidr !== undefined) yield { element: node, node, field: 'ipv6Cidr', text: p.ipv6Cidr, family: 6 };
    }
  }
  for (const connection of index.connectionsOfKind('dxgw-association')) {
    const prefixes = index.connectionProps(connection).allowedPrefixes;
    for (let i = 0; i < prefixes.length; i++) {
      yield { element: connection, field: 'allowedPrefixes', text: prefixes[i]!, family: 4, position: i };
    }
  }
}

/** How a finding names the owner of a CIDR field: `VPC prod`, or `Direct Connect gateway association assoc-1`. */
export function fieldOwnerLabel(index: TopologyIndex, field: CidrField): string {
  if (field.node) return index.label(field.node);
  const connection = index.connection(field.element.id);
  const kind = connection ? CONNECTION_KINDS[connection.kind].label : 'Connection';
  return `${kind} ${field.element.name?.trim() || field.element.id}`;
}

function check(index: TopologyIndex): Finding[] {
  const findings: Finding[] = [];
  for (const field of cidrFields(index)) {
    const result = parseCidr(field.text, field.family);
    if (!result.ok) {
      findings.push(
        finding('cidr-invalid', `${fieldOwnerLabel(index, field)}: ${JSON.stringify(field.text)} in ${field.field} ${result.reason}.`, [field.element.id]),
      );
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

/** `cidr-invalid`: a CIDR that does not parse as a block of its field's family, or a missing required block. */
export const cidrInvalid = defineRule('cidr-invalid', { check });
