/**
 * SARIF 2.1.0 output, so that code hosts show findings on pull requests. One run, every rule of
 * the catalogue in `tool.driver.rules`, one result per finding located at its file and, where the
 * first subject's `"id"` can be found in the file text, at that line.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TopologyDocument } from '../model/document/types';
import { RULE_CATALOGUE, RULE_IDS, type RuleId, type Severity } from '../model/rules/catalogue';
import type { Finding } from '../model/rules/finding';
import { STDIN } from './io';
import { indentedJson, JsonArrayWriter, type BufferedOutput } from './output';
import type { ValidateReporter } from './validate-reporter';

/** The schema the output declares (OASIS SARIF 2.1.0, errata 01). */
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

type SarifLevel = 'error' | 'warning' | 'note';
const LEVELS: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

/** What SARIF needs about one validated file. */
export interface SarifFileReport {
  file: string;
  text: string;
  doc: TopologyDocument;
  findings: readonly Finding[];
}

/** A file that could not be validated: reported as a tool execution notification. */
export interface SarifFileFailure {
  file: string;
  message: string;
}

/** Identity of the tool in the log. */
export interface SarifTool {
  name: string;
  version: string;
  /** Omitted from the log when the package names no homepage: a guessed address would mislead. */
  informationUri?: string;
}

interface Position {
  line: number;
  column: number;
}

/**
 * Where each `"id": "<id>"` first appears in the text, 1-based. One pass over the file with a
 * table of line starts, so that a large document costs no more than reading it.
 */
export function idPositions(text: string): Map<string, Position> {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const positionOf = (offset: number): Position => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
  const positions = new Map<string, Position>();
  const pattern = /"id"\s*:\s*("(?:[^"\\\n]|\\.)*")/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    let id: unknown;
    try {
      id = JSON.parse(match[1]!);
    } catch {
      continue;
    }
    if (typeof id === 'string' && !positions.has(id)) positions.set(id, positionOf(match.index));
  }
  return positions;
}

/** A file's location as SARIF wants it: relative to the working directory, or a file URL outside it. */
export function artifactUri(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const absolute = resolve(cwd, file);
  const rel = relative(cwd, absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(absolute).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function ruleDescriptor(id: RuleId) {
  const info = RULE_CATALOGUE[id];
  return {
    id,
    name: id
      .split('-')
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join(''),
    shortDescription: { text: info.summary },
    helpUri: info.docs,
    help: { text: `${info.summary} See ${info.docs}` },
    defaultConfiguration: { level: LEVELS[info.severities[0]!] },
    properties: { tier: info.tier, section: info.section, severities: [...info.severities] },
  };
}

/** Stable across edits that move lines: the rule and its subjects identify the problem. */
function fingerprint(finding: Finding): string {
  return createHash('sha256').update(`${finding.rule}\u0000${finding.subjects.join('\u0000')}`).digest('hex').slice(0, 32);
}

/** One file's results, in the order of its findings (`validate`'s: errors first), made one at a time. */
function* resultsOf(report: SarifFileReport, ruleIndex: ReadonlyMap<RuleId, number>, cwd: string) {
  const positions = idPositions(report.text);
  const artifact = artifactLocation(report.file, cwd);
  const paths = new Map<string, string>();
  report.doc.nodes.forEach((n, i) => paths.set(n.id, `nodes[${i}]`));
  report.doc.connections.forEach((c, i) => paths.set(c.id, `connections[${i}]`));
  for (const finding of report.findings) {
    const first = finding.subjects[0];
    const position = first === undefined ? undefined : positions.get(first);
    yield {
      ruleId: finding.rule,
      ruleIndex: ruleIndex.get(finding.rule),
      level: LEVELS[finding.severity],
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifact,
            ...(position ? { region: { startLine: position.line, startColumn: position.column } } : {}),
          },
          logicalLocations: finding.subjects.map((id) => ({
            name: id,
            ...(paths.has(id) ? { fullyQualifiedName: paths.get(id) } : {}),
            kind: 'object',
          })),
        },
      ],
      partialFingerprints: { 'vpcCanvasFinding/v1': fingerprint(finding) },
    };
  }
}

/** Standard input has no URI: SARIF allows an artifact location with a description only. */
function artifactLocation(file: string, cwd: string): { uri?: string; uriBaseId?: string; description?: { text: string } } {
  return file === STDIN ? { description: { text: 'standard input' } } : artifactUri(file, cwd);
}

/**
 * The SARIF log of one `validate` run, written as the files are validated: the tool and its rules
 * first, then each file's results, then the invocation with the files that could not be read.
 * A SARIF object's members may come in any order, so nothing waits for the last file but the
 * invocation. Each file's text and document can be dropped once its results are written.
 */
export function sarifReporter(out: BufferedOutput, tool: SarifTool, cwd: string): ValidateReporter {
  const ruleIndex = new Map(RULE_IDS.map((id, i) => [id, i]));
  const failures: SarifFileFailure[] = [];
  const driver = {
    name: tool.name,
    version: tool.version,
    ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
    rules: RULE_IDS.map(ruleDescriptor),
  };
  const head = {
    tool: { driver },
    originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
    columnKind: 'utf16CodeUnits',
  };
  out.write(`{\n  "$schema": ${JSON.stringify(SARIF_SCHEMA)},\n  "version": "2.1.0",\n  "runs": [\n    `);
  // The run's members before "results", then the results array left open.
  out.write(`${indentedJson(head, 2).slice(0, -`\n    }`.length)},\n      "results": `);
  const results = new JsonArrayWriter(out, 3);
  return {
    file(outcome) {
      if (!outcome.ok) failures.push({ file: outcome.file, message: outcome.message });
      else for (const result of resultsOf(outcome, ruleIndex, cwd)) results.item(result);
    },
    end() {
      results.close();
      const invocations = [
        {
          executionSuccessful: failures.length === 0,
          toolExecutionNotifications: failures.map((failure) => ({
            level: 'error',
            message: { text: failure.message },
            locations: [{ physicalLocation: { artifactLocation: artifactLocation(failure.file, cwd) } }],
          })),
        },
      ];
      out.write(`,\n      "invocations": ${indentedJson(invocations, 3)}\n    }\n  ]\n}\n`);
    },
  };
}
