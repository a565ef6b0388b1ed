'use client';
/**
 * A VPC's route tables in the inspector: each table as a table of routes (local, static,
 * propagated), with the add-route row, the main-table choice, its name, VGW propagation and the
 * subnets that use it. A VPC without tables is implicitly routed until its first table is added.
 */
import { indexOf, type TopologyNode, type VpcRouteTable } from '../../../../model';
import { addRoute, addVpcRouteTable, removeRoute, removeRouteTable, renameRouteTable, setMainRouteTable, setVgwPropagation } from '../../../../model/edit/route-table-edits';
import { vpcTablePropagatedRoutes } from '../../../../model/graph/propagated-routes';
import { vpcRouteTargets, type RouteTargetOption } from '../../../../model/graph/route-targets';
import { routesOf, subnetRouteTable, targetLabel } from '../../../../model/graph/routing';
import type { TopologyIndex } from '../../../../model/graph/topology-index';
import { displayName } from '../../canvas/nodes/labels';
import { useDocument } from '../../store/editor-context';
import { AddRouteForm } from './add-route-form';
import { RouteTableHead } from './route-table-head';
import { RouteRows, type RouteRow } from './route-rows';
import { useRoutingEdit } from './use-routing-edit';
import './routing.css';

const tableName = (table: { id: string; name?: string }) => table.name?.trim() || table.id;

function optionLabel(option: RouteTargetOption): string {
  return option.caution ? `${option.label} (source/dest check on)` : option.label;
}

/** The rows of one VPC table: local routes, static routes, propagated routes. */
function rowsOf(index: TopologyIndex, vpc: TopologyNode, table: VpcRouteTable, usable: ReadonlySet<string>, remove: (position: number) => void): RouteRow[] {
  const local: RouteRow[] = [...index.ipv4Blocks(vpc), ...index.ipv6Blocks(vpc)].map((b) => ({ destination: b.text, target: 'local', kind: 'local' }));
  const statics: RouteRow[] = routesOf(table).map((route, i) => ({
    destination: route.destination,
    target: targetLabel(index, route.target),
    kind: 'static',
    ...(usable.has(route.target) ? {} : { problem: 'not a target this VPC can use: the route drops what it matches' }),
    onRemove: () => remove(i),
  }));
  const propagated: RouteRow[] = vpcTablePropagatedRoutes(index, vpc, table).map((p) => ({
    destination: p.destination,
    target: targetLabel(index, p.via),
    kind: 'propagated',
    source: `propagated from ${index.label(index.node(p.owner))}`,
  }));
  return [...local, ...statics, ...propagated];
}

function VpcRouteTable({ vpc, table, tables, index, targets, vgws }: { vpc: TopologyNode; table: VpcRouteTable; tables: readonly VpcRouteTable[]; index: TopologyIndex; targets: readonly RouteTargetOption[]; vgws: readonly TopologyNode[] }) {
  const { edit, type } = useRoutingEdit();
  const name = tableName(table);
  const usable = new Set(targets.map((t) => t.id));
  const rows = rowsOf(index, vpc, table, usable, (i) => edit((d) => removeRoute(d, vpc.id, table.id, i)));
  const subnets = index.childrenOfKind(vpc.id, 'subnet').filter((s) => subnetRouteTable(index, s)?.table === table);
  const mainAlone = table.main === true && tables.length > 1;
  const idBase = `rt-${table.id}`;
  return (
    <section className="vc-rt" aria-label={`Route table ${name}`} data-table={table.id}>
      <RouteTableHead
        table={table}
        name={name}
        onRename={(value) => type(`${table.id}:name`, (d) => renameRouteTable(d, vpc.id, table.id, value))}
        onDelete={() => edit((d) => removeRouteTable(d, vpc.id, table.id))}
        {...(mainAlone ? { deleteRefusal: 'AWS does not delete a VPC’s main route table: make another table main first' } : {})}
      >
        <label className="vc-rt-main" title="Subnets without a table of their own use the main table">
          <input type="radio" name={`main-${vpc.id}`} checked={table.main === true} onChange={() => edit((d) => setMainRouteTable(d, vpc.id, table.id))} /> Main
        </label>
      </RouteTableHead>
      <RouteRows caption={`Routes of route table ${name}`} rows={rows} empty="No routes." />
      <AddRouteForm
        id={idBase}
        targets={targets.map((t) => ({ id: t.id, label: optionLabel(t) }))}
        taken={routesOf(table).map((r) => r.destination)}
        onAdd={(destination, target) => edit((d) => addRoute(d, vpc.id, table.id, { destination, target }))}
        noTargets="Nothing to route to yet: add an internet gateway, a NAT gateway, a transit gateway attachment or a peering to this VPC."
      />
      {vgws.map((vgw) => (
        <div key={vgw.id} className="vc-check-field vc-rt-check">
          <input
            id={`${idBase}-propagate-${vgw.id}`}
            type="checkbox"
            checked={Array.isArray(table.propagate) && table.propagate.includes(vgw.id)}
            onChange={(e) => edit((d) => setVgwPropagation(d, vpc.id, table.id, vgw.id, e.target.checked))}
          />
          <label htmlFor={`${idBase}-propagate-${vgw.id}`}>Propagate routes from {index.label(vgw)}</label>
        </div>
      ))}
      <p className="vc-rt-subnets">
        <span className="vc-muted">Used by: </span>
        {subnets.length === 0 ? (
          <span className="vc-muted">no subnet</span>
        ) : (
          subnets.map((s, i) => (
            <span key={s.id}>
              {i > 0 && ', '}
              {displayName(s)}
              {subnetRouteTable(index, s)?.explicit ? '' : ' (main)'}
            </span>
          ))
        )}
      </p>
    </section>
  );
}

export function VpcRouteTables({ vpc }: { vpc: TopologyNode<'vpc'> }) {
  const doc = useDocument();
  const { edit } = useRoutingEdit();
  const index = indexOf(doc);
  const tables = index.props(vpc).routeTables;
  const list = Array.isArray(tables) ? tables : [];
  const add = () => edit((d) => addVpcRouteTable(d, vpc.id).doc);
  return (
    <section className="vc-routing" aria-label="Route tables">
      <h3>Route tables</h3>
      {list.length === 0 ? (
        <div className="vc-rt-implicit">
          <p>
            <strong>Implicitly routed.</strong> <span className="vc-muted">Traffic may use every connection drawn to this VPC.</span>
          </p>
          <button type="button" className="vc-button" onClick={add}>
            Add a route table
          </button>
          <p className="vc-muted vc-rt-note">The first table is the main table and starts with only the local route: traffic then goes only where its routes send it.</p>
        </div>
      ) : (
        <>
          {list.map((table) => (
            <VpcRouteTable key={table.id} vpc={vpc} table={table} tables={list} index={index} targets={vpcRouteTargets(index, vpc)} vgws={index.childrenOfKind(vpc.id, 'vpn-gateway')} />
          ))}
          <button type="button" className="vc-link-button" onClick={add}>
            + Add a route table
          </button>
        </>
      )}
    </section>
  );
}
