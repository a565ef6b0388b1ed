/** What the builders of an AWS import share: the snapshot, the nodes and connections made so far, the report. */
import type { ReportBuilder } from '../report';
import { regionOfArn, str } from './fields';
import type { AwsSnapshot, Json, Located } from './snapshot';

type Raw = Record<string, unknown>;

export class BuildContext {
  readonly nodes = new Map<string, Raw>();
  readonly connections = new Map<string, Raw>();
  /** Region code of each imported VPC, from the input's folder, its subnets' zones or an ARN. */
  readonly vpcRegion = new Map<string, string>();

  constructor(
    readonly snapshot: AwsSnapshot,
    readonly report: ReportBuilder,
  ) {}

  has(id: string): boolean {
    return this.nodes.has(id) || this.connections.has(id);
  }

  /** The id of the region node for a code, made on first use. */
  region(code: string | undefined): string | undefined {
    if (!code) return undefined;
    const id = `region-${code}`;
    if (!this.nodes.has(id)) this.addNode({ id, kind: 'region', name: code, props: { code } });
    return id;
  }

  /** Region of a resource: its input's folder, else its ARN. */
  regionOf(at: Located, arnKey?: string): string | undefined {
    return at.region ?? regionOfArn(arnKey ? str(at.item, arnKey) : undefined);
  }

  addNode(node: Raw): void {
    this.nodes.set(node.id as string, node);
    this.report.count(node.kind as string);
  }

  addConnection(connection: Raw): void {
    this.connections.set(connection.id as string, connection);
    this.report.count(connection.kind as string);
  }

  /** Resources whose state is not one of `live` are reported and left out. */
  isLive(kind: string, id: string, state: string | undefined, live: readonly string[]): boolean {
    if (state === undefined || live.includes(state)) return true;
    this.report.gap(id, `${kind} is ${state}: not drawn`);
    return false;
  }
}

export const nameOf = (item: Json, fallback: string): string => {
  const tags = item.Tags;
  if (Array.isArray(tags)) {
    const name = tags.find((t) => typeof t === 'object' && t !== null && t.Key === 'Name');
    if (name && typeof name.Value === 'string' && name.Value.length > 0) return name.Value.slice(0, 256);
  }
  return fallback;
};
