/** Saving topology files. */
import { serializeDocument, type TopologyDocument } from '../../../model';
import { downloadBlob, fileSlug } from '../../diagram/download';

/** Downloads the document as a .json topology file. */
export function saveToFile(doc: TopologyDocument): void {
  downloadBlob(new Blob([serializeDocument(doc)], { type: 'application/json' }), `${fileSlug(doc.name)}.json`);
}
