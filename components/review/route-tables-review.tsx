'use client';
/**
 * The design's route tables (routing.md): for each explicitly routed VPC and transit gateway, its
 * tables as compact tables of routes (local, static, propagated with where they came from), with
 * the subnets, associations and propagations around them. Implicitly routed ones are counted.
 */
import { indexOf, type TgwRouteTable, type TopologyDocument, type TopologyNode, type VpcRouteTable } from '../../model';
import { tgwTablePropagatedRoutes, vpcTablePropagatedRoutes } from '../../model/graph/propagated-routes';
import { attachmentLabel, routesOf, routingOf, subnetRouteTable, targetLabel, tgwAttachments } from '../../model/graph/routing';
import type { TopologyIndex } from '../../model/graph/topology-index';
import { groupDigits } from '../../model/text/group-digits';

/** Owners shown in full; a design with thousands of routed VPCs lists the rest by count. */
const OWNERS_SHOWN = 40;

interface Row {
  destination: string;
  target: string;
  kind: 'local' | 'static' | 'propagated';
  note?: string;
}

const nameAndId = (table: { id: string; name?: string }) => (table.name?.trim() ? `${table.name.trim()} (${table.id})` : table.id);
const list = (ids: readonly string[] | undefined, name: (id: string) => string) => (ids && ids.length > 0 ? ids.map(name).join(', ') : 'none');

function Routes({ caption, rows }: { caption: string; rows: readonly Row[] }) {
  return (
    <table className="vc-review-table vc-review-routes">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Destination</th>
          <th scope="col">Target</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={2} className="vc-muted">
              No routes
            </td>
          </tr>
        )}
        {rows.map((row, i) => (
          <tr key={i} className={`vc-review-route-${row.kind}`}>
            <td>
              <code>{row.destination}</code>
            </td>
            <td>
              {row.target}
              {row.note && <span className="vc-muted"> · {row.note}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function VpcTables({ index, vpc, tables }: { index: TopologyIndex; vpc: TopologyNode; tables: readonly VpcRouteTable[] }) {
  const subnets = index.childrenOfKind(vpc.id, 'subnet');
  return (
    <div className="vc-review-route-owner">
      <h3>{index.label(vpc)}</h3>
      {tables.map((table) => {
        const used = subnets.filter((s) => subnetRouteTable(index, s)?.table === table).map((s) => s.name?.trim() || s.id);
        const rows: Row[] = [
          ...[...index.ipv4Blocks(vpc), ...index.ipv6Blocks(vpc)].map((b): Row => ({ destination: b.text, target: 'local', kind: 'local' })),
          ...routesOf(table).map((r): Row => ({ destination: r.destination, target: targetLabel(index, r.target), kind: 'static' })),
          ...vpcTablePropagatedRoutes(index, vpc, table).map((p): Row => ({ destination: p.destination, target: targetLabel(index, p.via), kind: 'propagated', note: `propagated from ${index.label(index.node(p.owner))}` })),
        ];
        const caption = `Route table ${nameAndId(table)}${table.main === true ? ' · main' : ''} · used by ${used.length > 0 ? used.join(', ') : 'no subnet'}`;
        return <Routes key={table.id} caption={caption} rows={rows} />;
      })}
    </div>
  );
}

function TgwTables({ index, tgw, tables }: { index: TopologyIndex; tgw: TopologyNode; tables: readonly TgwRouteTable[] }) {
  const attachments = tgwAttachments(index, tgw);
  const attachmentName = (id: string) => {
    const attachment = attachments.get(id);
    return attachment ? attachmentLabel(index, tgw, attachment) : id;
  };
  return (
    <div className="vc-review-route-owner">
      <h3>{index.label(tgw)}</h3>
      {tables.map((table) => {
        const rows: Row[] = [
          ...routesOf(table).map((r): Row => ({ destination: r.destination, target: attachments.has(r.target) ? attachmentName(r.target) : targetLabel(index, r.target), kind: 'static' })),
          ...tgwTablePropagatedRoutes(index, tgw, table).map((p): Row => ({ destination: p.destination, target: attachmentName(p.via), kind: 'propagated', note: 'propagated' })),
        ];
        return (
          <div key={table.id}>
            <Routes caption={`Route table ${nameAndId(table)}`} rows={rows} />
            <p className="vc-muted vc-review-route-links">
              Associated: {list(table.associations, attachmentName)}. Propagating: {list(table.propagations, attachmentName)}.
            </p>
          </div>
        );
      })}
    </div>
  );
}

export function RouteTablesReview({ doc }: { doc: TopologyDocument }) {
  const index = indexOf(doc);
  const routing = routingOf(index);
  const implicitVpcs = index.nodesOfKind('vpc').length - routing.vpcs.length;
  const implicitTgws = index.nodesOfKind('transit-gateway').length - routing.tgws.length;
  const owners = [
    ...routing.vpcs.map((v) => <VpcTables key={v.vpc.id} index={index} vpc={v.vpc} tables={v.tables} />),
    ...routing.tgws.map((t) => <TgwTables key={t.tgw.id} index={index} tgw={t.tgw} tables={t.tables} />),
  ];
  return (
    <section className="vc-review-section" aria-labelledby="vc-review-routing">
      <h2 id="vc-review-routing">Route tables</h2>
      {owners.length === 0 ? (
        <p className="vc-muted">Nothing is explicitly routed: every VPC and transit gateway uses every connection drawn to it.</p>
      ) : (
        <>
          <div className="vc-review-route-owners">{owners.slice(0, OWNERS_SHOWN)}</div>
          {owners.length > OWNERS_SHOWN && <p className="vc-muted">And {groupDigits(owners.length - OWNERS_SHOWN)} more explicitly routed VPCs and transit gateways.</p>}
        </>
      )}
      {owners.length > 0 && implicitVpcs + implicitTgws > 0 && (
        <p className="vc-muted vc-review-note">
          Implicitly routed (every connection drawn is used): {groupDigits(implicitVpcs)} VPC{implicitVpcs === 1 ? '' : 's'}, {groupDigits(implicitTgws)} transit gateway
          {implicitTgws === 1 ? '' : 's'}.
        </p>
      )}
    </section>
  );
}
