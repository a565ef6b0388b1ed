'use client';
/** The segmentation view's legend: each transit gateway's route tables with their colour, and "unassociated". */
import { Panel } from '@xyflow/react';
import type { Segmentation } from '../../../../model/graph/tgw-segments';
import { displayName } from '../nodes/labels';
import { useEditorStore } from '../../store/editor-context';
import { commit } from '../../store/operations';
import { segmentClass } from './segment-classes';
import './segmentation.css';

function Swatch({ className }: { className: string }) {
  return (
    <svg width="30" height="10" aria-hidden="true">
      <path d="M 2 5 L 28 5" className={`vc-edge ${className}`} />
    </svg>
  );
}

export function SegmentationLegend({ segmentation }: { segmentation: Segmentation }) {
  const store = useEditorStore();
  const close = () => commit(store, { chrome: { segmentation: false } }, { history: 'none' });
  return (
    <Panel position="top-right" className="vc-seg-legend" data-testid="segmentation-legend">
      <div className="vc-seg-legend-head">
        <strong>Segmentation</strong>
        <button type="button" className="vc-icon-button" aria-label="Close the segmentation view" onClick={close}>
          ×
        </button>
      </div>
      {segmentation.gateways.length === 0 && <p className="vc-muted">No transit gateway in this diagram.</p>}
      {segmentation.gateways.map((gateway) => {
        const counts = new Map<string | null, number>();
        for (const table of gateway.associations.values()) counts.set(table?.id ?? null, (counts.get(table?.id ?? null) ?? 0) + 1);
        const unassociated = counts.get(null) ?? 0;
        return (
          <section key={gateway.tgw.id} aria-label={`Route tables of ${displayName(gateway.tgw)}`}>
            <h4>
              {displayName(gateway.tgw)}
              {!gateway.explicit && <span className="vc-muted"> (implicitly routed)</span>}
            </h4>
            <ul>
              {gateway.tables.map((table) => (
                <li key={table.id} data-table={table.id} data-count={counts.get(table.id) ?? 0}>
                  <Swatch className={segmentClass(table)} />
                  <span>
                    {table.name} <span className="vc-muted">({counts.get(table.id) ?? 0})</span>
                  </span>
                </li>
              ))}
              {gateway.explicit && (
                <li data-table="unassociated" data-count={unassociated}>
                  <Swatch className={segmentClass(null)} />
                  <span>
                    unassociated <span className="vc-muted">({unassociated})</span>
                  </span>
                </li>
              )}
            </ul>
          </section>
        );
      })}
    </Panel>
  );
}
