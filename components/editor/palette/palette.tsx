'use client';
/** The palette: every node kind from the registry, grouped by purpose, plus the flow tool. */
import { NODE_KINDS, NODE_KIND_LIST, type NodeKind, type PaletteGroup } from '../../../model';
import { inkClass, kindIcon } from '../icons';
import { useEditor, useEditorStore } from '../store/editor-context';
import { setConnectMode } from '../store/operations';
import { useKeyboardAdd, usePaletteDrag } from './use-palette-drag';

const GROUPS: PaletteGroup[] = ['Networks', 'Gateways', 'Hybrid connectivity', 'Endpoints and services'];
const byGroup = (group: PaletteGroup) => NODE_KIND_LIST.filter((k) => NODE_KINDS[k].group === group);

function PaletteItem({ kind, onPointerDown, onKeyboardAdd }: { kind: NodeKind; onPointerDown: (e: React.PointerEvent, kind: NodeKind) => void; onKeyboardAdd: (kind: NodeKind) => void }) {
  const spec = NODE_KINDS[kind];
  return (
    <li>
      <button
        type="button"
        className="vc-palette-item"
        data-kind={kind}
        title={`${spec.label}: drag onto the canvas, click to add, or press Enter to add into the selected container`}
        onPointerDown={(e) => onPointerDown(e, kind)}
        // A click from the keyboard (Enter or Space) has no pointer behind it: detail is 0.
        onClick={(e) => e.detail === 0 && onKeyboardAdd(kind)}
      >
        <img src={kindIcon(kind)} alt="" width={24} height={24} draggable={false} className={inkClass(kind) || undefined} />
        <span>{spec.label}</span>
      </button>
    </li>
  );
}

function FlowTool() {
  const store = useEditorStore();
  const mode = useEditor((s) => s.interaction.connectMode);
  const on = mode === 'flow';
  return (
    <button
      type="button"
      className={`vc-palette-item vc-flow-tool${on ? ' is-active' : ''}`}
      aria-pressed={on}
      title="While on, lines drawn between networks are intent flows: 'this must reach that'"
      onClick={() => setConnectMode(store, on ? 'infer' : 'flow')}
    >
      <svg width="24" height="24" viewBox="0 0 28 28" aria-hidden="true">
        <path d="M4 20 C 10 6, 18 6, 24 12" className="vc-flow-glyph" />
        <path d="M19 9 L 24 12 L 19 15" className="vc-flow-glyph" />
      </svg>
      <span>{on ? 'Drawing flows (click to stop)' : 'Draw a flow'}</span>
    </button>
  );
}

export function Palette() {
  const startDrag = usePaletteDrag();
  const addFromKeyboard = useKeyboardAdd();
  return (
    <nav className="vc-palette" aria-label="Palette">
      {GROUPS.map((group) => (
        <section key={group} className="vc-palette-group">
          <h2>{group}</h2>
          <ul>
            {byGroup(group).map((kind) => (
              <PaletteItem key={kind} kind={kind} onPointerDown={startDrag} onKeyboardAdd={addFromKeyboard} />
            ))}
          </ul>
        </section>
      ))}
      <section className="vc-palette-group">
        <h2>Intent: flow</h2>
        <FlowTool />
        <p className="vc-palette-note">Drag from a network&apos;s handle to another to say it must reach it.</p>
      </section>
    </nav>
  );
}
