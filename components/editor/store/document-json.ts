/**
 * A document as compact JSON, made once per document object and shared by everything that hands
 * the document on: the validation worker, the layout worker and autosave.
 *
 * Handing a large document over as an object costs a structured clone on the page's thread, and
 * writing it to IndexedDB as indented text costs the indentation: for the 4,202 nodes of an
 * import of 1,000 VPCs, 30 ms to clone and 27 ms to write indented, against 9 ms for
 * `JSON.stringify` without indentation (Node, same document; the editor measured about 50 ms for
 * each of the first two). A string is then copied to a worker or to storage, not walked, and the
 * worker parses it on its own thread.
 */
import type { TopologyDocument } from '../../../model';

const texts = new WeakMap<TopologyDocument, string>();

/** `doc` as JSON text without indentation: what `JSON.parse` turns back into an equal document. */
export function documentJson(doc: TopologyDocument): string {
  let text = texts.get(doc);
  if (text === undefined) texts.set(doc, (text = JSON.stringify(doc)));
  return text;
}
