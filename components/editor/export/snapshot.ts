/**
 * Copies the drawn stage into pictures with html-to-image 1.11.11 (later versions drop the edges:
 * see shared/stack-notes.md). html-to-image clones the elements with their computed styles into an
 * SVG `<foreignObject>`; the PNG is that SVG drawn on a canvas at the chosen scale.
 */
import { toSvg } from 'html-to-image';
import type { ImageFrame } from './image-geometry';
import { inlineImages } from './inline-images';
import { withLeanStyles } from './lean-styles';

/**
 * Parts of the React Flow page that are for working, not for the picture: connection handles,
 * panels (controls, minimap, attribution), the dotted background, and the wide invisible paths
 * that make edges easy to click. Leaving them out also makes the copy faster.
 */
const LEFT_OUT = [
  'react-flow__handle',
  'react-flow__panel',
  'react-flow__attribution',
  'react-flow__minimap',
  'react-flow__controls',
  'react-flow__background',
  'react-flow__edge-interaction',
];

const keep = (node: HTMLElement): boolean => !(node.classList && LEFT_OUT.some((name) => node.classList.contains(name)));

const SVG_DATA_PREFIX = 'data:image/svg+xml;charset=utf-8,';

/** The stage as SVG markup: text stays text (escaped by the XML serializer), icons are embedded as data URLs. */
export async function stageToSvg(stage: HTMLElement, frame: ImageFrame): Promise<string> {
  await inlineImages(stage);
  // skipFonts: the app uses system fonts only, so there is no @font-face to embed, and scanning
  // every style sheet for one costs time.
  const url = await withLeanStyles(stage, () => toSvg(stage, { width: frame.width, height: frame.height, filter: keep, skipFonts: true, cacheBust: false }));
  if (!url.startsWith(SVG_DATA_PREFIX)) throw new Error('the picture could not be made');
  return decodeURIComponent(url.slice(SVG_DATA_PREFIX.length));
}

/** The SVG with its displayed size set to the PNG's pixel size; the viewBox keeps diagram coordinates, so the browser draws it sharp at that size. */
function sizedForRaster(svg: string, frame: ImageFrame): string {
  return svg.replace(/^<svg([^>]*?) width="[^"]*" height="[^"]*"/, `<svg$1 width="${frame.pixelWidth}" height="${frame.pixelHeight}"`);
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the browser could not draw the picture'));
    image.src = url;
  });
}

/** Draws the SVG markup on a canvas of frame.pixelWidth × frame.pixelHeight. */
export async function svgToCanvas(svg: string, frame: ImageFrame): Promise<HTMLCanvasElement> {
  const image = await loadImage(`${SVG_DATA_PREFIX}${encodeURIComponent(sizedForRaster(svg, frame))}`);
  const canvas = document.createElement('canvas');
  canvas.width = frame.pixelWidth;
  canvas.height = frame.pixelHeight;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('the browser has no canvas to draw on');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas;
}

/** The canvas as a PNG file. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(`the browser could not make a ${canvas.width} × ${canvas.height} PNG`))), 'image/png'),
  );
}
