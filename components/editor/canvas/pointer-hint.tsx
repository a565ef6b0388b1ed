'use client';
/**
 * The small label that follows the pointer during a drag: what is being dragged, and when the
 * drop would be refused, why.
 */
import { useEditor } from '../store/editor-context';

/** Shown while the store has a hint (operations.ts `showPointerHint`); only this component reads it, so pointer moves re-render only it. */
export function PointerHint() {
  const hint = useEditor((s) => s.interaction.pointerHint);
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
