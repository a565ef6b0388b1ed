/**
 * Document version 2's routing vocabulary (shared/spec/routing.md): the route tables a VPC or a
 * transit gateway may carry, and where an imported resource came from. These are plain stored
 * shapes, like every prop: references inside them (targets, associations) are checked by rules,
 * never by the parser, so that a half-finished table still opens.
 */

/** The target of a transit gateway route that drops traffic. */
export const BLACKHOLE = 'blackhole';

/** One static route. Unknown fields a newer tool wrote are kept. */
export interface Route {
  /** An IPv4 or IPv6 CIDR; a malformed one is a finding (`route-destination-invalid`). */
  destination: string;
  /**
   * In a VPC table: a node id (internet, egress-only or virtual private gateway, NAT gateway,
   * appliance instance, attached transit gateway) or a `vpc-peering` connection id.
   * In a transit gateway table: an attachment's connection id, or `"blackhole"`.
   */
  target: string;
  [extra: string]: unknown;
}

/** Where a node, connection or route table was imported from; the validator ignores it. */
export interface Origin {
  /** The AWS resource id, the Terraform address or the CloudFormation logical id. */
  id: string;
  kind: 'aws' | 'terraform' | 'cloudformation';
  account?: string;
  region?: string;
}

export const ORIGIN_KINDS: readonly Origin['kind'][] = ['aws', 'terraform', 'cloudformation'];

/** What every route table may carry, whichever gateway owns it. */
interface RouteTableBase {
  /** Unique in the whole document: nodes, connections and route tables share one id space. */
  id: string;
  name?: string;
  routes?: Route[];
  origin?: Origin;
  tags?: Record<string, string>;
  [extra: string]: unknown;
}

/** A VPC route table. Subnets name it in `routeTable`; the `main` one serves the rest. */
export interface VpcRouteTable extends RouteTableBase {
  /** Exactly one table of an explicitly routed VPC is the main table (`route-table-main`). */
  main?: boolean;
  /** Ids of the VPC's virtual private gateway whose learned routes propagate into this table. */
  propagate?: string[];
}

/** A transit gateway route table. Associations, propagations and targets are attachment ids. */
export interface TgwRouteTable extends RouteTableBase {
  /** Attachments whose arriving traffic this table routes (each attachment in at most one table). */
  associations?: string[];
  /** Attachments whose networks this table learns. */
  propagations?: string[];
}

/** Which of the two shapes a `routeTables` prop holds. */
export type RouteTableOwner = 'vpc' | 'tgw';
