'use client';
import { useEffect } from 'react';
import type { Theme } from './store/editor-state';
import type { EditorStore } from './store/operations';

const KEY = 'vpc-canvas-theme';

/** The theme saved in this browser, else the system's preference. */
export function initialTheme(): Theme {
  try {
    const saved = localStorage.getItem(KEY);
    if (saved === 'light' || saved === 'dark') return saved;
  } catch {
    // Storage may be unavailable (private mode); the system preference decides.
  }
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Applies the store's theme to the page and remembers it. */
export function useTheme(store: EditorStore): void {
  useEffect(() => {
    const apply = () => {
      const theme = store.getState().chrome.theme;
      if (document.documentElement.dataset.theme === theme) return;
      document.documentElement.dataset.theme = theme;
      try {
        localStorage.setItem(KEY, theme);
      } catch {
        // Not remembered; nothing else depends on it.
      }
    };
    apply();
    return store.subscribe(apply);
  }, [store]);
}
