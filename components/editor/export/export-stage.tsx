'use client';
/**
 * The diagram drawn off screen for a picture: the whole document at zoom 1, its top-left corner
 * (with the margin) at the stage's corner, in the light palette whatever the editor's theme, and
 * nothing selected or highlighted. Mounted in its own React root for one export, then removed, so
 * the editor's view (zoom, pan, culling of off-screen nodes) never affects the picture.
 */
import { ReactFlowProvider } from '@xyflow/react';
import { createRoot } from 'react-dom/client';
import type { TopologyDocument } from '../../../model';
import type { LaidOutRoute } from '../../diagram/diagram-types';
import { EdgeMarkers } from '../../diagram/edge-markers';
import { StaticDiagram } from '../../diagram/static-diagram';
import type { ImageFrame } from './image-geometry';
import './export-stage.css';

export interface StageOptions {
  badges: boolean;
  /** CSS colour behind the diagram; `transparent` for none. */
  background: string;
  /** The editor's routes from its last auto-layout, drawn as on the canvas. */
  routes?: ReadonlyMap<string, LaidOutRoute>;
}

interface ExportStageProps extends StageOptions {
  doc: TopologyDocument;
  frame: ImageFrame;
  onReady(): void;
}

function ExportStage({ doc, frame, badges, background, routes, onReady }: ExportStageProps) {
  return (
    <div className="vc-export-stage" data-theme="light" style={{ width: frame.width, height: frame.height, background }}>
      {/* The flow arrowheads' <marker>s: inside the stage so that the picture carries them. */}
      <EdgeMarkers />
      <ReactFlowProvider>
        <StaticDiagram doc={doc} badges={badges} viewport={{ x: -frame.x, y: -frame.y, zoom: 1 }} onReady={onReady} {...(routes ? { routes } : {})} />
      </ReactFlowProvider>
    </div>
  );
}

/** A stage on the page, ready to be copied into a picture. */
export interface MountedStage {
  /** The element to snapshot (`.vc-export-stage`). */
  element: HTMLElement;
  /** Removes the stage from the page. */
  dispose(): void;
}

/** Longest wait for the diagram to draw before the export gives up. */
const READY_TIMEOUT_MS = 60_000;

/** Draws `doc` off screen and resolves once every node and edge is on the page. */
export function mountExportStage(doc: TopologyDocument, frame: ImageFrame, options: StageOptions): Promise<MountedStage> {
  const host = document.createElement('div');
  host.className = 'vc-export-host';
  host.setAttribute('aria-hidden', 'true');
  document.body.appendChild(host);
  const root = createRoot(host);
  const dispose = () => {
    root.unmount();
    host.remove();
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      dispose();
      reject(new Error('the diagram did not finish drawing'));
    }, READY_TIMEOUT_MS);
    const onReady = () => {
      clearTimeout(timer);
      const element = host.querySelector<HTMLElement>('.vc-export-stage');
      if (element) resolve({ element, dispose });
      else {
        dispose();
        reject(new Error('the diagram was not drawn'));
      }
    };
    root.render(<ExportStage doc={doc} frame={frame} onReady={onReady} {...options} />);
  });
}
