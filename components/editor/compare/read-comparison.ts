/**
 * The document to compare with, read from the files given (our JSON, or AWS describe output, a
 * Terraform plan or a CloudFormation template, imported in the worker): the editor's and the
 * review page's "Compare with…" both read it here.
 */
import type { TopologyDocument } from '../../../model';
import { arrange } from '../../../model/edit/arrange';
import type { ImportRefusal } from '../import/document-text';
import { readGivenFileSet, type GivenFile } from '../import/read-given-files';

/** The other document, placed, and how to name it (`“Deployed”`, or the file's path). */
export interface Comparison {
  name: string;
  other: TopologyDocument;
}

/** Reads the files into the document to compare with, or says why not; undefined when no file was given. */
export async function readComparison(given: readonly GivenFile[], onLongRead?: (source: string) => void): Promise<Comparison | ImportRefusal | undefined> {
  const read = await readGivenFileSet(given, onLongRead);
  if (!read || !read.ok) return read;
  const name = read.doc.name?.trim() ? `“${read.doc.name.trim()}”` : read.source;
  // Nodes without positions (an import) get the quick arrangement, so the removed ones can be drawn as ghosts.
  return { name, other: arrange(read.doc) };
}
