'use client';
import { useEffect } from 'react';
import { runAction, type ActionContext } from '../actions/actions';
import { looksLikeDocumentText } from './document-text';
import { openFile, openPastedText } from './open-document';

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select'));

/**
 * Paste (Ctrl/Cmd+V) on the canvas. The keyboard handler leaves the shortcut to the browser (the
 * `paste` action is marked `nativePaste`), whose paste event carries the system clipboard: a
 * topology document's text, or a .json file, opens it; anything else pastes the nodes copied in
 * the editor.
 */
export function usePasteDocument(ctx: ActionContext): void {
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (event.defaultPrevented || isEditable(event.target) || ctx.store.getState().chrome.dialog) return;
      event.preventDefault();
      const file = event.clipboardData?.files[0];
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (file) void openFile(ctx.store, file);
      else if (looksLikeDocumentText(text)) openPastedText(ctx.store, text);
      else runAction('paste', ctx);
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [ctx]);
}
