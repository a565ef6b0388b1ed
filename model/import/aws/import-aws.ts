/**
 * AWS command-line output (the `describe-*` calls of routing.md's list) in, a version 2 document
 * and an import report out. Pure: the caller reads the files; nothing here touches the network.
 */
import { parseDocumentValue } from '../../document/parse';
import { CURRENT_VERSION, DOCUMENT_FORMAT, type TopologyDocument } from '../../document/types';
import { NODE_KIND_LIST } from '../../kinds/node-kinds';
import { ReportBuilder, type ImportResult } from '../report';
import { BuildContext } from './build-context';
import { buildDirectConnect, buildVpns } from './build-hybrid';
import { buildEndpoints, buildGateways, buildNatGateways, buildSubnets, buildVpcs } from './build-networks';
import { buildTgwRouteTables, buildTransitGateways, buildVpcAttachmentsAndPeerings, buildVpcPeerings, collectAttachments } from './build-transit';
import { buildVpcRouteTables } from './build-vpc-routes';
import { addFile, emptySnapshot } from './snapshot';

/** One input file: its path (folders name the account and region) and its text. */
export interface InputFile {
  path: string;
  text: string;
}

const kindRank = new Map<string, number>(NODE_KIND_LIST.map((k, i) => [k, i]));
const byKindThenId = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  (kindRank.get(a.kind as string) ?? 99) - (kindRank.get(b.kind as string) ?? 99) || String(a.id).localeCompare(String(b.id));

/** Imports AWS describe output; the same input in any order gives the same document. */
export function importAws(files: readonly InputFile[], name = 'Imported from AWS'): ImportResult<TopologyDocument> {
  const report = new ReportBuilder('aws');
  const snapshot = emptySnapshot();
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) addFile(snapshot, file.path, file.text, report);
  const ctx = new BuildContext(snapshot, report);
  buildVpcs(ctx);
  buildSubnets(ctx);
  buildGateways(ctx);
  buildNatGateways(ctx);
  buildEndpoints(ctx);
  buildTransitGateways(ctx);
  const attachments = collectAttachments(ctx);
  buildVpcAttachmentsAndPeerings(ctx, attachments);
  buildVpcPeerings(ctx);
  buildVpns(ctx, attachments);
  buildDirectConnect(ctx, attachments);
  // Routes last: their targets (gateways, peerings, attachments) must all be known by then.
  buildVpcRouteTables(ctx);
  buildTgwRouteTables(ctx, attachments);
  const nodes = [...ctx.nodes.values()].sort(byKindThenId);
  const connections = [...ctx.connections.values()].sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const document = parseDocumentValue({ format: DOCUMENT_FORMAT, version: CURRENT_VERSION, name, nodes, connections });
  return { document, report: report.done() };
}
