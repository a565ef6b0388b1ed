/**
 * Terse builders for tests: documents go through the real parser, so a test can never build
 * something a user's file could not be.
 */
import { parseDocumentValue } from '../document/parse';
import type { TopologyDocument } from '../document/types';

type Raw = Record<string, unknown>;

export function buildDocument(nodes: Raw[], connections: Raw[] = []): TopologyDocument {
  return parseDocumentValue({ format: 'vpc-canvas', version: 1, nodes, connections });
}

export const region = (id: string, code: string, extra: Raw = {}): Raw => ({ id, kind: 'region', props: { code }, ...extra });
export const vpc = (id: string, cidrs: string[], extra: Raw = {}): Raw => ({ id, kind: 'vpc', name: id, ...extra, props: { cidrs, ...(extra.props as Raw) } });
export const subnet = (id: string, parent: string, cidr: string, extra: Raw = {}): Raw => ({ id, kind: 'subnet', name: id, parent, ...extra, props: { cidr, ...(extra.props as Raw) } });
export const node = (id: string, kind: string, parent?: string, props?: Raw, extra: Raw = {}): Raw => ({
  id, kind, name: id, ...(parent ? { parent } : {}), ...(props ? { props } : {}), ...extra,
});
export const onPrem = (id: string, cidrs: string[]): Raw => ({ id, kind: 'on-premises', name: id, props: { cidrs } });
export const link = (id: string, kind: string, source: string, target: string, props?: Raw): Raw => ({
  id, kind, source, target, ...(props ? { props } : {}),
});
