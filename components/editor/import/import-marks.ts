/**
 * Performance marks along an import, for `npm run bench:import`, which watches the main thread
 * from choosing the files to the laid-out diagram and says which step a long task fell in.
 */
export type ImportMark = 'vc-import-start' | 'vc-import-read' | 'vc-import-imported' | 'vc-import-opened';

const ALL: readonly ImportMark[] = ['vc-import-start', 'vc-import-read', 'vc-import-imported', 'vc-import-opened'];

export function importMark(name: ImportMark): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  if (name === 'vc-import-start') for (const old of ALL) performance.clearMarks(old);
  performance.mark(name);
}
