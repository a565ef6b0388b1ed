/**
 * The icon files a document's nodes show, as markup for the SVG export (which embeds each once as
 * a `<symbol>`). Icons are build assets with hashed names: their content never changes, so each
 * is fetched once per tab.
 */
import { iconKeyOf, type IconMarkup } from '../../../model/export';
import type { TopologyDocument } from '../../../model';
import { nodeIcon } from '../icons';

const fetched = new Map<string, Promise<string>>();

function fetchText(url: string): Promise<string> {
  let text = fetched.get(url);
  if (!text) {
    text = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`the icon ${url} could not be loaded (${response.status})`);
      return response.text();
    });
    fetched.set(url, text);
    text.catch(() => fetched.delete(url));
  }
  return text;
}

/** The markup of every icon `doc` uses, by `iconKeyOf` key. */
export async function iconMarkupFor(doc: TopologyDocument): Promise<IconMarkup> {
  const urls = new Map<string, string>();
  for (const node of doc.nodes) {
    const key = iconKeyOf(node);
    if (!urls.has(key)) urls.set(key, nodeIcon(node));
  }
  const entries = await Promise.all([...urls].map(async ([key, url]) => [key, await fetchText(url)] as const));
  return Object.fromEntries(entries);
}
