'use client';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Glyph, type GlyphName } from './glyphs';

export interface MenuItem {
  label: string;
  hint?: string;
  disabled?: boolean;
  onSelect(): void;
}

/** A toolbar button that opens a list of choices. */
export function Menu({ label, glyph, items, showLabel = true }: { label: string; glyph: GlyphName; items: readonly MenuItem[]; showLabel?: boolean }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    window.addEventListener('pointerdown', close);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pointerdown', close);
      window.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <div className="vc-menu" ref={ref}>
      <button
        type="button"
        className={`vc-tool${showLabel ? '' : ' vc-tool-compact'}`}
        aria-haspopup="menu"
        aria-expanded={open}
        // Named even where a narrow window hides the label (editor.css).
        aria-label={label}
        {...(showLabel ? {} : { title: label })}
        onClick={() => setOpen(!open)}
      >
        {glyph !== 'chevron' && <Glyph name={glyph} />}
        {showLabel && <span>{label}</span>}
        <Glyph name="chevron" />
      </button>
      {open && (
        <ul className="vc-menu-list" role="menu" aria-label={label}>
          {items.map((item) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role="menuitem"
                disabled={item.disabled}
                onClick={() => {
                  setOpen(false);
                  item.onSelect();
                }}
              >
                <span>{item.label}</span>
                {item.hint && <kbd>{item.hint}</kbd>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ToolButton({
  label,
  glyph,
  title,
  onClick,
  disabled,
  showLabel = true,
  pressed,
}: {
  label: string;
  glyph: GlyphName;
  title?: string;
  onClick(): void;
  disabled?: boolean;
  showLabel?: boolean;
  /** For a view that is on or off: the button says which. */
  pressed?: boolean;
}): ReactNode {
  return (
    <button type="button" className="vc-tool" onClick={onClick} disabled={disabled} title={title ?? label} aria-label={label} {...(pressed === undefined ? {} : { 'aria-pressed': pressed })}>
      <Glyph name={glyph} />
      {showLabel && <span>{label}</span>}
    </button>
  );
}
