'use client';
/** The inspector's place for a `route-tables` prop: the VPC or transit gateway editor for it. */
import type { TopologyNode } from '../../../../model';
import { isKind } from '../../../../model/document/kind-guards';
import { TgwRouteTables } from './tgw-route-tables';
import { VpcRouteTables } from './vpc-route-tables';

export function RouteTablesSection({ node }: { node: TopologyNode }) {
  if (isKind(node, 'vpc')) return <VpcRouteTables vpc={node} />;
  if (isKind(node, 'transit-gateway')) return <TgwRouteTables tgw={node} />;
  return null;
}
