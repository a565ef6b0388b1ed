/**
 * The messages between the editor and its import worker. A large document comes back in parts
 * (`nodes`, `connections`), each its own message, then the rest of the answer: the page reads
 * each message in a task of its own, so taking in a 1,000-VPC import (about 240 ms of structured
 * clone in one piece) never blocks it for long.
 */
import type { Connection, TopologyNode } from '../../../model';
import type { EditorImportResult } from './editor-import';
import type { SourceFile } from './source-files';

export interface ImportRequestMessage {
  id: number;
  files: readonly SourceFile[];
}

/** Elements sent per message: about 25 ms of structured clone on the page for nodes as imports make them. */
export const ELEMENTS_PER_MESSAGE = 400;

export type ImportResponseMessage =
  | { id: number; part: 'nodes'; nodes: TopologyNode[] }
  | { id: number; part: 'connections'; connections: Connection[] }
  /** The answer; an imported document's `nodes` and `connections` are the parts sent before it, in order. */
  | { id: number; ok: true; result: EditorImportResult }
  | { id: number; ok: false; error: string };

/** The messages that carry `result`: an imported document's nodes and connections in parts, then the rest. */
export function answerMessages(id: number, result: EditorImportResult): ImportResponseMessage[] {
  if ('error' in result) return [{ id, ok: true, result }];
  const { nodes, connections } = result.document;
  const messages: ImportResponseMessage[] = [];
  for (let i = 0; i < nodes.length; i += ELEMENTS_PER_MESSAGE) messages.push({ id, part: 'nodes', nodes: nodes.slice(i, i + ELEMENTS_PER_MESSAGE) });
  for (let i = 0; i < connections.length; i += ELEMENTS_PER_MESSAGE) messages.push({ id, part: 'connections', connections: connections.slice(i, i + ELEMENTS_PER_MESSAGE) });
  messages.push({ id, ok: true, result: { ...result, document: { ...result.document, nodes: [], connections: [] } } });
  return messages;
}

/**
 * Gathers the messages of one answer, in the order they came: `take` gives the result or the
 * error once the last message is in, undefined before.
 */
export function answerGatherer(): { take(message: ImportResponseMessage): EditorImportResult | Error | undefined } {
  const nodes: TopologyNode[] = [];
  const connections: Connection[] = [];
  return {
    take(message) {
      if ('part' in message) {
        if (message.part === 'nodes') for (const n of message.nodes) nodes.push(n);
        else for (const c of message.connections) connections.push(c);
        return undefined;
      }
      if (!message.ok) return new Error(message.error);
      if ('error' in message.result) return message.result;
      return { ...message.result, document: { ...message.result.document, nodes, connections } };
    },
  };
}
