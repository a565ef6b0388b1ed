'use client';
import { useEffect, useRef, type ReactNode } from 'react';

/** A centred dialog over a dimmed page; Escape (handled by the cancel action) or the backdrop closes it. */
export function Modal({ title, onClose, children, footer }: { title: string; onClose(): void; children: ReactNode; footer?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    // The element marked for it first (a search field, the safe choice of a confirmation), else the first button.
    const dialog = ref.current;
    (dialog?.querySelector<HTMLElement>('[data-autofocus]:not(:disabled)') ?? dialog?.querySelector<HTMLElement>('button'))?.focus();
    return () => previous?.focus?.();
  }, []);
  return (
    <div className="vc-backdrop" onPointerDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="vc-dialog" role="dialog" aria-modal="true" aria-labelledby="vc-dialog-title" ref={ref}>
        <header>
          <h2 id="vc-dialog-title">{title}</h2>
          <button type="button" className="vc-icon-button" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        {/* Focusable, so a long body (the shortcut list) scrolls from the keyboard too. */}
        <div className="vc-dialog-body" tabIndex={0}>
          {children}
        </div>
        {footer && <footer>{footer}</footer>}
      </div>
    </div>
  );
}
