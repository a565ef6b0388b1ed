/**
 * The glide into a new layout, left to the browser: while `gliding` is set, the canvas's nodes
 * carry CSS transitions on their transform and size (editor.css, `.vc-gliding`), so committing the
 * laid-out document once moves every node smoothly without React rendering a frame per step.
 * Edges cannot follow a CSS transition (their paths are computed from the nodes), so they fade
 * out for the glide and back in at the end.
 */
import { setGliding, type EditorStore } from '../store/operations';

/** Matches the transition's duration in editor.css. */
const GLIDE_MS = 400;

function reducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

/** Runs `commit` with the glide on; resolves when the nodes have arrived. */
export function glideInto(store: EditorStore, commit: () => void): Promise<void> {
  if (reducedMotion()) {
    commit();
    return Promise.resolve();
  }
  setGliding(store, true);
  // One frame with the transition rules in place before the positions change, or nothing glides.
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      commit();
      setTimeout(() => {
        setGliding(store, false);
        resolve();
      }, GLIDE_MS);
    }),
  );
}
