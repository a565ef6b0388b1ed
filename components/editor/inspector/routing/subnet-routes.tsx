'use client';
/** The routes a subnet uses, read-only, under its route table choice: its table's local, static and propagated routes. */
import { indexOf, type TopologyNode } from '../../../../model';
import { vpcTablePropagatedRoutes } from '../../../../model/graph/propagated-routes';
import { routesOf, subnetRouteTable, targetLabel } from '../../../../model/graph/routing';
import { useDocument } from '../../store/editor-context';
import { RouteRows, type RouteRow } from './route-rows';
import './routing.css';

export function SubnetRoutes({ subnet }: { subnet: TopologyNode<'subnet'> }) {
  const doc = useDocument();
  const index = indexOf(doc);
  const vpc = index.parentOf(subnet);
  const entry = subnetRouteTable(index, subnet);
  if (!vpc || !entry) return null;
  const { table, explicit } = entry;
  const name = table.name?.trim() || table.id;
  const rows: RouteRow[] = [
    ...[...index.ipv4Blocks(vpc), ...index.ipv6Blocks(vpc)].map((b): RouteRow => ({ destination: b.text, target: 'local', kind: 'local' })),
    ...routesOf(table).map((r): RouteRow => ({ destination: r.destination, target: targetLabel(index, r.target), kind: 'static' })),
    ...vpcTablePropagatedRoutes(index, vpc, table).map((p): RouteRow => ({
      destination: p.destination,
      target: targetLabel(index, p.via),
      kind: 'propagated',
      source: `propagated from ${index.label(index.node(p.owner))}`,
    })),
  ];
  return (
    <section className="vc-routing vc-subnet-routes" aria-label="Routes of this subnet">
      <p className="vc-muted vc-rt-note">
        Routes of {explicit ? 'route table' : 'the main route table'} <strong>{name}</strong> (edit them on the VPC):
      </p>
      <RouteRows caption={`Routes of route table ${name}`} rows={rows} empty="No routes." />
    </section>
  );
}
