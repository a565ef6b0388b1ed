'use client';
/**
 * The small label that follows the pointer during a drag: what is being dragged, and when the
 * drop would be refused, why. It has its own tiny store so that pointer moves re-render only it.
 */
import { useSyncExternalStore } from 'react';
import { createStore } from '../store/create-store';

export interface PointerHintState {
  x: number;
  y: number;
  text?: string;
  tone: 'ok' | 'bad' | 'neutral';
  icon?: string;
  label?: string;
}

export const pointerHint = createStore<{ hint: PointerHintState | null }>({ hint: null });

export function showPointerHint(hint: PointerHintState | null): void {
  pointerHint.setState({ hint });
}

export function PointerHint() {
  const hint = useSyncExternalStore(pointerHint.subscribe, () => pointerHint.getState().hint, () => null);
  if (!hint) return null;
  return (
    <div className={`vc-pointer-hint vc-pointer-hint-${hint.tone}`} style={{ transform: `translate(${hint.x + 14}px, ${hint.y + 14}px)` }} role="status">
      {hint.icon && (
        <span className="vc-pointer-ghost">
          <img src={hint.icon} alt="" width={28} height={28} />
          {hint.label}
        </span>
      )}
      {hint.text && <span className="vc-pointer-text">{hint.text}</span>}
    </div>
  );
}
