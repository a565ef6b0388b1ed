'use client';
/**
 * A transit gateway's route tables in the inspector: each table's static routes (to an attachment
 * or a blackhole) and propagated routes, and the grid of attachments × tables that says which
 * table each attachment is associated with (one, as AWS allows) and which tables it propagates to.
 */
import { BLACKHOLE, indexOf, type Connection, type TgwRouteTable, type TopologyNode } from '../../../../model';
import { addRoute, addTgwRouteTable, removeRoute, removeRouteTable, renameRouteTable, setTgwAssociation, setTgwPropagation } from '../../../../model/edit/route-table-edits';
import { tgwTablePropagatedRoutes } from '../../../../model/graph/propagated-routes';
import { attachmentLabel, routesOf, tgwAttachments, targetLabel } from '../../../../model/graph/routing';
import type { TopologyIndex } from '../../../../model/graph/topology-index';
import { displayName } from '../../canvas/nodes/labels';
import { useDocument } from '../../store/editor-context';
import { AddRouteForm } from './add-route-form';
import { RouteTableHead } from './route-table-head';
import { RouteRows, type RouteRow } from './route-rows';
import { useRoutingEdit } from './use-routing-edit';
import './routing.css';

const tableName = (table: { id: string; name?: string }) => table.name?.trim() || table.id;

const KIND_WORDS: Partial<Record<Connection['kind'], string>> = { 'tgw-attachment': 'VPC', 'vpn-link': 'VPN', 'dxgw-association': 'DX gateway', 'tgw-peering': 'peering' };

/** An attachment as the grid and the target menu name it: its connection's name, else what it attaches. */
function attachmentName(index: TopologyIndex, tgw: TopologyNode, attachment: Connection): string {
  const other = index.otherEnd(attachment, tgw.id);
  const name = attachment.name?.trim() || (other ? displayName(other) : attachment.id);
  return `${name} · ${KIND_WORDS[attachment.kind] ?? attachment.kind}`;
}

/** AWS propagates routes only from VPC, VPN and DX gateway attachments; a peering takes static routes. */
const PEERING_NO_PROPAGATION = 'AWS does not propagate routes over a transit gateway peering: add static routes to the peer’s networks instead';

function TgwRouteTable({ tgw, table, index, attachments }: { tgw: TopologyNode; table: TgwRouteTable; index: TopologyIndex; attachments: ReadonlyMap<string, Connection> }) {
  const { edit, type } = useRoutingEdit();
  const name = tableName(table);
  const nameOf = (id: string) => {
    const attachment = attachments.get(id);
    return attachment ? attachmentName(index, tgw, attachment) : id === BLACKHOLE ? 'blackhole' : targetLabel(index, id);
  };
  const statics: RouteRow[] = routesOf(table).map((route, i) => ({
    destination: route.destination,
    target: nameOf(route.target),
    kind: 'static',
    ...(attachments.has(route.target) || route.target === BLACKHOLE ? {} : { problem: 'not an attachment of this transit gateway: the route drops what it matches' }),
    onRemove: () => edit((d) => removeRoute(d, tgw.id, table.id, i)),
  }));
  const propagated: RouteRow[] = tgwTablePropagatedRoutes(index, tgw, table).map((p) => ({
    destination: p.destination,
    target: nameOf(p.via),
    kind: 'propagated',
    source: 'propagated',
    sourceTitle: `Propagated by ${attachmentLabel(index, tgw, attachments.get(p.via)!)}`,
  }));
  const targets = [...[...attachments.values()].map((a) => ({ id: a.id, label: attachmentName(index, tgw, a) })), { id: BLACKHOLE, label: 'blackhole (drop)' }];
  const idBase = `rt-${table.id}`;
  return (
    <section className="vc-rt" aria-label={`Route table ${name}`} data-table={table.id}>
      <RouteTableHead
        table={table}
        name={name}
        onRename={(value) => type(`${table.id}:name`, (d) => renameRouteTable(d, tgw.id, table.id, value))}
        onDelete={() => edit((d) => removeRouteTable(d, tgw.id, table.id))}
      />
      <RouteRows caption={`Routes of route table ${name}`} rows={[...statics, ...propagated]} empty="No routes: nothing associated with this table gets anywhere." />
      <AddRouteForm
        id={idBase}
        targets={targets}
        taken={routesOf(table).map((r) => r.destination)}
        onAdd={(destination, target) => edit((d) => addRoute(d, tgw.id, table.id, { destination, target }))}
        noTargets=""
      />
    </section>
  );
}

/** Attachments × tables: one association per attachment (a radio per row, "none" included) and a propagation checkbox per table. */
function AttachmentGrid({ tgw, tables, index, attachments }: { tgw: TopologyNode; tables: readonly TgwRouteTable[]; index: TopologyIndex; attachments: ReadonlyMap<string, Connection> }) {
  const { edit } = useRoutingEdit();
  if (attachments.size === 0) return <p className="vc-muted">No attachments yet: connect VPCs, VPNs, DX gateways or peer gateways to this transit gateway.</p>;
  return (
    <div className="vc-rt-grid-wrap">
      <table className="vc-rt-grid" aria-label="Associations and propagations">
        <thead>
          <tr>
            <th scope="col">Attachment</th>
            {tables.map((t) => (
              <th key={t.id} scope="col" title={t.id}>
                {tableName(t)}
              </th>
            ))}
            <th scope="col" title="Associated with no table: its traffic is dropped">
              none
            </th>
          </tr>
        </thead>
        <tbody>
          {[...attachments.values()].map((attachment) => {
            const label = attachmentName(index, tgw, attachment);
            const associated = tables.findIndex((t) => Array.isArray(t.associations) && t.associations.includes(attachment.id));
            const peering = attachment.kind === 'tgw-peering';
            return (
              <tr key={attachment.id} data-attachment={attachment.id}>
                <th scope="row" title={attachmentLabel(index, tgw, attachment)}>
                  {label}
                </th>
                {tables.map((t, column) => {
                  const propagates = Array.isArray(t.propagations) && t.propagations.includes(attachment.id);
                  return (
                    <td key={t.id}>
                      <label className="vc-rt-cell" title={`Associate ${label} with ${tableName(t)}: its traffic is routed by this table`}>
                        <input
                          type="radio"
                          name={`assoc-${tgw.id}-${attachment.id}`}
                          aria-label={`Associate ${label} with ${tableName(t)}`}
                          checked={associated === column}
                          onChange={() => edit((d) => setTgwAssociation(d, tgw.id, attachment.id, t.id))}
                        />
                        <span aria-hidden="true">assoc</span>
                      </label>
                      <label className="vc-rt-cell" title={peering ? PEERING_NO_PROPAGATION : `Propagate the networks behind ${label} into ${tableName(t)}`}>
                        <input
                          type="checkbox"
                          aria-label={`Propagate ${label} into ${tableName(t)}`}
                          checked={propagates}
                          disabled={peering && !propagates}
                          onChange={(e) => edit((d) => setTgwPropagation(d, tgw.id, t.id, attachment.id, e.target.checked))}
                        />
                        <span aria-hidden="true">prop</span>
                      </label>
                    </td>
                  );
                })}
                <td>
                  <label className="vc-rt-cell" title="Associated with no table: its traffic is dropped">
                    <input
                      type="radio"
                      name={`assoc-${tgw.id}-${attachment.id}`}
                      aria-label={`Associate ${label} with no table`}
                      checked={associated < 0}
                      onChange={() => edit((d) => setTgwAssociation(d, tgw.id, attachment.id, undefined))}
                    />
                  </label>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function TgwRouteTables({ tgw }: { tgw: TopologyNode<'transit-gateway'> }) {
  const doc = useDocument();
  const { edit } = useRoutingEdit();
  const index = indexOf(doc);
  const tables = index.props(tgw).routeTables;
  const list = Array.isArray(tables) ? tables : [];
  const attachments = tgwAttachments(index, tgw);
  const add = () => edit((d) => addTgwRouteTable(d, tgw.id, [...attachments.values()].map((a) => ({ id: a.id, propagates: a.kind !== 'tgw-peering' }))).doc);
  return (
    <section className="vc-routing" aria-label="Route tables">
      <h3>Route tables</h3>
      {list.length === 0 ? (
        <div className="vc-rt-implicit">
          <p>
            <strong>Implicitly routed.</strong> <span className="vc-muted">One default table: every attachment is associated with it and propagates into it, so every attachment reaches every other.</span>
          </p>
          <button type="button" className="vc-button" onClick={add}>
            Add a route table
          </button>
          <p className="vc-muted vc-rt-note">The first table written is that default table, so nothing changes until it is edited.</p>
        </div>
      ) : (
        <>
          <h4 className="vc-rt-subhead">Associations and propagations</h4>
          <AttachmentGrid tgw={tgw} tables={list} index={index} attachments={attachments} />
          {list.map((table) => (
            <TgwRouteTable key={table.id} tgw={tgw} table={table} index={index} attachments={attachments} />
          ))}
          <button type="button" className="vc-link-button" onClick={add}>
            + Add a route table
          </button>
        </>
      )}
    </section>
  );
}
