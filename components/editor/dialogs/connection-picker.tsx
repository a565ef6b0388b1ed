'use client';
import { useEffect, useRef } from 'react';
import { indexOf } from '../../../model';
import { buildShortcut, drawConnection } from '../canvas/use-connect';
import { useEditor, useEditorStore } from '../store/editor-context';
import { currentDocument, offerConnections } from '../store/operations';

/** When several kinds of connection fit the two ends (a VIF: private or transit), asks which. */
export function ConnectionPicker() {
  const store = useEditorStore();
  const pending = useEditor((s) => s.interaction.pending);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!pending) return;
    ref.current?.querySelector('button')?.focus();
    const close = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) offerConnections(store, null);
    };
    window.addEventListener('pointerdown', close);
    return () => window.removeEventListener('pointerdown', close);
  }, [pending, store]);
  if (!pending) return null;
  const index = indexOf(currentDocument(store));
  return (
    <div className="vc-picker" role="menu" aria-label="Choose a connection" ref={ref} style={{ left: pending.at.x + 8, top: pending.at.y + 8 }}>
      <p>
        {index.label(index.node(pending.source))} → {index.label(index.node(pending.target))}
      </p>
      {(pending.shortcuts ?? []).map((shortcut) => (
        <button
          key={shortcut.id}
          type="button"
          role="menuitem"
          onClick={() => {
            offerConnections(store, null);
            buildShortcut(store, pending.source, pending.target, shortcut);
          }}
        >
          {shortcut.label}
        </button>
      ))}
      {pending.options.map((option) => (
        <button
          key={option.label}
          type="button"
          role="menuitem"
          onClick={() => {
            offerConnections(store, null);
            drawConnection(store, pending.source, pending.target, option);
          }}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
