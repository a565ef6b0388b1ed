/**
 * A minimal external store (the shape React's useSyncExternalStore expects). Components read it
 * through selectors, so a change re-renders only those whose slice changed.
 */
export interface ReadableStore<S> {
  getState(): S;
  subscribe(listener: () => void): () => void;
}

/** A store with its writer: kept by whoever owns the store, handed out as a `ReadableStore`. */
export interface Store<S> extends ReadableStore<S> {
  setState(update: Partial<S> | ((state: S) => Partial<S>)): void;
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    setState(update) {
      const patch = typeof update === 'function' ? update(state) : update;
      let changed = false;
      for (const key of Object.keys(patch) as Array<keyof S>) {
        if (!Object.is(patch[key], state[key])) {
          changed = true;
          break;
        }
      }
      if (!changed) return;
      state = { ...state, ...patch };
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
