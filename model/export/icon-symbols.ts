/**
 * AWS icons inside an exported SVG: each distinct icon once, as a `<symbol>`, drawn with `<use>`.
 * The model cannot read the icon files (the editor bundles them, the command line reads them from
 * the `aws-icons` package), so the caller hands their markup in, keyed by `iconKeyOf`.
 */
import type { TopologyNode } from '../document/types';

/** Which icon a node shows: its kind's, or the public-subnet and network-load-balancer variants. */
export function iconKeyOf(node: TopologyNode): string {
  const p = node.props as Record<string, unknown> | undefined;
  if (node.kind === 'subnet' && p?.public === true) return 'subnet-public';
  if (node.kind === 'load-balancer' && p?.type === 'nlb') return 'load-balancer-nlb';
  return node.kind;
}

/** Icon SVG files by `iconKeyOf` key. The markup is trusted (it comes from the application's own icon files). */
export type IconMarkup = Readonly<Record<string, string>>;

/** The `<symbol>` id of an icon key. */
export const symbolId = (key: string): string => `vc-icon-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/**
 * The icon file as a `<symbol>`: its viewBox kept, its `<title>` and XML prolog dropped, and its
 * own ids (gradients, clip paths) prefixed so that two icons cannot clash. Undefined when the
 * markup is not an `<svg>` element.
 */
export function iconSymbol(key: string, markup: string): string | undefined {
  const open = /<svg\b([^>]*)>/i.exec(markup);
  const close = markup.lastIndexOf('</svg>');
  if (!open || close < open.index) return undefined;
  const attributes = open[1] ?? '';
  const viewBox = /\bviewBox\s*=\s*["']([^"']+)["']/i.exec(attributes)?.[1];
  const width = /\bwidth\s*=\s*["']([\d.]+)/i.exec(attributes)?.[1];
  const height = /\bheight\s*=\s*["']([\d.]+)/i.exec(attributes)?.[1];
  const box = viewBox ?? (width && height ? `0 0 ${width} ${height}` : '0 0 48 48');
  const id = symbolId(key);
  const inner = markup
    .slice(open.index + open[0].length, close)
    .replace(/<title\b[^>]*>[\s\S]*?<\/title>/gi, '')
    .replace(/\bid="([^"]+)"/g, (_, name: string) => `id="${id}-${name}"`)
    .replace(/url\(#([^)]+)\)/g, (_, name: string) => `url(#${id}-${name})`)
    .replace(/(xlink:href|href)="#([^"]+)"/g, (_, attribute: string, name: string) => `${attribute}="#${id}-${name}"`);
  return `<symbol id="${id}" viewBox="${box}">${inner}</symbol>`;
}
