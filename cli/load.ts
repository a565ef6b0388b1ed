/** Reading a topology document from a file, with every failure turned into one line naming the place. */
import { parseDocument } from '../model/document/parse';
import { TopologyParseError } from '../model/document/parse-error';
import type { TopologyDocument } from '../model/document/types';
import { readErrorReason, STDIN, type CliIo } from './io';

/** A document read and parsed, with its text (SARIF looks up line numbers in it). */
export interface LoadedDocument {
  ok: true;
  /** The argument as given (`-` for standard input). */
  file: string;
  /** How messages name the file: the argument, or `<stdin>`. */
  label: string;
  text: string;
  doc: TopologyDocument;
}

/** A file that is not a topology document; `message` starts with the file's label. */
export interface LoadFailure {
  ok: false;
  file: string;
  message: string;
}

/** How messages name a file argument: `-` reads as `<stdin>`. */
export function fileLabel(file: string): string {
  return file === STDIN ? '<stdin>' : file;
}

/**
 * Reads and parses `file` (`-`: standard input). Never throws for a bad file: the message names
 * the file and the place in it (`network.json: nodes[3].parent: no node has id "vpc-x"`),
 * without a stack trace.
 */
export function loadDocument(io: CliIo, file: string): LoadedDocument | LoadFailure {
  const label = fileLabel(file);
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    return { ok: false, file, message: `${label}: cannot read: ${readErrorReason(error)}` };
  }
  try {
    return { ok: true, file, label, text, doc: parseDocument(text) };
  } catch (error) {
    if (error instanceof TopologyParseError) return { ok: false, file, message: `${label}: ${error.message}` };
    // The parser promises TopologyParseError only; anything else is a bug, said plainly.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, file, message: `${label}: could not be read as a topology document: ${reason}` };
  }
}
