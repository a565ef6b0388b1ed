/** `vpc-canvas reach FILE FROM TO [--format text|json]`. */
import type { TopologyDocument } from '../model/document/types';
import { indexOf, type TopologyIndex } from '../model/graph/topology-index';
import { CONNECTION_KINDS } from '../model/kinds/connection-kinds';
import { reach } from '../model/reach/reach';
import { ReachInputError, type ReachResult } from '../model/reach/types';
import { escapeUnsafeText } from '../model/text/escape';
import type { CliIo } from './io';
import { loadDocument } from './load';
import { styleFor } from './style';
import { cappedList, DEFAULT_MAX_FINDINGS, MAX_SUBJECTS_SHOWN } from './text-report';
import { EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK } from './validate-outcome';

export type ReachFormat = 'text' | 'json';

/**
 * The node an argument names: its id, or failing that the name of exactly one node, so that
 * `reach net.json "HQ data centre" prod` works too. Unknown arguments go to `reach` unchanged,
 * which refuses them with its own message.
 */
export function resolveEnd(index: TopologyIndex, arg: string): string {
  if (index.node(arg)) return arg;
  const named = index.nodes().filter((n) => n.name === arg);
  return named.length === 1 ? named[0]!.id : arg;
}

/** "On-premises HQ → [VPN link] → Transit gateway hub → VPC payments", safe to print. */
export function describePath(index: TopologyIndex, path: readonly string[]): string {
  return path
    .map((id) => {
      const node = index.node(id);
      if (node) return escapeUnsafeText(index.label(node));
      const connection = index.connection(id);
      if (!connection) return escapeUnsafeText(id);
      const kind = CONNECTION_KINDS[connection.kind].label;
      return `[${connection.name ? `${kind} ${escapeUnsafeText(connection.name)}` : kind}]`;
    })
    .join(' → ');
}

function textAnswer(io: CliIo, doc: TopologyDocument, fromArg: string, toArg: string, result: ReachResult): string {
  const style = styleFor(io);
  const index = indexOf(doc);
  const [from, to] = [escapeUnsafeText(fromArg), escapeUnsafeText(toArg)];
  if (result.reachable) {
    // The route used at each explicitly routed hop, as the editor shows it: "rt-private: 10.0.0.0/8 → tgw-hub".
    const routes = (result.routes ?? []).map((r) => `\n  routes: ${escapeUnsafeText(`${r.table}: ${r.destination} → ${r.target}`)}`).join('');
    return `${from} → ${to}: ${style.good('reachable')}\n  path: ${describePath(index, result.path)}${routes}\n`;
  }
  const lines = [`${from} → ${to}: ${style.bad('not reachable')}`];
  const shown = result.blockedBy.slice(0, DEFAULT_MAX_FINDINGS);
  let ruleWidth = 0;
  for (const blocker of shown) ruleWidth = Math.max(ruleWidth, blocker.rule.length);
  for (const blocker of shown) {
    lines.push(`  ${blocker.rule.padEnd(ruleWidth)}  ${escapeUnsafeText(blocker.message)}`);
    if (blocker.subjects.length) {
      const subjects = cappedList(blocker.subjects, MAX_SUBJECTS_SHOWN, escapeUnsafeText);
      lines.push(style.dim(`  ${' '.repeat(ruleWidth)}  subjects: ${subjects}`));
    }
  }
  const hidden = result.blockedBy.length - shown.length;
  if (hidden > 0) lines.push(`  … and ${hidden} more; --format json lists them all`);
  return `${lines.join('\n')}\n`;
}

/** Answers whether FROM reaches TO; exit 0 when it does, 1 when not, 2 on bad input. */
export function reachCommand(io: CliIo, file: string, fromArg: string, toArg: string, format: ReachFormat): number {
  const loaded = loadDocument(io, file);
  if (!loaded.ok) {
    io.stderr(`${escapeUnsafeText(loaded.message)}\n`);
    return EXIT_BAD_INPUT;
  }
  const index = indexOf(loaded.doc);
  let result: ReachResult;
  try {
    result = reach(loaded.doc, resolveEnd(index, fromArg), resolveEnd(index, toArg));
  } catch (error) {
    if (error instanceof ReachInputError) {
      io.stderr(`${escapeUnsafeText(`${loaded.label}: ${error.message}`)}\n`);
      return EXIT_BAD_INPUT;
    }
    if (io.env?.VPC_CANVAS_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`${escapeUnsafeText(`${loaded.label}: internal error while answering reach (a bug in vpc-canvas): ${reason}`)}\n`);
    return EXIT_BAD_INPUT;
  }
  if (format === 'json') {
    const routes = result.routes ? { routes: result.routes } : {};
    io.stdout(`${JSON.stringify({ reachable: result.reachable, path: result.path, ...routes, blockedBy: result.blockedBy }, null, 2)}\n`);
  } else {
    io.stdout(textAnswer(io, loaded.doc, fromArg, toArg, result));
  }
  return result.reachable ? EXIT_OK : EXIT_FINDINGS;
}
