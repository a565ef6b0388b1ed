/** Mapped infrastructure-as-code resources in, a version 2 document out; the order of the input never matters. */
import { parseDocumentValue } from '../../document/parse';
import { CURRENT_VERSION, DOCUMENT_FORMAT, type TopologyDocument } from '../../document/types';
import { NODE_KIND_LIST } from '../../kinds/node-kinds';
import type { ReportBuilder } from '../report';
import { buildEndpoints, buildGateways, buildNatGatewaysAndInstances, buildSubnets, buildVpcs } from './build-networks';
import { buildTgwRouteTables, buildVpcRouteTables } from './build-routes';
import { buildDirectConnect, buildTransitGateways, buildVpcPeerings, buildVpns } from './build-transit';
import { IacContext } from './iac-context';
import type { IacBuildOptions, IacResource } from './resources';

const kindRank = new Map<string, number>(NODE_KIND_LIST.map((k, i) => [k, i]));
const byKindThenId = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  (kindRank.get(a.kind as string) ?? 99) - (kindRank.get(b.kind as string) ?? 99) || String(a.id).localeCompare(String(b.id));

/**
 * Builds the document from resources a source's mapping table produced. Every resource that
 * cannot be placed (its VPC or gateway is not in the input, its status is not live) is listed in
 * the report with the reason.
 */
export function buildIacDocument(resources: readonly IacResource[], report: ReportBuilder, options: IacBuildOptions): TopologyDocument {
  const sorted = [...resources].sort((a, b) => a.originId.localeCompare(b.originId));
  const ctx = new IacContext(sorted, report, options);
  buildVpcs(ctx);
  buildSubnets(ctx);
  buildGateways(ctx);
  buildNatGatewaysAndInstances(ctx);
  buildEndpoints(ctx);
  buildTransitGateways(ctx);
  buildVpcPeerings(ctx);
  buildVpns(ctx);
  buildDirectConnect(ctx);
  // Routes last: their targets (gateways, peerings, attachments) must all be known by then.
  buildVpcRouteTables(ctx);
  buildTgwRouteTables(ctx);
  const nodes = [...ctx.nodes.values()].sort(byKindThenId);
  const connections = [...ctx.connections.values()].sort((a, b) => String(a.id).localeCompare(String(b.id)));
  return parseDocumentValue({ format: DOCUMENT_FORMAT, version: CURRENT_VERSION, name: options.name, nodes, connections });
}
