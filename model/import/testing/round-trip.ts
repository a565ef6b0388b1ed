/**
 * Test helpers for the importers' round-trip property: a generated document is cut down to what
 * every source can express (`expressible`, with route tables added so that routing is covered),
 * written in a source's shape by an exporter beside this file, imported back, and compared with
 * `canonical` after the imported ids are renamed back to the original ones.
 */
import type { TopologyDocument } from '../../document/types';

export type Raw = Record<string, unknown>;

export interface NetNode {
  id: string;
  kind: string;
  parent?: string;
  name?: string;
  props: Raw;
}

export interface NetConnection {
  id: string;
  kind: string;
  source: string;
  target: string;
  props: Raw;
}

/** A document as the exporters read it. */
export interface Net {
  nodes: NetNode[];
  connections: NetConnection[];
}

/** What an exporter wrote, and which id each original element gets when it is imported back. */
export interface Exported<T> {
  output: T;
  /** Original id (node, connection or route table) → the id the importer gives it. */
  ids: Map<string, string>;
}

const NODE_KINDS = new Set([
  'vpc', 'subnet', 'internet-gateway', 'egress-only-internet-gateway', 'nat-gateway', 'vpn-gateway', 'transit-gateway',
  'dx-gateway', 'dx-connection', 'vpn-connection', 'customer-gateway', 'vpc-endpoint',
]);
const CONNECTION_KINDS = new Set(['vpc-peering', 'tgw-attachment', 'tgw-peering', 'vpn-link', 'vif', 'dxgw-association']);

const texts = (v: unknown): string[] => (Array.isArray(v) ? [...new Set(v.filter((x): x is string => typeof x === 'string' && x.trim() !== ''))] : []);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** The AWS-side end of a VPN link, or the customer side. */
const vpnSide = (kind: string | undefined) => (kind === 'customer-gateway' ? 'customer' : kind === 'vpn-gateway' || kind === 'transit-gateway' ? 'aws' : undefined);

/**
 * The part of a document that AWS describe output, a Terraform state and a CloudFormation template
 * can all express: the kinds they share, gateways attached by containment, a VPN with one
 * customer and one AWS side, blocks as text (malformed ones too: importers pass text through),
 * and route tables written for every VPC and transit gateway.
 */
export function expressible(doc: TopologyDocument): Net {
  const kept = new Map<string, NetNode>();
  for (const n of doc.nodes) {
    if (!NODE_KINDS.has(n.kind)) continue;
    const p = (n.props ?? {}) as Raw;
    const props: Raw = {};
    if (n.kind === 'vpc') Object.assign(props, { cidrs: texts(p.cidrs), ipv6Cidrs: texts(p.ipv6Cidrs) });
    if (n.kind === 'subnet') for (const key of ['cidr', 'ipv6Cidr', 'az']) if (text(p[key])) props[key] = p[key];
    if (n.kind === 'vpn-connection') props.routing = p.routing === 'static' ? 'static' : 'bgp';
    kept.set(n.id, { id: n.id, kind: n.kind, ...(n.parent ? { parent: n.parent } : {}), ...(text(n.name) ? { name: n.name } : {}), props });
  }
  for (const n of kept.values()) {
    // Only containment that sources express survives: regions and sites are the importers' to make.
    if (n.parent && !kept.has(n.parent)) delete n.parent;
    if (n.kind === 'vpc-endpoint') n.props.type = kept.get(n.parent!)?.kind === 'subnet' ? 'interface' : 'gateway';
  }
  const kindOf = (id: string) => kept.get(id)?.kind;
  const connections: NetConnection[] = [];
  const vpnSides = new Set<string>();
  for (const c of doc.connections) {
    if (!CONNECTION_KINDS.has(c.kind) || !kept.has(c.source) || !kept.has(c.target)) continue;
    const p = (c.props ?? {}) as Raw;
    let { source, target } = c;
    if (c.kind === 'vpn-link') {
      if (kindOf(source) !== 'vpn-connection') [source, target] = [target, source];
      const side = `${source}|${vpnSide(kindOf(target))}`;
      if (vpnSides.has(side)) continue;
      vpnSides.add(side);
    }
    if (c.kind === 'vif' && kindOf(source) !== 'dx-connection') [source, target] = [target, source];
    if (c.kind === 'tgw-attachment' && kindOf(source) !== 'transit-gateway') [source, target] = [target, source];
    if (c.kind === 'dxgw-association' && kindOf(source) !== 'dx-gateway') [source, target] = [target, source];
    // AWS allows one association between a Direct Connect gateway and a given gateway.
    if (c.kind === 'dxgw-association' && connections.some((d) => d.kind === c.kind && d.source === source && d.target === target)) continue;
    const props: Raw = {};
    if (c.kind === 'vif') props.type = ['private', 'transit', 'public'].includes(p.type as string) ? p.type : 'private';
    if (c.kind === 'vif' && props.type === 'public') continue;
    if (c.kind === 'dxgw-association' && texts(p.allowedPrefixes).length) props.allowedPrefixes = texts(p.allowedPrefixes);
    connections.push({ id: c.id, kind: c.kind, source, target, props });
  }
  const net = { nodes: [...kept.values()], connections };
  addRouteTables(net);
  return net;
}

/** Route tables a reviewer would write, so that the round trip covers routing. */
function addRouteTables(net: Net): void {
  const inVpc = (vpc: string, kind: string) => net.nodes.filter((n) => n.kind === kind && n.parent === vpc);
  for (const vpc of net.nodes.filter((n) => n.kind === 'vpc')) {
    const subnets = inVpc(vpc.id, 'subnet');
    const igw = inVpc(vpc.id, 'internet-gateway')[0];
    const eigw = inVpc(vpc.id, 'egress-only-internet-gateway')[0];
    const vgw = inVpc(vpc.id, 'vpn-gateway')[0];
    const nat = net.nodes.find((n) => n.kind === 'nat-gateway' && subnets.some((s) => s.id === n.parent));
    const peerings = net.connections.filter((c) => c.kind === 'vpc-peering' && c.source !== c.target && (c.source === vpc.id || c.target === vpc.id));
    const tgw = net.connections.find((c) => c.kind === 'tgw-attachment' && c.target === vpc.id)?.source;
    const main: Raw = {
      id: `rt:${vpc.id}:main`, main: true,
      routes: [
        ...(igw ? [{ destination: '0.0.0.0/0', target: igw.id }] : []),
        ...peerings.map((p, i) => ({ destination: `10.${i}.0.0/16`, target: p.id })),
        ...(tgw ? [{ destination: '172.16.0.0/12', target: tgw }] : []),
      ],
      ...(vgw ? { propagate: [vgw.id] } : {}),
    };
    const tables: Raw[] = [main];
    if (subnets.length > 0) {
      tables.push({
        id: `rt:${vpc.id}:private`,
        routes: [...(nat ? [{ destination: '0.0.0.0/0', target: nat.id }] : []), ...(eigw ? [{ destination: '::/0', target: eigw.id }] : [])],
      });
      subnets[0]!.props.routeTable = `rt:${vpc.id}:private`;
    }
    vpc.props.routeTables = tables;
    for (const e of inVpc(vpc.id, 'vpc-endpoint')) e.props.routeTables = tables.map((t) => t.id);
  }
  for (const tgw of net.nodes.filter((n) => n.kind === 'transit-gateway')) {
    const attachments = [...new Set(net.connections.filter((c) =>
      (c.kind === 'tgw-attachment' || c.kind === 'dxgw-association' || c.kind === 'vpn-link') ? c.target === tgw.id : c.kind === 'tgw-peering' && (c.source === tgw.id || c.target === tgw.id),
    ).map((c) => c.id))];
    if (attachments.length === 0) continue;
    const propagating = attachments.filter((a) => net.connections.find((c) => c.id === a)?.kind === 'tgw-attachment');
    tgw.props.routeTables = [{
      id: `rt:${tgw.id}:1`, associations: attachments, propagations: propagating,
      routes: [{ destination: '0.0.0.0/0', target: attachments[0] }, { destination: '10.99.0.0/16', target: 'blackhole' }],
    }];
  }
}

const sorted = (v: unknown) => texts(v).sort();
const sortRoutes = (v: unknown) => (Array.isArray(v) ? (v as Raw[]).map((r) => `${String(r.destination)} → ${String(r.target)}`).sort() : []);

/**
 * The topology as comparable data: kinds, containment, connections, blocks and route tables, with
 * ids renamed (`rename` gives the original id of an imported one; elements it does not know, such
 * as the sites and routers importers make up, are left out).
 */
export function canonical(net: Net | TopologyDocument, rename: (id: string) => string | undefined = (id) => id): unknown {
  const name = (id: unknown) => (typeof id === 'string' ? (id === 'blackhole' ? id : (rename(id) ?? `?${id}`)) : id);
  const names = (v: unknown) => (Array.isArray(v) ? v.map(name).map(String).sort() : []);
  const routes = (v: unknown) => (Array.isArray(v) ? (v as Raw[]).map((r) => ({ destination: r.destination, target: name(r.target) })) : []);
  const nodes: unknown[] = [];
  const known = new Set(net.nodes.filter((n) => NODE_KINDS.has(n.kind) && rename(n.id) !== undefined).map((n) => n.id));
  for (const n of net.nodes) {
    if (!known.has(n.id)) continue;
    const p = (n.props ?? {}) as Raw;
    const props: Raw = {};
    if (n.kind === 'vpc') {
      const [primary, ...rest] = texts(p.cidrs);
      Object.assign(props, { primary, secondary: rest.sort(), ipv6: sorted(p.ipv6Cidrs) });
      props.routeTables = ((p.routeTables ?? []) as Raw[]).map((t) => ({ id: name(t.id), main: t.main === true, routes: sortRoutes(routes(t.routes)), propagate: names(t.propagate) }))
        .sort((a, b) => String(a.id).localeCompare(String(b.id)));
    }
    if (n.kind === 'transit-gateway') {
      props.routeTables = ((p.routeTables ?? []) as Raw[]).map((t) => ({ id: name(t.id), associations: names(t.associations), propagations: names(t.propagations), routes: sortRoutes(routes(t.routes)) }))
        .sort((a, b) => String(a.id).localeCompare(String(b.id)));
    }
    if (n.kind === 'subnet') Object.assign(props, { cidr: p.cidr, ipv6Cidr: p.ipv6Cidr, az: p.az, routeTable: p.routeTable === undefined ? undefined : name(p.routeTable) });
    if (n.kind === 'vpc-endpoint') Object.assign(props, { type: p.type, routeTables: names(p.routeTables) });
    if (n.kind === 'vpn-connection') props.routing = p.routing ?? 'bgp';
    const parent = n.parent && known.has(n.parent) ? name(n.parent) : undefined;
    nodes.push({ id: name(n.id), kind: n.kind, parent, props: JSON.parse(JSON.stringify(props)) });
  }
  const connections: unknown[] = [];
  for (const c of net.connections) {
    if (!CONNECTION_KINDS.has(c.kind) || rename(c.id) === undefined || !known.has(c.source) || !known.has(c.target)) continue;
    const p = (c.props ?? {}) as Raw;
    const ends = [name(c.source), name(c.target)].map(String).sort();
    connections.push({ id: name(c.id), kind: c.kind, ends, ...(c.kind === 'vif' ? { type: p.type ?? 'private' } : {}), ...(c.kind === 'dxgw-association' ? { allowedPrefixes: sorted(p.allowedPrefixes) } : {}) });
  }
  const byId = (a: unknown, b: unknown) => String((a as Raw).id).localeCompare(String((b as Raw).id));
  return { nodes: nodes.sort(byId), connections: connections.sort(byId) };
}
