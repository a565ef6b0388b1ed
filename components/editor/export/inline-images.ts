/**
 * The stage's icons as data URLs, so that the picture carries them. html-to-image would fetch
 * them too, but once per <img> (it caches a URL only after its first fetch ends, and starts all of
 * them at once): a 500-node diagram has 500 icons and about twenty distinct files.
 */

/** Icons are build assets with hashed names: their content never changes, so keep them for the next export. */
const inlined = new Map<string, Promise<string>>();

function fetchAsDataUrl(url: string): Promise<string> {
  return fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.blob();
    })
    .then(
      (blob) =>
        new Promise<string>((resolve, reject) => {
          const reader = new FileReader();
          reader.onload = () => resolve(String(reader.result));
          reader.onerror = () => reject(reader.error ?? new Error(`could not read ${url}`));
          reader.readAsDataURL(blob);
        }),
    );
}

/** Replaces every <img> source under `root` by a data URL of the same image. */
export async function inlineImages(root: Element): Promise<void> {
  const images = [...root.querySelectorAll('img')];
  await Promise.all(
    images.map(async (image) => {
      const url = image.src;
      if (!url || url.startsWith('data:')) return;
      let data = inlined.get(url);
      if (!data) {
        data = fetchAsDataUrl(url);
        inlined.set(url, data);
        data.catch(() => inlined.delete(url));
      }
      image.src = await data;
    }),
  );
}
