'use client';
import { Panel } from '@xyflow/react';
import { useState } from 'react';
import { CONNECTION_KIND_LIST } from '../../../model';
import { EDGE_STYLES } from './edges/edge-styles';

/** What each line style means. */
export function Legend() {
  const [open, setOpen] = useState(false);
  return (
    <Panel position="bottom-left" className="vc-legend-panel">
      <button type="button" className="vc-legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        Legend
      </button>
      {open && (
        <ul className="vc-legend" aria-label="Connection styles">
          {CONNECTION_KIND_LIST.map((kind) => (
            <li key={kind}>
              <svg width="44" height="10" aria-hidden="true">
                <path d="M 2 5 L 42 5" className={`vc-edge vc-edge-${kind}`} {...(kind === 'flow' ? { markerEnd: 'url(#vc-arrow)' } : {})} />
              </svg>
              <span>{EDGE_STYLES[kind].label}</span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
