/**
 * Every CIDR a document holds, parsed once per index and shared by the rules that judge them
 * (`cidr-invalid`, `cidr-host-bits`, `subnet-outside-vpc`, `subnet-cidr-size`, …). On a network
 * of 50,000 subnets each rule re-reading props, parents and blocks node by node cost more than
 * the rules' own logic: these tables are built in one pass and each rule walks a plain array.
 */
import { parseCidr, type CidrBlock, type CidrParseResult, type IpFamily } from '../cidr/cidr';
import type { TopologyNode } from '../document/types';
import type { SubnetProps } from '../kinds/node-kinds';
import type { TopologyIndex } from './topology-index';

/** One CIDR string held by a node or a connection, with the family its field expects and how it parses. */
export interface CidrField {
  element: { id: string; name?: string };
  /** The prop that holds the text (`cidrs`, `ipv6Cidrs`, `cidr`, `ipv6Cidr`, `allowedPrefixes`). */
  field: string;
  text: string;
  family: IpFamily;
  /** `parseCidr(text, family)`. */
  result: CidrParseResult;
  /** Set when the element is a node. */
  node?: TopologyNode;
  /** The text's position in a list prop; undefined for single-valued props. */
  position?: number;
}

/** A subnet with what the addressing rules read about it. */
export interface SubnetAddress {
  subnet: TopologyNode<'subnet'>;
  props: SubnetProps;
  /** `subnetVpc(index, subnet)`. */
  vpc: TopologyNode<'vpc'> | undefined;
  /** Its IPv4 and IPv6 blocks, when given and they parse as blocks of their family. */
  ipv4: CidrBlock | undefined;
  ipv6: CidrBlock | undefined;
}

export interface Addressing {
  /** Every CIDR field: nodes in document order, then the allowed prefixes of DX gateway associations. */
  fields: readonly CidrField[];
  /** Every subnet, in document order (`index.nodesOfKind('subnet')`). */
  subnets: readonly SubnetAddress[];
}

/** The VPC a subnet is drawn in, when its parent is one (anything else is `parent-invalid`'s to report). */
export function subnetVpc(index: TopologyIndex, subnet: TopologyNode): TopologyNode<'vpc'> | undefined {
  const parent = index.parentOf(subnet);
  return parent?.kind === 'vpc' ? (parent as TopologyNode<'vpc'>) : undefined;
}

function build(index: TopologyIndex): Addressing {
  const fields: CidrField[] = [];
  const subnets: SubnetAddress[] = [];
  const add = (element: CidrField['element'], node: TopologyNode | undefined, field: string, text: string, family: IpFamily, position?: number): CidrField => {
    const entry: CidrField = { element, field, text, family, result: parseCidr(text, family) };
    if (node) entry.node = node;
    if (position !== undefined) entry.position = position;
    fields.push(entry);
    return entry;
  };
  const blockOf = (field: CidrField | undefined) => (field?.result.ok ? field.result.block : undefined);
  for (const node of index.nodes()) {
    if (node.kind === 'vpc' || node.kind === 'on-premises') {
      const p = index.props(node as TopologyNode<'vpc'>);
      const cidrs = p.cidrs ?? [];
      for (let i = 0; i < cidrs.length; i++) add(node, node, 'cidrs', cidrs[i]!, 4, i);
      if (node.kind === 'vpc') {
        const ipv6 = p.ipv6Cidrs ?? [];
        for (let i = 0; i < ipv6.length; i++) add(node, node, 'ipv6Cidrs', ipv6[i]!, 6, i);
      }
    } else if (node.kind === 'subnet') {
      const subnet = node as TopologyNode<'subnet'>;
      const props = index.props(subnet);
      const v4 = props.cidr !== undefined ? add(node, node, 'cidr', props.cidr, 4) : undefined;
      const v6 = props.ipv6Cidr !== undefined ? add(node, node, 'ipv6Cidr', props.ipv6Cidr, 6) : undefined;
      subnets.push({ subnet, props, vpc: subnetVpc(index, subnet), ipv4: blockOf(v4), ipv6: blockOf(v6) });
    }
  }
  for (const connection of index.connectionsOfKind('dxgw-association')) {
    const prefixes = index.connectionProps(connection).allowedPrefixes;
    for (let i = 0; i < prefixes.length; i++) add(connection, undefined, 'allowedPrefixes', prefixes[i]!, 4, i);
  }
  return { fields, subnets };
}

const tables = new WeakMap<TopologyIndex, Addressing>();

/**
 * The CIDR fields and subnets of the document an index answers for, built on first use. Kept per
 * index: an index with a proposed change (`withNode`, `withConnection`) gets tables of its own.
 */
export function addressingOf(index: TopologyIndex): Addressing {
  let table = tables.get(index);
  if (!table) {
    table = build(index);
    tables.set(index, table);
  }
  return table;
}
