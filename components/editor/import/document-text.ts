/**
 * Topology documents as text, for export and import: the one serializer writes them, the one
 * parser reads them (opening places nodes without positions: open-document.ts). No DOM here, so
 * the round trip is tested with generated documents (document-text.test.ts).
 */
import { parseDocument, serializeDocument, TopologyParseError, type TopologyDocument } from '../../../model';

/**
 * Largest file the editor reads. Parsing, validating and drawing hold several copies of a
 * document in memory; a 50 MB file is hundreds of thousands of nodes, far past what the canvas can
 * draw, and reading it would freeze the tab, so it is refused before a byte is read.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The text a saved file holds. */
export const exportDocumentText = (doc: TopologyDocument): string => serializeDocument(doc);

/** What reading a document's text gave: the document, or a sentence saying why not. */
export type ImportResult = { ok: true; doc: TopologyDocument } | ImportRefusal;

/** Why a text or file is not opened: a dialog's title and message. */
export interface ImportRefusal {
  ok: false;
  title: string;
  message: string;
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/** The refusal for a file over MAX_IMPORT_BYTES, or undefined when its size is fine. */
export function sizeProblem(source: string, bytes: number): ImportRefusal | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  return {
    ok: false,
    title: `${source} is too large`,
    message: `${source} is ${megabytes(bytes)}; the editor opens topology files of up to ${megabytes(MAX_IMPORT_BYTES)}. Nothing was changed.`,
  };
}

/** Reads a document from text with the one parser; a refused text names the place in the file, as the parser says it. */
export function importDocumentText(text: string, source: string): ImportResult {
  const tooLarge = sizeProblem(source, text.length);
  if (tooLarge) return tooLarge;
  try {
    return { ok: true, doc: parseDocument(text) };
  } catch (error) {
    if (!(error instanceof TopologyParseError)) throw error;
    return { ok: false, title: `${source} cannot be opened`, message: `${source} is not a topology document: ${error.message}. The current diagram was not changed.` };
  }
}

/**
 * True when pasted text is meant as a whole document (a JSON object), not as something else: such
 * text is opened (or refused with the parser's message) instead of pasting copied nodes.
 */
export function looksLikeDocumentText(text: string): boolean {
  return /^\s*\{/.test(text);
}
