/**
 * What the editor's Open reads: a topology document, or networks that already exist — AWS
 * describe output (several files, or a folder of them), a `terraform show -json` plan or state, a
 * CloudFormation template — imported into a document with a report of what was not mapped. The
 * importers run in a worker (import-client.ts), loaded on first use: most people open their own documents.
 */
import type { TopologyDocument } from '../../../model';
import type { ImportReport } from '../../../model/import/report';
import { importDocumentText, type ImportRefusal } from './document-text';
import { importOffThread } from './import-client';

/** One file the user gave: its path (a dropped folder's files keep theirs, which name account and region). */
export interface SourceFile {
  path: string;
  text: string;
}

/**
 * The document, with the import report when it was imported from another source. An import
 * comes placed by the quick arrangement; `needsLayout` says the auto-layout should place it properly.
 */
export type SourceResult = { ok: true; doc: TopologyDocument; report?: ImportReport; needsLayout?: boolean } | ImportRefusal;

/** A JSON text that says it is a topology document (it may still be refused by the parser). */
function saysTopologyDocument(text: string): boolean {
  if (!/^\s*\{/.test(text)) return false;
  try {
    const value: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return typeof value === 'object' && value !== null && (value as Record<string, unknown>).format === 'vpc-canvas';
  } catch {
    return false;
  }
}

const FORMAT_NAME: Record<string, string> = { aws: 'AWS describe output', terraform: 'Terraform', cloudformation: 'CloudFormation' };

/** Reads the files as one document, or says why not. */
export async function readSourceFiles(files: readonly SourceFile[]): Promise<SourceResult> {
  const [only] = files;
  if (files.length === 1 && saysTopologyDocument(only!.text)) return importDocumentText(only!.text, only!.path);
  const result = await importOffThread(files);
  if ('error' in result) return { ok: false, title: 'Nothing was imported', message: `${result.error}. The current diagram was not changed.` };
  if (!result.report.sources.some((s) => s.recognisedAs !== 'not recognised')) {
    // Neither a source nor a document: a single file is refused with the parser's own message.
    if (files.length === 1) return importDocumentText(only!.text, only!.path);
    return {
      ok: false, title: 'Nothing was imported',
      message: `None of the ${files.length} files is a topology document, AWS describe output, terraform show -json output or a CloudFormation template. The current diagram was not changed.`,
    };
  }
  return { ok: true, doc: { ...result.document, name: result.document.name ?? `Imported from ${FORMAT_NAME[result.format]}` }, report: result.report, needsLayout: result.needsLayout };
}

/** The report dialog's text: a summary line and one line per resource or field left out. */
export function reportLines(report: ImportReport): { summary: string; details: string[] } {
  const made = Object.entries(report.counts).sort(([a], [b]) => a.localeCompare(b)).map(([kind, n]) => `${n} ${kind}`).join(', ');
  const read = report.sources.filter((s) => s.recognisedAs !== 'not recognised');
  const summary = `Read ${read.length} input${read.length === 1 ? '' : 's'} (${[...new Set(read.map((s) => s.recognisedAs))].join('; ')}). Made ${made || 'nothing'}. ${
    report.gaps.length ? `${report.gaps.length} resource${report.gaps.length === 1 ? ' or field was' : 's or fields were'} not mapped, or only in part:` : 'Everything was mapped.'
  }`;
  return { summary, details: report.gaps.map((g) => `${g.resource}${g.field ? ` ${g.field}` : ''}: ${g.reason}`) };
}
