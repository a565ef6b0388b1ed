/// <reference lib="webworker" />
/**
 * A second ELK, in a worker of its own, for the layout worker's pool (model/layout/elk-pool.ts):
 * loaded as a worker's script, elkjs's worker bundle answers elk-api's messages by itself.
 */
import 'elkjs/lib/elk-worker.min.js';
