/**
 * Files chosen or dropped by the user, read into one document: a topology document, or the files
 * of another source imported in the worker (source-files.ts). No store and no dialogs here, so
 * that the editor's Open and "Compare with…" and the review page's "Compare with…" read the same way.
 */
import { sizeProblem, type ImportRefusal } from './document-text';
import { importMark } from './import-marks';
import { readSourceFiles, type SourceFile, type SourceResult } from './source-files';

/** A file chosen or dropped, with its path inside a dropped folder (`snapshot/111122223333/us-east-1/vpcs.json`). */
export interface GivenFile {
  file: File;
  path?: string;
}

/** The document read (with its import report), and how to name what was read: a file's path, or `4 files`. */
export type GivenFilesResult = Extract<SourceResult, { ok: true }> & { source: string };

/** Above this many characters a single file is worth a "Reading…" notice. */
const LONG_READ_CHARACTERS = 1_000_000;

/**
 * Reads the files and makes one document of them, or says why not; undefined when there is
 * nothing to read. Files over the size limit are refused before they are read. `onLongRead` is
 * called before an import that may take seconds (several files, or a large one).
 */
export async function readGivenFileSet(given: readonly GivenFile[], onLongRead?: (source: string) => void): Promise<GivenFilesResult | ImportRefusal | undefined> {
  importMark('vc-import-start');
  const files: SourceFile[] = [];
  for (const { file, path } of given) {
    const tooLarge = sizeProblem(file.name, file.size);
    if (tooLarge) return tooLarge;
    try {
      files.push({ path: path ?? file.name, text: await file.text() });
    } catch (error) {
      return { ok: false, title: `${file.name} cannot be read`, message: `The browser could not read ${file.name}: ${error instanceof Error ? error.message : String(error)}.` };
    }
  }
  if (files.length === 0) return undefined;
  importMark('vc-import-read');
  const source = files.length === 1 ? files[0]!.path : `${files.length} files`;
  if (files.length > 1 || files[0]!.text.length > LONG_READ_CHARACTERS) onLongRead?.(source);
  let result: SourceResult;
  try {
    result = await readSourceFiles(files);
  } catch (error) {
    return { ok: false, title: 'Nothing was imported', message: `The import stopped: ${error instanceof Error ? error.message : String(error)}. The current diagram was not changed.` };
  }
  importMark('vc-import-imported');
  return result.ok ? { ...result, source } : result;
}
