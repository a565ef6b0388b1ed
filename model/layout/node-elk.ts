/**
 * The ELK runner for Node (tests, command line, benchmarks). Not for the browser: there the editor
 * builds an `elkjs/lib/elk-api` instance that runs ELK in a web worker (see README.md).
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkRunner } from './types';

/** A new ELK instance that lays out on the calling thread. */
export function createNodeElk(): ElkRunner {
  return new ELK();
}
