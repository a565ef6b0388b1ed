/**
 * Recognises AWS command-line output by its top-level key (never by file name) and gathers the
 * resources of every input into one snapshot, each with the account and region it came from.
 */
import type { ReportBuilder } from '../report';
import { pascalKeys, splitJsonValues } from './json-values';

export type Json = Record<string, unknown>;

/** The resource collections the importer reads, by the top-level key of the call that prints them. */
export const AWS_COLLECTIONS = {
  Vpcs: { command: 'aws ec2 describe-vpcs', id: 'VpcId' },
  Subnets: { command: 'aws ec2 describe-subnets', id: 'SubnetId' },
  RouteTables: { command: 'aws ec2 describe-route-tables', id: 'RouteTableId' },
  InternetGateways: { command: 'aws ec2 describe-internet-gateways', id: 'InternetGatewayId' },
  EgressOnlyInternetGateways: { command: 'aws ec2 describe-egress-only-internet-gateways', id: 'EgressOnlyInternetGatewayId' },
  NatGateways: { command: 'aws ec2 describe-nat-gateways', id: 'NatGatewayId' },
  VpnGateways: { command: 'aws ec2 describe-vpn-gateways', id: 'VpnGatewayId' },
  CustomerGateways: { command: 'aws ec2 describe-customer-gateways', id: 'CustomerGatewayId' },
  VpnConnections: { command: 'aws ec2 describe-vpn-connections', id: 'VpnConnectionId' },
  VpcPeeringConnections: { command: 'aws ec2 describe-vpc-peering-connections', id: 'VpcPeeringConnectionId' },
  VpcEndpoints: { command: 'aws ec2 describe-vpc-endpoints', id: 'VpcEndpointId' },
  TransitGateways: { command: 'aws ec2 describe-transit-gateways', id: 'TransitGatewayId' },
  TransitGatewayAttachments: { command: 'aws ec2 describe-transit-gateway-attachments', id: 'TransitGatewayAttachmentId' },
  TransitGatewayVpcAttachments: { command: 'aws ec2 describe-transit-gateway-vpc-attachments', id: 'TransitGatewayAttachmentId' },
  TransitGatewayPeeringAttachments: { command: 'aws ec2 describe-transit-gateway-peering-attachments', id: 'TransitGatewayAttachmentId' },
  TransitGatewayRouteTables: { command: 'aws ec2 describe-transit-gateway-route-tables', id: 'TransitGatewayRouteTableId' },
  Connections: { command: 'aws directconnect describe-connections', id: 'ConnectionId' },
  VirtualInterfaces: { command: 'aws directconnect describe-virtual-interfaces', id: 'VirtualInterfaceId' },
  DirectConnectGateways: { command: 'aws directconnect describe-direct-connect-gateways', id: 'DirectConnectGatewayId' },
  DirectConnectGatewayAssociations: { command: 'aws directconnect describe-direct-connect-gateway-associations', id: 'AssociationId' },
} as const;

export type CollectionName = keyof typeof AWS_COLLECTIONS;

/**
 * The per-route-table calls print no route table id (one calls them once per table), so they are
 * kept with the id the input adds (`TransitGatewayRouteTableId` beside the output, as
 * `scripts/aws-snapshot.sh` writes it), or none.
 */
export const TGW_TABLE_CALLS = {
  Associations: 'aws ec2 get-transit-gateway-route-table-associations',
  TransitGatewayRouteTablePropagations: 'aws ec2 get-transit-gateway-route-table-propagations',
  Routes: 'aws ec2 search-transit-gateway-routes',
} as const;

export type TableCallName = keyof typeof TGW_TABLE_CALLS;

/** A resource with where it was read. */
export interface Located {
  item: Json;
  account?: string;
  region?: string;
  source: string;
}

/** The entries of one per-table call, with the table they belong to when known. */
export interface TableListing {
  table?: string;
  entries: Json[];
  source: string;
}

export interface AwsSnapshot {
  resources: { [K in CollectionName]: Map<string, Located> };
  tableCalls: { [K in TableCallName]: TableListing[] };
}

const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d+$/;
const ACCOUNT = /^\d{12}$/;

/** Account and region named by the folders of a path (`<account>/<region>/…`). */
export function contextOfPath(path: string): { account?: string; region?: string } {
  const parts = path.split(/[\\/]/);
  const context: { account?: string; region?: string } = {};
  for (const part of parts) {
    if (ACCOUNT.test(part)) context.account = part;
    else if (REGION.test(part)) context.region = part;
  }
  return context;
}

export function emptySnapshot(): AwsSnapshot {
  const resources = Object.fromEntries(Object.keys(AWS_COLLECTIONS).map((k) => [k, new Map()])) as AwsSnapshot['resources'];
  const tableCalls = Object.fromEntries(Object.keys(TGW_TABLE_CALLS).map((k) => [k, []])) as unknown as AwsSnapshot['tableCalls'];
  return { resources, tableCalls };
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when one top-level value is AWS output this importer reads. */
export function isAwsOutput(value: unknown): boolean {
  if (!isObject(value)) return false;
  const keys = Object.keys(pascalKeys(value) as Json);
  return keys.some((k) => k in AWS_COLLECTIONS || k in TGW_TABLE_CALLS);
}

/** Adds one file's text to the snapshot; what it cannot read goes to the report. */
export function addFile(snapshot: AwsSnapshot, path: string, text: string, report: ReportBuilder): void {
  let values: unknown[];
  try {
    values = splitJsonValues(text);
  } catch (error) {
    report.source(path, 'not recognised', 0);
    report.gap(path, `not JSON: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  const context = contextOfPath(path);
  values.forEach((raw, i) => addValue(snapshot, values.length > 1 ? `${path}#${i + 1}` : path, raw, context, report));
}

function addValue(snapshot: AwsSnapshot, name: string, raw: unknown, context: { account?: string; region?: string }, report: ReportBuilder): void {
  const value = isObject(raw) ? (pascalKeys(raw) as Json) : undefined;
  if (!value) {
    report.source(name, 'not recognised', 0);
    report.gap(name, 'expected the JSON object an AWS command prints');
    return;
  }
  let recognised = false;
  for (const [key, list] of Object.entries(value)) {
    if (key in AWS_COLLECTIONS && Array.isArray(list)) {
      const { command, id } = AWS_COLLECTIONS[key as CollectionName];
      const into = snapshot.resources[key as CollectionName];
      for (const item of list) {
        if (!isObject(item) || typeof item[id] !== 'string') {
          report.gap(name, `an entry of ${key} has no ${id}`);
          continue;
        }
        if (!into.has(item[id])) into.set(item[id], { item, ...context, source: name });
      }
      report.source(name, command, list.length);
      recognised = true;
    } else if (key in TGW_TABLE_CALLS && Array.isArray(list)) {
      const entries = list.filter(isObject);
      // `Associations` and `Routes` are generic names: only entries shaped like the transit gateway calls count.
      const shaped = entries.every((e) => 'TransitGatewayAttachmentId' in e || 'TransitGatewayAttachments' in e || 'DestinationCidrBlock' in e || 'PrefixListId' in e);
      if (!shaped) continue;
      const table = typeof value.TransitGatewayRouteTableId === 'string' ? value.TransitGatewayRouteTableId : undefined;
      snapshot.tableCalls[key as TableCallName].push({ ...(table ? { table } : {}), entries, source: name });
      report.source(name, TGW_TABLE_CALLS[key as TableCallName], entries.length);
      recognised = true;
    }
  }
  if (!recognised) {
    report.source(name, 'not recognised', 0);
    const keys = Object.keys(raw as Json).filter((k) => k.toLowerCase() !== 'nexttoken');
    report.gap(name, `not output of an AWS call this importer reads (top-level keys: ${keys.slice(0, 5).join(', ') || 'none'})`);
  }
}
