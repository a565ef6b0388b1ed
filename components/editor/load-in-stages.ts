/**
 * The editor's code is one graph of modules, and a dynamic import evaluates all of it in the task
 * where its last chunk arrives: on this project's 2-core test machine, 130–210 ms in one task
 * while the page opens (React Flow and d3, the model's rules and address arithmetic, then the
 * components). Importing the heavy libraries first, each in a task of its own, leaves the editor's
 * own import only its components to evaluate; the module cache hands the rest over as it is.
 */
import { nextTask } from './next-task';

/** The performance mark set as the editor's modules start to load. */
export const EDITOR_MODULES_MARK = 'vc-editor-modules';

/** The editor's two heaviest groups of modules, in the order their evaluation is paid for. */
const HEAVY_STAGES: ReadonlyArray<() => Promise<unknown>> = [
  () => import('@xyflow/react'),
  () => import('../../model/validate'),
];

/** `load()` (a dynamic import of the editor or the review page, which share these modules), after the heavy modules are evaluated one task at a time. */
export async function loadInStages<T>(load: () => Promise<T>): Promise<T> {
  // Where the page's own start (Next.js and React booting, hydration) ends and the editor's begins: bench:layout reports the two apart.
  performance.mark(EDITOR_MODULES_MARK);
  for (const stage of HEAVY_STAGES) {
    await stage();
    await nextTask();
  }
  return load();
}
