/**
 * A PNG from the exported SVG: the markup loaded as an image (where nothing in it can run) and
 * drawn on a canvas of the chosen pixel size. The SVG's viewBox keeps diagram units, so the
 * browser draws it sharp at any scale.
 */
import type { RasterSize } from './image-geometry';

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the browser could not draw the picture'));
    image.src = url;
  });
}

/** Draws `svg` (whose width and height are already the pixel size) on a canvas of that size. */
export async function svgToCanvas(svg: string, size: RasterSize): Promise<HTMLCanvasElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = size.pixelWidth;
    canvas.height = size.pixelHeight;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('the browser has no canvas to draw on');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The canvas as a PNG file. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(`the browser could not make a ${canvas.width} × ${canvas.height} PNG`))), 'image/png'),
  );
}
