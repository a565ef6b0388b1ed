/** Opening and saving topology files, and exporting the canvas as a picture. */
import { getNodesBounds, getViewportForBounds, type ReactFlowInstance } from '@xyflow/react';
import { toPng } from 'html-to-image';
import { parseDocument, serializeDocument, TopologyParseError, type TopologyDocument } from '../../../model';

const slug = (name: string | undefined) =>
  (name ?? 'network')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'network';

function download(href: string, filename: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** Downloads the document as a .json topology file. */
export function saveToFile(doc: TopologyDocument): void {
  const url = URL.createObjectURL(new Blob([serializeDocument(doc)], { type: 'application/json' }));
  download(url, `${slug(doc.name)}.json`);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a topology file (open it with `openDocument`, which places nodes without positions). Throws with the parser's message. */
export async function readFile(file: File): Promise<TopologyDocument> {
  const text = await file.text();
  try {
    return parseDocument(text);
  } catch (error) {
    if (error instanceof TopologyParseError) throw new Error(`${file.name} is not a topology document: ${error.message}`);
    throw error;
  }
}

/** Downloads a PNG of the whole diagram. */
export async function exportPng(flow: ReactFlowInstance, doc: TopologyDocument): Promise<void> {
  const viewport = document.querySelector<HTMLElement>('.vc-canvas .react-flow__viewport');
  if (!viewport) return;
  const bounds = getNodesBounds(flow.getNodes());
  const width = Math.min(4096, Math.max(800, Math.ceil(bounds.width + 80)));
  const height = Math.min(4096, Math.max(600, Math.ceil(bounds.height + 80)));
  const view = getViewportForBounds(bounds, width, height, 0.1, 2, 0.04);
  const background = getComputedStyle(document.documentElement).getPropertyValue('--vc-canvas-bg').trim() || '#ffffff';
  const url = await toPng(viewport, {
    backgroundColor: background,
    width,
    height,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${view.x}px, ${view.y}px) scale(${view.zoom})` },
  });
  download(url, `${slug(doc.name)}.png`);
}
