/**
 * The documents of the fit-view rows of `bench:editor` (Node only): a generated AWS-shaped network
 * (`generate-topology.ts`) of about `n` nodes, laid out once with the editor's own auto-layout
 * (`layoutDocument` + `createNodeElk`) and cached as JSON under bench/results/fixtures, because
 * laying out 5,000 nodes takes tens of seconds. The cache is keyed by size; delete the folder (or
 * pass `--relayout` to the benchmark) after changing the generator or the layout.
 *
 * The benchmark hands the cached text to both pages (the editor and the bare React Flow page), so
 * they draw the very same positions, sizes and connections.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocumentValue, serializeDocument, type TopologyDocument } from '../model';
import { layoutDocument } from '../model/layout/layout-document';
import { createNodeElk } from '../model/layout/node-elk';
import { generateTopology } from './generate-topology';

const DIR = join('bench', 'results', 'fixtures');

/** The generated document with the VPC count whose node count comes closest to `n`. */
export function fitDocument(n: number): TopologyDocument {
  const count = (vpcs: number) => generateTopology(vpcs).value.nodes.length;
  // Node count grows with the VPC count (about 8 nodes per VPC): search the count that reaches n.
  let lo = 1;
  let hi = Math.max(2, Math.ceil(n / 4));
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (count(mid) < n) lo = mid + 1;
    else hi = mid;
  }
  return parseDocumentValue(generateTopology(lo).value);
}

/** The laid-out fixture of about `n` nodes as document text, from the cache or laid out now. */
export async function fitFixtureText(n: number, relayout = false): Promise<string> {
  const file = join(DIR, `fit-${n}.json`);
  if (!relayout && existsSync(file)) return readFileSync(file, 'utf8');
  const started = Date.now();
  const { document } = await layoutDocument(fitDocument(n), { elk: createNodeElk() });
  const text = serializeDocument(document);
  mkdirSync(DIR, { recursive: true });
  writeFileSync(file, text);
  console.log(`Laid out the ${n}-node fixture in ${((Date.now() - started) / 1000).toFixed(1)} s (cached in ${file}).`);
  return text;
}

/**
 * The node the fit-view rows drag: the first VPC, a few pixels wide there. At that zoom the editor
 * draws a VPC with its insides as one shape (model/edit/outline-view.ts), so a VPC is what a user
 * can grab; the bare page drags the same VPC, its subnets and instances moving with it.
 */
export const FIT_DRAGGED_NODE = 'vpc-0';
