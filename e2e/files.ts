/**
 * Files going in and out of the app as a person moves them: opened with the file picker, dropped
 * on the canvas, pasted, downloaded from a button; and pictures read back for checking.
 */
import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** Waits for the download that `action` starts; returns its file name and bytes. */
export async function downloadOf(page: Page, action: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), action()]);
  return { name: download.suggestedFilename(), bytes: await readFile(await savedPath(download)) };
}

async function savedPath(download: Download): Promise<string> {
  const path = await download.path();
  if (!path) throw new Error(`download ${download.suggestedFilename()} failed: ${await download.failure()}`);
  return path;
}

/** Opens a file through the toolbar's file picker. */
export async function chooseFile(page: Page, name: string, content: string | Buffer): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open', exact: true }).click()]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

/** Drags a file from the desktop and drops it on `target` (the drag events a browser sends for an OS drag). */
export async function dropFile(page: Page, target: Locator, name: string, content: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, content }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type: 'application/json' }));
      return transfer;
    },
    { name, content },
  );
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}

/** Puts text on the system clipboard (the test's context must grant clipboard permissions). */
export async function copyToClipboard(page: Page, content: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), content);
}

/** Width and height from a PNG's header, read without the browser. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export type Rgba = [number, number, number, number];

/** What a picture holds, decoded by the browser: how many distinct colours, and the pixels at `points`. */
export async function inspectPicture(page: Page, bytes: Buffer, mime: string, points: ReadonlyArray<readonly [number, number]>) {
  return page.evaluate(
    async ({ base64, mime, points }) => {
      const image = new Image();
      image.src = `data:${mime};base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const colours = new Set<number>();
      // Every 7th pixel is plenty to tell a drawing from a blank page.
      for (let i = 0; i < data.length; i += 28) colours.add((data[i]! << 24) | (data[i + 1]! << 16) | (data[i + 2]! << 8) | data[i + 3]!);
      const at = points.map(([x, y]) => Array.from(data.subarray((y * canvas.width + x) * 4, (y * canvas.width + x) * 4 + 4)));
      return { width: canvas.width, height: canvas.height, colours: colours.size, at: at as Array<[number, number, number, number]> };
    },
    { base64: bytes.toString('base64'), mime, points: points.map(([x, y]) => [x, y] as [number, number]) },
  );
}

/** True when two colours are within `tolerance` on each channel (anti-aliasing blends edges). */
export const near = (a: readonly number[], b: readonly number[], tolerance = 40) => a.slice(0, 3).every((v, i) => Math.abs(v - b[i]!) <= tolerance);
