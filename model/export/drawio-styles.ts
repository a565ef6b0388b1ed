/**
 * draw.io styles for each node and connection kind, in draw.io's AWS 2021+ library
 * (`mxgraph.aws4.*`). Shape names and colours are those of draw.io's own "AWS / Groups" and
 * "AWS / Network & Content Delivery" palettes (its Sidebar-AWS4.js), so that an exported diagram
 * looks and behaves like one drawn in draw.io: groups are containers, icons keep their aspect.
 */
import type { TopologyNode } from '../document/types';
import type { ConnectionKind } from '../kinds/connection-kinds';
import { containerVariant, EDGE_LOOKS, INK, type ContainerVariant } from './export-palette';

const GROUP_BASE = 'outlineConnect=0;gradientColor=none;html=1;whiteSpace=wrap;fontSize=12;fontStyle=0;container=1;pointerEvents=0;collapsible=0;recursiveResize=0;shape=mxgraph.aws4.group;verticalAlign=top;align=left;spacingLeft=30;';

/** AWS group styles: `grIcon` is the corner icon, colours as draw.io's palette sets them. */
const GROUP_STYLES: Record<ContainerVariant, string> = {
  region: 'grIcon=mxgraph.aws4.group_region;strokeColor=#00A4A6;fillColor=none;fontColor=#147EBA;dashed=1;',
  vpc: 'grIcon=mxgraph.aws4.group_vpc2;strokeColor=#8C4FFF;fillColor=none;fontColor=#AAB7B8;dashed=0;',
  'subnet-private': 'grIcon=mxgraph.aws4.group_security_group;grStroke=0;strokeColor=#00A4A6;fillColor=#E6F6F7;fontColor=#147EBA;dashed=0;',
  'subnet-public': 'grIcon=mxgraph.aws4.group_security_group;grStroke=0;strokeColor=#7AA116;fillColor=#F2F6E8;fontColor=#248814;dashed=0;',
  'on-premises': 'grIcon=mxgraph.aws4.group_corporate_data_center;strokeColor=#7D8998;fillColor=none;fontColor=#5A6C86;dashed=0;',
};

/** A resource icon (`shape=mxgraph.aws4.<name>`), drawn in one colour. */
const resource = (name: string, fill: string) =>
  `sketch=0;outlineConnect=0;fontColor=#232F3E;gradientColor=none;fillColor=${fill};strokeColor=none;dashed=0;verticalLabelPosition=bottom;verticalAlign=top;align=center;html=1;fontSize=12;fontStyle=0;aspect=fixed;pointerEvents=1;shape=mxgraph.aws4.${name};`;

/** A service icon (a white glyph on a coloured square: `shape=mxgraph.aws4.resourceIcon`). */
const service = (name: string, fill: string) =>
  `sketch=0;outlineConnect=0;fontColor=#232F3E;fillColor=${fill};strokeColor=#ffffff;dashed=0;verticalLabelPosition=bottom;verticalAlign=top;align=center;html=1;fontSize=12;fontStyle=0;aspect=fixed;shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.${name};`;

const NETWORKING = '#8C4FFF';
const COMPUTE = '#ED7100';
const GENERAL = '#232F3D';

/** The style of a leaf node, by kind (and load balancer type). */
function leafStyle(node: TopologyNode): string {
  switch (node.kind) {
    case 'internet-gateway':
    case 'egress-only-internet-gateway':
      return resource('internet_gateway', NETWORKING);
    case 'nat-gateway':
      return resource('nat_gateway', NETWORKING);
    case 'vpn-gateway':
      return resource('vpn_gateway', NETWORKING);
    case 'transit-gateway':
      return service('transit_gateway', NETWORKING);
    case 'dx-gateway':
      return resource('gateway', NETWORKING);
    case 'dx-connection':
      return service('direct_connect', NETWORKING);
    case 'vpn-connection':
      return resource('vpn_connection', NETWORKING);
    case 'customer-gateway':
      return resource('customer_gateway', NETWORKING);
    case 'vpc-endpoint':
      return resource('endpoints', NETWORKING);
    case 'endpoint-service':
      return service('vpc_privatelink', NETWORKING);
    case 'load-balancer':
      return resource(node.props?.type === 'nlb' ? 'network_load_balancer' : 'application_load_balancer', NETWORKING);
    case 'instance':
      return resource('instance2', COMPUTE);
    case 'internet':
      return resource('internet_alt2', GENERAL);
    default:
      return resource('general', GENERAL);
  }
}

/** The draw.io style of a node; `onEdge` gives a gateway on a VPC's border a label background. */
export function drawioNodeStyle(node: TopologyNode, onEdge: boolean): string {
  const variant = containerVariant(node);
  if (variant) return GROUP_BASE + GROUP_STYLES[variant];
  return leafStyle(node) + (onEdge ? `labelBackgroundColor=${INK.background};` : '');
}

/**
 * The draw.io style of a connection: its colour, width and dashes as the canvas draws it
 * (`fixDash=1` keeps dash lengths in pixels rather than multiples of the width), arrowheads for
 * flows, straight segments through the laid-out route's bends.
 */
export function drawioEdgeStyle(kind: ConnectionKind, bidirectional: boolean): string {
  const look = EDGE_LOOKS[kind];
  const dash = look.dash ? `dashed=1;dashPattern=${look.dash};fixDash=1;` : 'dashed=0;';
  const arrows = look.arrow ? `endArrow=block;endFill=1;startArrow=${bidirectional ? 'block' : 'none'};startFill=1;` : 'endArrow=none;startArrow=none;';
  return `edgeStyle=none;rounded=1;html=1;${arrows}strokeColor=${look.stroke};strokeWidth=${look.width};${dash}fontSize=11;fontColor=${INK.muted};labelBackgroundColor=${INK.background};`;
}
