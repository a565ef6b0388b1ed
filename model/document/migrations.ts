/**
 * Named, numbered steps that bring an older document up to CURRENT_VERSION. Each step takes the
 * raw JSON of version `from` and returns the raw JSON of version `from + 1`; it must keep fields
 * it does not know. Every version has fixtures under `model/fixtures/v<N>/` that must keep opening.
 */
import { CURRENT_VERSION } from './types';
import { TopologyParseError } from './parse-error';

export interface Migration {
  /** The version this step reads; it writes `from + 1`. */
  from: number;
  name: string;
  up(raw: Record<string, unknown>): Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    // Version 2 only adds optional route tables (routing.md): a version 1 document is a version 2
    // document in which nothing is explicitly routed, so the step changes nothing but the number.
    name: 'route tables (nothing explicitly routed)',
    up: (raw) => raw,
  },
];

/** The oldest version this build can read. */
export const OLDEST_READABLE_VERSION = 1;

/** Runs every step from `version` to CURRENT_VERSION, in order. */
export function migrateToCurrent(
  raw: Record<string, unknown>,
  version: number,
  migrations: readonly Migration[] = MIGRATIONS,
  current: number = CURRENT_VERSION,
): Record<string, unknown> {
  let doc = raw;
  for (let v = version; v < current; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) throw new TopologyParseError('version', `no migration from version ${v} to ${v + 1}`);
    let next: unknown;
    try {
      next = step.up(doc);
    } catch (error) {
      // An old file a step cannot read is refused like any unreadable file, naming the step.
      if (error instanceof TopologyParseError) throw error;
      const detail = error instanceof Error ? error.message : 'unexpected error';
      throw new TopologyParseError('', `cannot upgrade from version ${v} to ${v + 1} (${step.name}): ${detail}`);
    }
    if (typeof next !== 'object' || next === null || Array.isArray(next)) {
      throw new TopologyParseError('', `cannot upgrade from version ${v} to ${v + 1} (${step.name}): the step returned no document`);
    }
    doc = { ...(next as Record<string, unknown>), version: v + 1 };
  }
  return doc;
}
