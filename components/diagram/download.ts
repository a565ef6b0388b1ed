/** Handing files to the browser's download: the editor's saves and image exports, the review page's report. */

/** A file name made from the diagram's name: lower case, dashes, never empty. */
export const fileSlug = (name: string | undefined) =>
  (name ?? 'network')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'network';

/** Hands a file to the browser's download. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: the download reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
