'use client';
import { useEffect } from 'react';
import { ACTIONS, runAction, type ActionContext } from './actions';
import { matches } from './shortcuts';

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select'));

/** Runs the registered action whose shortcut matches a key press. */
export function useKeyboard(ctx: ActionContext): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const inField = isEditable(event.target);
      const state = ctx.store.getState();
      for (const action of ACTIONS) {
        if (!action.shortcuts?.some((s) => matches(s, event))) continue;
        if (inField && !action.inFields) return;
        // While a dialog is open only Escape and the dialog's own keys act.
        if (state.chrome.dialog && action.name !== 'cancel') return;
        if (action.nativePaste) return;
        event.preventDefault();
        if (action.enabled && !action.enabled(state)) return;
        runAction(action, ctx);
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [ctx]);
}
