/** What the builders of an infrastructure-as-code import share: the resources by type, what is made so far, the report. */
import type { Origin } from '../../kinds/route-tables';
import type { ReportBuilder } from '../report';
import type { IacBuildOptions, IacResource, IacType } from './resources';

type Raw = Record<string, unknown>;

export class IacContext {
  readonly nodes = new Map<string, Raw>();
  readonly connections = new Map<string, Raw>();
  /**
   * Ids that stand for a transit gateway attachment made by another resource: a VPN connection's
   * id (its attachment is its link to the gateway), a lookup of a VPN's or Direct Connect
   * gateway's attachment, a peering's accepter. Route tables name attachments through them.
   */
  readonly attachmentAlias = new Map<string, string>();
  private readonly byType = new Map<IacType, IacResource[]>();

  constructor(
    resources: readonly IacResource[],
    readonly report: ReportBuilder,
    readonly options: IacBuildOptions,
  ) {
    for (const r of resources) this.byType.set(r.type, [...(this.byType.get(r.type) ?? []), r]);
  }

  of(type: IacType): readonly IacResource[] {
    return this.byType.get(type) ?? [];
  }

  has(id: string | undefined): id is string {
    return id !== undefined && (this.nodes.has(id) || this.connections.has(id));
  }

  kindOf(id: string | undefined): string | undefined {
    return id === undefined ? undefined : ((this.nodes.get(id) ?? this.connections.get(id))?.kind as string | undefined);
  }

  /** The id of the region node for a code, made on first use. */
  region(code: string | undefined): string | undefined {
    if (!code) return undefined;
    const id = `region-${code}`;
    if (!this.nodes.has(id)) this.addNode({ id, kind: 'region', name: code, props: { code } });
    return id;
  }

  addNode(node: Raw): void {
    if (this.refuseDuplicate(node)) return;
    this.nodes.set(node.id as string, node);
    this.report.count(node.kind as string);
  }

  addConnection(connection: Raw): void {
    if (this.refuseDuplicate(connection)) return;
    this.connections.set(connection.id as string, connection);
    this.report.count(connection.kind as string);
  }

  /** Two resources that would share an id (the same AWS id under two addresses): the second is reported, not drawn. */
  private refuseDuplicate(element: Raw): boolean {
    if (!this.has(element.id as string)) return false;
    const origin = ((element.props as Raw | undefined)?.origin as Origin | undefined)?.id ?? String(element.id);
    this.report.gap(origin, `its id ${String(element.id)} is already taken by another resource of the input: left out`);
    return true;
  }

  /** `props.origin` and `props.tags` of an element made from a resource. */
  provenance(r: IacResource): { origin: Origin; tags?: Record<string, string> } {
    const region = r.region ?? this.options.region;
    const origin: Origin = { id: r.originId, kind: this.options.origin, ...(r.account ? { account: r.account } : {}), ...(region ? { region } : {}) };
    return r.tags && Object.keys(r.tags).length > 0 ? { origin, tags: r.tags } : { origin };
  }

  /** A gap naming the resource by its address or logical id. */
  gap(r: IacResource, reason: string, field?: string): void {
    this.report.gap(r.originId, reason, field);
  }

  /** The attachment an id stands for (itself when it is one). */
  attachment(id: string | undefined): string | undefined {
    return id === undefined ? undefined : (this.attachmentAlias.get(id) ?? id);
  }
}

/** A resource's label: its Name tag, else its address or logical id. */
export const labelOf = (r: IacResource): string => (r.name ?? r.originId).slice(0, 256);
