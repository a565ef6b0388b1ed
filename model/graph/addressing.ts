/**
 * Every CIDR a document holds, parsed once per index and shared by the rules that judge them
 * (`cidr-invalid`, `cidr-host-bits`, `subnet-outside-vpc`, `subnet-cidr-size`, …). On a network
 * of 50,000 subnets each rule re-reading props, parents and blocks node by node cost more than
 * the rules' own logic: these tables are built in one pass and each rule walks a plain array.
 * Only the few flawed fields are kept as objects: one per field would be garbage on every edit.
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
  /**
   * The CIDR fields whose text does not parse as a block of the field's family, or whose address
   * has host bits set: what `cidr-invalid` and `cidr-host-bits` report. Nodes in document order,
   * then the allowed prefixes of DX gateway associations. (Every other field parses to the block
   * that `index.ipv4Blocks`, `index.ipv6Blocks` and `subnets` give.)
   */
  flawedFields: readonly CidrField[];
  /** Every subnet, in document order (`index.nodesOfKind('subnet')`). */
  subnets: readonly SubnetAddress[];
}

/** The VPC a subnet is drawn in, when its parent is one (anything else is `parent-invalid`'s to report). */
export function subnetVpc(index: TopologyIndex, subnet: TopologyNode): TopologyNode<'vpc'> | undefined {
  const parent = index.parentOf(subnet);
  return parent?.kind === 'vpc' ? parent : undefined;
}

function build(index: TopologyIndex): Addressing {
  const flawedFields: CidrField[] = [];
  const subnets: SubnetAddress[] = [];
  /** Parses one field, keeping it when it is flawed; returns its block when it parses. */
  const read = (element: CidrField['element'], node: TopologyNode | undefined, field: string, text: string, family: IpFamily, position?: number) => {
    const result = parseCidr(text, family);
    if (!result.ok || result.block.hostBitsSet) {
      const entry: CidrField = { element, field, text, family, result };
      if (node) entry.node = node;
      if (position !== undefined) entry.position = position;
      flawedFields.push(entry);
    }
    return result.ok ? result.block : undefined;
  };
  for (const node of index.nodes()) {
    if (node.kind === 'vpc' || node.kind === 'on-premises') {
      const cidrs = index.props(node).cidrs ?? [];
      for (let i = 0; i < cidrs.length; i++) read(node, node, 'cidrs', cidrs[i]!, 4, i);
      if (node.kind === 'vpc') {
        const ipv6 = index.props(node).ipv6Cidrs ?? [];
        for (let i = 0; i < ipv6.length; i++) read(node, node, 'ipv6Cidrs', ipv6[i]!, 6, i);
      }
    } else if (node.kind === 'subnet') {
      const props = index.props(node);
      const ipv4 = props.cidr !== undefined ? read(node, node, 'cidr', props.cidr, 4) : undefined;
      const ipv6 = props.ipv6Cidr !== undefined ? read(node, node, 'ipv6Cidr', props.ipv6Cidr, 6) : undefined;
      subnets.push({ subnet: node, props, vpc: subnetVpc(index, node), ipv4, ipv6 });
    }
  }
  for (const connection of index.connectionsOfKind('dxgw-association')) {
    const prefixes = index.connectionProps(connection).allowedPrefixes;
    for (let i = 0; i < prefixes.length; i++) read(connection, undefined, 'allowedPrefixes', prefixes[i]!, 4, i);
  }
  return { flawedFields, subnets };
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
